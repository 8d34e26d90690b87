// Semantic conformance with BIND 9.18 (named-checkzone) and Knot 3.2.6 (kzonecheck) over the shared corpus:
//  - every zone a checker rejects for a semantic reason zonelint has a rule for (semantic-map.tsv) is flagged by
//    that rule — at the line BIND names, when it names one in the zone file itself;
//  - every zone both checkers accept (that each was asked about) gets no error from zonelint:recommended;
//  - every warning of `named-checkzone -i local -k warn -m warn -M warn -S warn -r warn -W warn`
//    (bind-warnings.tsv, made by tools/bind-warnings.sh) that has a zonelint counterpart is matched by it.
// Deliberate disagreements are listed in KNOWN-semantic.md; any other one fails. Counts are printed at the end.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lintText } from '../../src/lint/lint-text.js';
import type { ResultMessage } from '../../src/report/results.js';
import type { RawConfig } from '../../src/lint/config.js';
import { builtinRules } from '../../rules/index.js';
import { BIND_FOLDERS, bindCwd, bindIncludeReader, corpusPath, knotIncludeReader, readBindCases, readTsv } from '../helpers/corpus.js';
import type { IncludeReader } from '../../src/syntax/parser.js';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));
const RULES = new Set(builtinRules.map((r) => r.meta.id));

// ---- KNOWN-semantic.md: `- \`miss <folder>/<file> <rule>\`: reason` and `- \`extra <folder>/<file> <rule>\`: reason`
const known = new Map<string, string>();
for (const line of readFileSync(here('./KNOWN-semantic.md'), 'utf8').split('\n')) {
  const m = /^- `((?:miss|extra|warn) \S+ \S+)`: (.+)$/.exec(line.trim());
  if (m) known.set(m[1]!, m[2]!);
}
const usedKnown = new Set<string>();
function isKnown(key: string): boolean {
  if (!known.has(key)) return false;
  usedKnown.add(key);
  return true;
}

// ---- linting corpus files, cached
const cache = new Map<string, Promise<ResultMessage[]>>();
function lintFile(path: string, origin: string, readInclude: IncludeReader, config: RawConfig): Promise<ResultMessage[]> {
  const key = `${path}\0${origin}\0${JSON.stringify(config)}`;
  let p = cache.get(key);
  if (!p) {
    const text = readFileSync(path, 'utf8');
    p = lintText(text, { origin: origin === '.' ? '.' : origin.replace(/\.?$/, '.'), path, readInclude, config }).then((r) => r.messages);
    cache.set(key, p);
  }
  return p;
}

const counts = {
  rejectedWithRule: 0,
  flagged: 0,
  rejectedNoRule: 0,
  ruleNotWritten: 0,
  bothAccept: 0,
  bothAcceptClean: 0,
  warnings: 0,
  warningsMatched: 0,
  knownMisses: 0,
  knownExtras: 0,
};

// ---- 1. rejected zones → the mapped rule flags them
interface MapRow {
  checker: string;
  folder: string;
  file: string;
  origin: string;
  flags: string;
  rule: string;
  line: string;
  reason: string;
}
const rows = readTsv(here('./semantic-map.tsv')) as unknown as MapRow[];

function caseOf(row: { checker: string; folder: string; file: string; flags: string }): { path: string; readInclude: IncludeReader } {
  if (row.checker === 'knot') return { path: corpusPath('knot-semantic', 'semantic_check_data', row.file), readInclude: knotIncludeReader() };
  const cwd = bindCwd(row.folder, row.flags === '-' ? '' : row.flags);
  return { path: resolve(cwd, row.file), readInclude: bindIncludeReader(cwd) };
}

function ruleConfig(rule: string, flags: string): RawConfig {
  const l = /(?:^|\s)-l\s+(\d+)/.exec(flags);
  if (rule === 'ttl-max' && l) return { rules: { [rule]: ['error', { max: Number(l[1]) }] } };
  return { rules: { [rule]: 'error' } };
}

describe('zones the reference checkers reject are flagged by the mapped rule', () => {
  const byFolder = new Map<string, MapRow[]>();
  for (const r of rows) {
    const k = `${r.checker} ${r.folder}`;
    if (!byFolder.has(k)) byFolder.set(k, []);
    byFolder.get(k)!.push(r);
  }
  for (const [group, list] of byFolder) {
    it(group, async () => {
      const failures: string[] = [];
      for (const row of list) {
        if (row.rule.startsWith('-')) {
          counts.rejectedNoRule++;
          continue;
        }
        if (!RULES.has(row.rule)) {
          counts.ruleNotWritten++;
          continue;
        }
        counts.rejectedWithRule++;
        const { path, readInclude } = caseOf(row);
        const origin = row.origin === 'AUTO' ? '.' : row.origin;
        const messages = (await lintFile(path, origin, readInclude, ruleConfig(row.rule, row.flags))).filter((m) => m.ruleId === row.rule);
        const line = row.line === '-' ? undefined : Number(row.line);
        // BIND names the line where it noticed the problem; for "CNAME and other data" that is the end of the
        // owner's block of records, so any message about the owner BIND names is the right record.
        const owner = /: (\S+): CNAME and other data/.exec(row.reason)?.[1]?.toLowerCase().replace(/\.?$/, '.');
        const atRecord = (m: ResultMessage) => m.line === line || (owner !== undefined && m.message.toLowerCase().includes(` ${owner} `));
        // Knot names the node (`[deleg.example.com.] missing glue record`): a message must be about it.
        const knotNode = row.checker === 'knot' && row.origin !== 'AUTO' ? /^\[([^\]]+)\]/.exec(row.reason)?.[1]?.toLowerCase() : undefined;
        const aboutNode = (m: ResultMessage) => knotNode === undefined || m.message.toLowerCase().includes(knotNode);
        const ok = messages.some(aboutNode) && (line === undefined || messages.some(atRecord));
        const key = `miss ${row.folder}/${row.file} ${row.rule}`;
        if (ok) counts.flagged++;
        else if (isKnown(key)) counts.knownMisses++;
        else
          failures.push(
            `${row.folder}/${row.file} (${row.checker}: ${row.reason}): expected ${row.rule}${line ? ` at line ${line}` : ''}, got ${
              messages.length ? messages.map((m) => `line ${m.line}`).join(', ') : 'nothing'
            }`,
          );
      }
      expect(failures).toEqual([]);
    });
  }
});

// ---- 2. zones both checkers accept → no error from zonelint:recommended
interface Accepted {
  flags: string;
  folder: string;
  file: string;
  origin: string;
  path: string;
  readInclude: IncludeReader;
}
function acceptedCases(): Accepted[] {
  const knotVerdict = new Map<string, string>();
  for (const r of readTsv(corpusPath('knot-semantic', 'EXPECTED-kzonecheck.tsv'))) {
    if (r['origin'] !== 'example.com' || (r['flags'] ?? '-') !== '-') continue;
    // A rejection only counts when upstream Knot also expects it.
    knotVerdict.set(r['file']!, r['rc'] === '1' && r['expected_rc'] !== '0' ? 'reject' : 'accept');
  }
  const seen = new Set<string>();
  const out: Accepted[] = [];
  for (const folder of BIND_FOLDERS) {
    for (const c of readBindCases(folder)) {
      if (c.rc !== 0) continue;
      // A zone accepted only because a check was turned off is not "accepted".
      // (-M/-S/-n warn: a failing check demoted to a warning; -c: a zone class zonelint takes from the SOA.)
      if (/ignore|warn|-i none|-l \d|-c /.test(c.flags)) continue;
      if (c.path.endsWith('.raw')) continue;
      if (folder === 'knot-semantic') {
        const name = c.file.replace(/^semantic_check_data\//, '');
        if (knotVerdict.get(name) === 'reject') continue;
      }
      const key = `${c.path}\0${c.origin}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ flags: c.flags, folder, file: c.file, origin: c.origin, path: c.path, readInclude: bindIncludeReader(c.cwd) });
    }
  }
  return out;
}

describe('zones both checkers accept get no error from zonelint:recommended', () => {
  const cases = acceptedCases();
  const byFolder = new Map<string, Accepted[]>();
  for (const c of cases) {
    if (!byFolder.has(c.folder)) byFolder.set(c.folder, []);
    byFolder.get(c.folder)!.push(c);
  }
  for (const [folder, list] of byFolder) {
    it(folder, async () => {
      const failures: string[] = [];
      for (const c of list) {
        counts.bothAccept++;
        const messages = await lintFile(c.path, c.origin, c.readInclude, { extends: ['zonelint:recommended'] });
        // hostname-syntax is a warning, but a zone BIND accepts with `-k fail` (check-names as errors) has no bad
        // host names, so any hostname-syntax message there is a disagreement too.
        const kFail = /-k fail/.test(c.flags);
        const errors = messages.filter((m) => (m.severity === 2 && m.ruleId !== 'syntax') || (kFail && m.ruleId === 'hostname-syntax'));
        const rules = [...new Set(errors.map((m) => m.ruleId!))];
        const unexplained = rules.filter((r) => {
          const k = `extra ${folder}/${c.file} ${r}`;
          if (isKnown(k)) {
            counts.knownExtras++;
            return false;
          }
          return true;
        });
        if (unexplained.length === 0) counts.bothAcceptClean += rules.length === 0 ? 1 : 0;
        for (const r of unexplained) {
          const first = errors.find((m) => m.ruleId === r)!;
          failures.push(`${folder}/${c.file}: ${r} at line ${first.line}: ${first.message}`);
        }
      }
      expect(failures).toEqual([]);
    });
  }
});

// ---- 3. BIND's warnings (every check on, as warnings) → a zonelint counterpart
/** BIND warning → the zonelint rule that must report it (undefined: no counterpart expected; see KNOWN-semantic.md). */
const WARNING_RULES: [RegExp, string][] = [
  [/CNAME and other data/, 'cname-and-other-data'],
  [/has 0 SOA records/, 'soa-missing'],
  [/has no NS records/, 'apex-ns-missing'],
  [/\/NS '[^']*' has no address records|: NS '[^']*' has no address records/, 'glue-missing'],
  [/\/(MX|SRV) '[^']*' has no address records/, 'target-no-address'],
  [/'[^']*' is a CNAME \(illegal\)/, 'target-cname'],
  [/is below a DNAME/, 'glue-missing'],
  [/DS record at top of zone/, 'ds-at-apex'],
  [/appears to be an address/, 'target-ip'],
  [/ignoring out-of-zone data/, 'out-of-zone'],
  [/found type SPF record but no SPF TXT record/, 'spf-rrtype'],
  [/has no (SIBLING|REQUIRED) GLUE address records/, 'glue-missing'],
  [/deprecated (DNSKEY algorithm|CDS digest|digest type|algorithm)|DNSKEY algorithms found are deprecated|weak RSAMD5/, 'deprecated-dnssec-algorithm'],
  [/bad owner name \(check-names\)|bad name \(check-names\)/, 'hostname-syntax'],
  [/no TTL specified; using SOA MINTTL/, 'missing-default-ttl'],
  [/using RFC1035 TTL semantics/, 'missing-default-ttl'],
  [/!= zone class/, 'class-mismatch'],
  [/TTL set to prior TTL/, 'rrset-ttl-mismatch'],
];

describe('named-checkzone warnings have a zonelint counterpart', () => {
  const path = here('./bind-warnings.tsv');
  // The TSV is committed (tools/bind-warnings.sh regenerates it): its absence is a failure, not a skip.
  it('every mapped warning is reported by its rule', async () => {
    expect(existsSync(path), `${path} is missing`).toBe(true);
    const failures: string[] = [];
    const allOn: RawConfig = { extends: ['zonelint:all'] };
    for (const r of readTsv(path)) {
      const folder = r['folder']!;
      if (r['rc'] !== '0') continue; // rejected zones are covered above
      const cases = readBindCases(folder).filter((c) => c.file === r['file'] && c.origin === r['origin']);
      const c = cases[0];
      if (!c) continue;
      const wanted = new Set<string>();
      for (const msg of (r['messages'] ?? '').split(' | ')) {
        const hit = WARNING_RULES.find(([re]) => re.test(msg));
        if (hit && RULES.has(hit[1])) wanted.add(hit[1]);
      }
      if (wanted.size === 0) continue;
      const messages = await lintFile(c.path, c.origin, bindIncludeReader(c.cwd), allOn);
      for (const rule of wanted) {
        counts.warnings++;
        if (messages.some((m) => m.ruleId === rule)) counts.warningsMatched++;
        else if (!isKnown(`warn ${folder}/${c.file} ${rule}`)) failures.push(`${folder}/${c.file}: BIND warns (${rule}) but zonelint does not`);
      }
    }
    expect(failures).toEqual([]);
  });
});

afterAll(() => {
  const stale = [...known.keys()].filter((k) => !usedKnown.has(k));
  console.log(
    [
      'semantic conformance:',
      `  rejected by BIND/Knot for a reason zonelint has a rule for: ${counts.flagged}/${counts.rejectedWithRule} flagged by that rule (${counts.knownMisses} known misses)`,
      `  rejected for a reason without a zonelint rule: ${counts.rejectedNoRule} (KNOWN-semantic.md); rule not written yet: ${counts.ruleNotWritten}`,
      `  accepted by both: ${counts.bothAcceptClean}/${counts.bothAccept} without an error from zonelint:recommended (${counts.knownExtras} known extra errors)`,
      `  named-checkzone warnings with a counterpart: ${counts.warningsMatched}/${counts.warnings}`,
      stale.length ? `  KNOWN-semantic.md entries not used: ${stale.join('; ')}` : '',
    ]
      .filter(Boolean)
      .join('\n'),
  );
});
