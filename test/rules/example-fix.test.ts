// The README's example zone and the "fixes never lose data" property of the duplicate-deleting fixes.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { fixText, lintText } from '../../src/lint/lint-text.js';
import { parseZone } from '../../src/syntax/parser.js';
import { dumpRecord } from '../../src/syntax/dump.js';
import { rrKey } from '../../src/zone/rdata-key.js';
import type { RecordNode } from '../../src/syntax/types.js';
import { HEAD, zone } from './kms-helpers.js';

const EXAMPLE = readFileSync(new URL('../../fixtures/examples/corp.example.zone', import.meta.url), 'utf8');
const ORIGIN = 'corp.example.';
const DUP_LINE = '_vlmcs._tcp                     IN SRV 0 0 1688 kms01.corp.example.\n';

function records(text: string): RecordNode[] {
  const tree = parseZone(text, { origin: ORIGIN });
  expect(tree.errors.map((e) => e.message)).toEqual([]);
  return tree.children.filter((n): n is RecordNode => n.type === 'record');
}

/** RRs (dump lines) of `after` equal those of `before` minus deleted copies of RRs that are still there. */
function expectNoDataLost(before: string, after: string, allCopiesGone: boolean): void {
  const a = records(before);
  const b = records(after);
  const remaining = new Map<string, number>();
  for (const r of b) remaining.set(dumpRecord(r), (remaining.get(dumpRecord(r)) ?? 0) + 1);
  const keptKeys = new Set(b.map(rrKey));
  const deleted: string[] = [];
  for (const r of a) {
    const line = dumpRecord(r);
    const n = remaining.get(line) ?? 0;
    if (n > 0) remaining.set(line, n - 1);
    else deleted.push(line);
    // Every RR of the input is still in the output (TTL aside): only copies went.
    expect(keptKeys.has(rrKey(r)), line).toBe(true);
  }
  // Nothing new appeared.
  expect([...remaining].filter(([, n]) => n > 0)).toEqual([]);
  // Deleted lines are exactly the copies: one per RR key beyond the first.
  const counts = new Map<string, number>();
  for (const r of a) counts.set(rrKey(r), (counts.get(rrKey(r)) ?? 0) + 1);
  const copies = [...counts.values()].reduce((s, n) => s + n - 1, 0);
  if (allCopiesGone) {
    expect(deleted).toHaveLength(copies);
    expect(b.length).toBe(new Set(b.map(rrKey)).size);
  } else expect(deleted.length).toBeLessThanOrEqual(copies);
}

const FIXABLE: [string, string, boolean?][] = [
  ['the corporate example', EXAMPLE],
  [
    'vlmcs copies with comments',
    zone(
      ...HEAD,
      'ns1 IN A 192.0.2.1',
      'kms01 IN A 192.0.2.20',
      '_vlmcs._tcp IN SRV 0 0 1688 kms01 ; the real one',
      '_vlmcs._tcp IN SRV 0 0 1688 KMS01.corp.example.',
      '; this comment stays',
      '_vlmcs._tcp IN SRV 0 0 1688 kms01',
    ),
  ],
  [
    'vlmcs copies with blank owners',
    zone(
      ...HEAD,
      'ns1 IN A 192.0.2.1',
      '_vlmcs._tcp IN SRV 0 0 1688 kms01',
      '_vlmcs._tcp IN SRV 0 0 1688 kms01',
      '            IN SRV 0 0 1688 kms01',
      '; backup',
      '            IN SRV 10 0 1688 kms02',
      'kms01 IN A 192.0.2.20',
      'kms02 IN A 192.0.2.21',
    ),
  ],
  [
    'copies of several types, TTLs and blank owners',
    zone(
      ...HEAD,
      'ns1 IN A 192.0.2.1',
      'www IN A 192.0.2.80',
      'www 300 IN A 192.0.2.80',
      '    IN A 192.0.2.80',
      '    IN A 192.0.2.81',
      '@ IN MX 10 mail',
      '@ IN MX 10 MAIL.corp.example.',
      'mail IN A 192.0.2.25',
      '$ORIGIN sub.corp.example.',
      'host IN A 192.0.2.90',
      'host.sub.corp.example. IN A 192.0.2.90',
      '     IN TXT "after a directive"',
    ),
  ],
  [
    'copies that cannot be deleted (previous-TTL inheritance)',
    zone(
      '$ORIGIN corp.example.',
      '@ 3600 IN SOA ns1 hostmaster 1 900 600 1209600 300',
      '  3600 IN NS ns1',
      'ns1 3600 IN A 192.0.2.1',
      'www 600 IN A 192.0.2.80',
      'www 600 IN A 192.0.2.80',
      'ftp IN A 192.0.2.21',
    ),
    false,
  ],
];

describe('fixtures/examples/corp.example.zone', () => {
  test('is linted as the README shows: the rogue-KMS findings', async () => {
    const result = await lintText(EXAMPLE, { origin: ORIGIN, path: 'corp.example.zone' });
    expect(result.messages.map((m) => `${m.line}:${m.column} ${m.severity === 2 ? 'error' : 'warning'} ${m.ruleId}`)).toEqual([
      '44:1 warning srv-priority-collision',
      '44:1 warning vlmcs-multiple-hosts',
      '46:1 error vlmcs-duplicate',
      '48:1 error vlmcs-misnamed',
    ]);
    expect(result.fixableErrorCount).toBe(1);
  });

  test('--fix deletes the duplicate record only', async () => {
    const { output, result } = await fixText(EXAMPLE, { origin: ORIGIN });
    expect(EXAMPLE.split(DUP_LINE)).toHaveLength(3);
    const i = EXAMPLE.lastIndexOf(DUP_LINE);
    expect(output).toBe(EXAMPLE.slice(0, i) + EXAMPLE.slice(i + DUP_LINE.length));
    expect(output.split('\n').slice(41, 47)).toEqual([
      '; KMS (Key Management Service) hosts publish themselves here by dynamic update',
      '_vlmcs._tcp                     IN SRV 0 0 1688 kms01.corp.example.',
      '_vlmcs._tcp                     IN SRV 0 0 1688 ws-0042.corp.example.',
      '_vlmcs._tcp                     IN SRV 0 0 1688 build7.corp.example.',
      '; added by hand during the 2023 migration',
      '_vmlcs._tcp                     IN SRV 0 0 1688 kms01.corp.example.',
    ]);
    expect(result.messages.map((m) => m.ruleId)).toEqual(['srv-priority-collision', 'vlmcs-multiple-hosts', 'vlmcs-misnamed']);
  });
});

describe('fixes never lose data', () => {
  for (const [name, text, allFixable = true] of FIXABLE) {
    test(name, async () => {
      const { output } = await fixText(text, { origin: ORIGIN });
      expectNoDataLost(text, output, allFixable);
      const again = await fixText(output, { origin: ORIGIN });
      expect(again.output).toBe(output);
      expect(again.passes).toBe(0);
    });
  }
});

describe('line endings and includes', () => {
  test('CRLF: --fix keeps CRLF and deletes the duplicate only', async () => {
    const crlf = EXAMPLE.replace(/\n/g, '\r\n');
    const { output } = await fixText(crlf, { origin: ORIGIN });
    const i = EXAMPLE.lastIndexOf(DUP_LINE);
    expect(output).toBe((EXAMPLE.slice(0, i) + EXAMPLE.slice(i + DUP_LINE.length)).replace(/\n/g, '\r\n'));
  });

  test('a duplicate inside an $INCLUDEd file is reported at the $INCLUDE line, without a fix', async () => {
    const text = zone(...HEAD, 'ns1 IN A 192.0.2.1', '_vlmcs._tcp IN SRV 0 0 1688 kms01', '$INCLUDE kms.zone');
    const result = await lintText(text, {
      origin: ORIGIN,
      path: 'main.zone',
      readInclude: () => ({ path: 'kms.zone', text: '_vlmcs._tcp IN SRV 0 0 1688 kms01\n' }),
    });
    const m = result.messages.filter((x) => x.ruleId === 'vlmcs-duplicate');
    expect(m).toHaveLength(1);
    expect(m[0]!.line).toBe(7);
    expect(m[0]!.message).toContain('on line 1 of kms.zone is identical to line 6');
    expect(m[0]!.message).toContain('(in kms.zone:1:1)');
    expect(m[0]!.fix).toBeUndefined();
  });
});
