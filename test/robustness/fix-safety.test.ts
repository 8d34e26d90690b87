// --fix never loses data. A property over mutated fixture and corpus zones: fixing only removes RRs that have
// another copy left (after the rewrites a fix may make: SPF → TXT, a null MX's preference → 0), never parses
// worse, and a second run changes nothing. Then the CLI's guarantees: a file changed underneath is refused and
// left as it is, the write is atomic and keeps the mode, and bytes outside the edits (BOM, CRLF) are kept.
import { afterEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { chmodSync, existsSync, mkdirSync, readdirSync, rmdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fixText } from '../../src/lint/lint-text.js';
import { parseZone } from '../../src/syntax/parser.js';
import { nameKey } from '../../src/syntax/name.js';
import { rdataKey } from '../../src/zone/rdata-key.js';
import { defaultOrigin } from '../../src/engine/origin.js';
import { fixHooks } from '../../src/cli/fix.js';
import { CORPUS } from '../helpers/corpus.js';
import { runCli, scratch } from '../helpers/cli.js';
import type { RecordNode } from '../../src/syntax/types.js';
import type { RawConfig } from '../../src/lint/config.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const ALL: RawConfig = { extends: ['zonelint:all'] };

function zoneFiles(dir: string, maxBytes: number): string[] {
  const out: string[] = [];
  if (!existsSync(dir)) return out;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, e.name);
    if (e.isDirectory()) out.push(...zoneFiles(full, maxBytes));
    else if (e.isFile() && /(\.(zone|db|dns)$|^db\.)/.test(e.name) && statSync(full).size <= maxBytes) out.push(full);
  }
  return out.sort();
}

// Zones with records in them; mutations add the duplicates, blank owners and CRLFs that the fixes act on.
const SEEDS = [...zoneFiles(join(ROOT, 'fixtures'), 20_000), ...zoneFiles(CORPUS, 6_000)]
  .map((path) => ({ name: relative(ROOT, path), text: readFileSync(path, 'utf8') }))
  .filter((s) => parseZone(s.text, { origin: originOf(s.text, s.name) }).children.some((c) => c.type === 'record'));

function originOf(text: string, name: string): string {
  return defaultOrigin(text, name) ?? 'example.';
}

type Mutation =
  | { op: 'dup'; at: number; to: number }
  | { op: 'del'; at: number }
  | { op: 'blank'; at: number; to: number }
  | { op: 'swap'; at: number; to: number }
  | { op: 'crlf'; at: number }
  | { op: 'crlf-all' };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { arbitrary: fc.record({ op: fc.constant('dup' as const), at: fc.nat(), to: fc.nat() }), weight: 4 },
  { arbitrary: fc.record({ op: fc.constant('del' as const), at: fc.nat() }), weight: 2 },
  { arbitrary: fc.record({ op: fc.constant('blank' as const), at: fc.nat(), to: fc.nat() }), weight: 2 },
  { arbitrary: fc.record({ op: fc.constant('swap' as const), at: fc.nat(), to: fc.nat() }), weight: 1 },
  { arbitrary: fc.record({ op: fc.constant('crlf' as const), at: fc.nat() }), weight: 1 },
  { arbitrary: fc.constant({ op: 'crlf-all' as const }), weight: 1 },
);

/** Apply mutations to a zone's lines; record lines (not comments, not directives) are preferred. */
export function mutate(text: string, mutations: Mutation[]): string {
  const lines = text.split('\n');
  const records = () => lines.map((l, i) => [l, i] as const).filter(([l]) => /^\S*\s+\S/.test(l) && !/^\s*;/.test(l) && !/^\$/.test(l)).map(([, i]) => i);
  for (const m of mutations) {
    const recs = records();
    const pick = (n: number) => (recs.length ? recs[n % recs.length]! : n % Math.max(lines.length, 1));
    switch (m.op) {
      case 'dup':
        lines.splice(m.to % (lines.length + 1), 0, lines[pick(m.at)] ?? '');
        break;
      case 'del':
        if (lines.length > 1) lines.splice(m.at % lines.length, 1);
        break;
      case 'blank': {
        const line = lines[pick(m.at)] ?? '';
        lines.splice(m.to % (lines.length + 1), 0, line.replace(/^\S+/, '') || '\tIN A 192.0.2.99');
        break;
      }
      case 'swap': {
        const a = m.at % lines.length;
        const b = m.to % lines.length;
        [lines[a], lines[b]] = [lines[b]!, lines[a]!];
        break;
      }
      case 'crlf': {
        const i = m.at % lines.length;
        if (!lines[i]!.endsWith('\r')) lines[i] += '\r';
        break;
      }
      case 'crlf-all':
        for (let i = 0; i < lines.length - 1; i++) if (!lines[i]!.endsWith('\r')) lines[i] += '\r';
        break;
    }
  }
  return lines.join('\n');
}

/** An RR's identity for "same data": owner, class, type, rdata (names case-folded, TTL apart), after the
 *  rewrites fixes may make — type SPF is published as TXT, a null MX gets preference 0. */
function rrIdentity(rec: RecordNode): string {
  let data = rdataKey(rec);
  if (rec.typeCode === 99) data = '16' + data.slice(2);
  if (rec.typeCode === 15 && rec.rdata[1]?.value === '.') data = '15\u00000\u0000.';
  return nameKey(rec.owner) + '\u0001' + rec.class + '\u0001' + data;
}

function rrs(text: string, origin: string): { counts: Map<string, number>; withTtl: Set<string>; errors: number } {
  const tree = parseZone(text, { origin });
  const counts = new Map<string, number>();
  const withTtl = new Set<string>();
  for (const c of tree.children) {
    if (c.type !== 'record') continue;
    const id = rrIdentity(c);
    counts.set(id, (counts.get(id) ?? 0) + 1);
    withTtl.add(id + '\u0001' + c.ttl);
  }
  return { counts, withTtl, errors: tree.errors.length };
}

/** The data-safety property between a zone and its fixed text. */
function expectSafeFix(before: string, after: string, origin: string): void {
  const a = rrs(before, origin);
  const b = rrs(after, origin);
  expect(b.errors, 'syntax errors after fixing').toBeLessThanOrEqual(a.errors);
  // The same distinct RRs: nothing lost, nothing invented.
  expect([...b.counts.keys()].sort()).toEqual([...a.counts.keys()].sort());
  // Only copies removed, and no record got a TTL it did not have.
  for (const [id, n] of b.counts) expect(n).toBeLessThanOrEqual(a.counts.get(id)!);
  for (const k of b.withTtl) expect(a.withTtl.has(k), `TTL kept: ${k}`).toBe(true);
}

describe('--fix never loses data (property over mutated zones)', () => {
  it('has seed zones', () => {
    expect(SEEDS.length).toBeGreaterThan(5);
  });

  it('fixText removes only duplicates, never parses worse, and is idempotent', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat(), fc.array(mutation, { minLength: 1, maxLength: 8 }), async (seedIndex, mutations) => {
        const seed = SEEDS[seedIndex % SEEDS.length]!;
        const before = mutate(seed.text, mutations);
        const origin = originOf(before, seed.name);
        const { output } = await fixText(before, { origin, config: ALL, path: seed.name });
        expectSafeFix(before, output, origin);
        const again = await fixText(output, { origin, config: ALL, path: seed.name });
        expect(again.output).toBe(output);
      }),
      // Longer runs: ZONELINT_PROPERTY_RUNS=20000 npx vitest run test/robustness/fix-safety.test.ts
      { numRuns: Number(process.env.ZONELINT_PROPERTY_RUNS ?? 150) },
    );
  });

  it('regression: a blank owner after a line with a syntax error does not inherit the deleted record\'s owner', async () => {
    // Found by the property above: deleting the duplicate SOA put its owner "@" in front of the last line, whose
    // blank owner came from the broken SVCB line (f02); the next pass then deleted that SOA as a duplicate too.
    const before = [
      '$ORIGIN example.com.',
      '$TTL 3600',
      '@ IN SOA ns hostmaster 1 7200 3600 1209600 3600',
      '@ IN NS ns',
      'ns IN A 192.0.2.1',
      '@ IN SOA ns hostmaster 1 7200 3600 1209600 3600',
      'f02     SVCB   1 foo.example.com. mandatory',
      ' IN SOA ns hostmaster 1 7200 3600 1209600 3600',
      '',
    ].join('\n');
    const { output } = await fixText(before, { origin: 'example.com.', config: ALL });
    expect(output).toBe(before.replace('ns IN A 192.0.2.1\n@ IN SOA ns hostmaster 1 7200 3600 1209600 3600\n', 'ns IN A 192.0.2.1\n'));
    expectSafeFix(before, output, 'example.com.');
  });

  // Found by npm run fuzz: deleting a record with an explicit class changed the class of the next record, which
  // had none and took the class of whatever came before instead (a CH record, a line with a syntax error), and
  // two deletions of one pass could each be safe alone but not together.
  it.each([
    ['a CH record before', 'txt CH TXT "x"\nns1 IN A 192.0.2.1\nmail A 192.0.2.3\n'],
    ['a line with a syntax error before', 'txt CH TXT "' + 'x'.repeat(300) + '"\nns1 IN A 192.0.2.1\nmail A 192.0.2.3\n'],
    ['a $GENERATE after', 'txt CH TXT "x"\nns1 IN A 192.0.2.1\n$GENERATE 1-3 host-$ A 192.0.2.$\n'],
    ['two copies in a row', 'txt CH TXT "x"\nns1 IN A 192.0.2.1\n@ IN SOA ns1 hostmaster 1 7200 3600 1209600 3600\nmail A 192.0.2.3\n'],
  ])('regression: deleting a duplicate keeps the class of the next record (%s)', async (_name, tail) => {
    const before = '$ORIGIN example.com.\n$TTL 3600\n@ IN SOA ns1 hostmaster 1 7200 3600 1209600 3600\n@ IN NS ns1\nns1 IN A 192.0.2.1\n' + tail;
    const { output } = await fixText(before, { origin: 'example.com.', config: ALL });
    expectSafeFix(before, output, 'example.com.');
  });

  it('a duplicate in an all-IN zone is still fixed when the next record has no class', async () => {
    const before = '$ORIGIN example.com.\n$TTL 3600\n@ IN SOA ns1 hostmaster 1 7200 3600 1209600 3600\n@ IN NS ns1\nns1 IN A 192.0.2.1\nns1 IN A 192.0.2.1\nmail A 192.0.2.3\n';
    const { output } = await fixText(before, { origin: 'example.com.', config: ALL });
    expect(output).toBe(before.replace('ns1 IN A 192.0.2.1\nns1', 'ns1'));
  });

  it('the CLI --fix on mutated zones in files', async () => {
    const cases = fc.sample(fc.tuple(fc.nat(), fc.array(mutation, { minLength: 2, maxLength: 8 })), { numRuns: 12, seed: 42 });
    const files: Record<string, string> = {};
    cases.forEach(([i, muts], n) => {
      const seed = SEEDS[i % SEEDS.length]!;
      files[`z${n}/${seed.name.split('/').pop()}`] = mutate(seed.text, muts);
    });
    const dir = scratch(files);
    const run = await runCli(['--fix', '--no-config', '--rule', 'no-duplicate-records: error', '-f', 'json', '.', '--pattern', '*'], { cwd: dir });
    expect(run.stderr).toBe('');
    for (const [path, before] of Object.entries(files)) {
      const after = readFileSync(join(dir, path), 'utf8');
      expectSafeFix(before, after, originOf(before, path));
    }
    // Fixing again finds nothing more to fix.
    const snapshot = Object.keys(files).map((p) => readFileSync(join(dir, p), 'utf8'));
    await runCli(['--fix', '--no-config', '-f', 'json', '.', '--pattern', '*'], { cwd: dir });
    expect(Object.keys(files).map((p) => readFileSync(join(dir, p), 'utf8'))).toEqual(snapshot);
  });
});

const DUP = '$ORIGIN example.\n$TTL 3600\n@ IN SOA ns1 hostmaster 1 7200 3600 1209600 3600\n@ IN NS ns1\nns1 IN A 192.0.2.1\nwww IN A 192.0.2.2\nwww IN A 192.0.2.2\n';

describe('--fix writes safely', () => {
  afterEach(() => {
    fixHooks.beforeWrite = undefined;
  });

  it('refuses a file that changed after it was linted, and leaves it untouched', async () => {
    const dir = scratch({ 'a.zone': DUP, 'b.zone': DUP });
    const changed = DUP + 'new IN A 192.0.2.3\n';
    fixHooks.beforeWrite = (path) => {
      if (path.endsWith('a.zone')) writeFileSync(path, changed);
    };
    const run = await runCli(['--fix', '-f', 'json', 'a.zone', 'b.zone'], { cwd: dir });
    const results = JSON.parse(run.stdout) as { filePath: string; messages: { message: string }[] }[];
    const a = results.find((r) => r.filePath.endsWith('a.zone'))!;
    expect(a.messages.map((m) => m.message)).toContain('fixes were not written: it changed while zonelint was running');
    expect(run.code).toBe(1);
    expect(readFileSync(join(dir, 'a.zone'), 'utf8')).toBe(changed);
    // The other file was fixed.
    expect(readFileSync(join(dir, 'b.zone'), 'utf8')).toBe(DUP.replace(/www IN A 192\.0\.2\.2\n$/, ''));
  });

  it('writes atomically: the mode is kept and no temporary file is left', async () => {
    const dir = scratch({ 'a.zone': DUP, 'b.zone': DUP });
    chmodSync(join(dir, 'a.zone'), 0o640);
    chmodSync(join(dir, 'b.zone'), 0o604);
    let during: string[] = [];
    fixHooks.beforeWrite = () => (during = readdirSync(dir));
    const run = await runCli(['--fix', 'a.zone', 'b.zone'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(statSync(join(dir, 'a.zone')).mode & 0o7777).toBe(0o640);
    expect(statSync(join(dir, 'b.zone')).mode & 0o7777).toBe(0o604);
    expect(during.sort()).toEqual(['a.zone', 'b.zone']);
    expect(readdirSync(dir).sort()).toEqual(['a.zone', 'b.zone']);
    expect(readFileSync(join(dir, 'a.zone'), 'utf8')).not.toContain('192.0.2.2\nwww');
  });

  it('a failed write leaves the file as it was and no temporary file behind', async () => {
    const dir = scratch({ 'a.zone': DUP });
    // The temporary file's name is taken by a directory: writing it fails (for root too).
    let blocker = '';
    fixHooks.beforeWrite = (path) => {
      blocker = join(dir, `.a.zone.zonelint-${process.pid}.tmp`);
      expect(path).toBe(join(dir, 'a.zone'));
      mkdirSync(blocker);
    };
    const run = await runCli(['--fix', '-f', 'json', 'a.zone'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stdout).toContain('fixes were not written');
    rmdirSync(blocker);
    expect(readdirSync(dir)).toEqual(['a.zone']);
    expect(readFileSync(join(dir, 'a.zone'), 'utf8')).toBe(DUP);
  });

  it('keeps a BOM and CRLF line ends byte for byte outside the edited ranges', async () => {
    const text = '\ufeff' + DUP.replace(/\n/g, '\r\n') + 'mail IN A 192.0.2.3 ; comment\r\n\r\n';
    const dir = scratch({ 'a.zone': text });
    const run = await runCli(['--fix', 'a.zone'], { cwd: dir });
    expect(run.code).toBe(0);
    const bytes = readFileSync(join(dir, 'a.zone'));
    const expected = Buffer.from(text.replace('www IN A 192.0.2.2\r\n', ''), 'utf8');
    expect(bytes.equals(expected)).toBe(true);
    expect(bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });
});
