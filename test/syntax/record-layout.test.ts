// Owner, TTL and class token ranges are not stored on records: they are found again from the text when asked
// (src/syntax/record-layout.ts). These tests pin them to the written tokens in every layout the parser accepts.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseZone } from '../../src/syntax/parser.js';
import { createIncludeReader } from '../../src/syntax/include.js';
import type { RecordNode, ZoneRoot } from '../../src/syntax/types.js';

function records(tree: ZoneRoot): RecordNode[] {
  return tree.children.filter((c): c is RecordNode => c.type === 'record');
}

/** The written text of each token range of a record ('' when absent). */
function tokens(rec: RecordNode): { owner: string; ttl: string; class: string; type: string } {
  const text = rec.source.text;
  const at = (a: number, b: number) => (a < 0 ? '' : text.slice(a, b));
  return {
    owner: at(rec.ownerStart, rec.ownerEnd),
    ttl: at(rec.ttlStart, rec.ttlEnd),
    class: at(rec.classStart, rec.classEnd),
    type: at(rec.typeStart, rec.typeEnd),
  };
}

const SOA = '@ 3600 IN SOA ns1 hostmaster 1 7200 3600 1209600 300\n';

describe('record token ranges found from the text', () => {
  it('owner, TTL and class in every order, with blank owners, units, parentheses and comments', () => {
    const tree = parseZone(
      [
        SOA.trimEnd(),
        'www 300 IN A 192.0.2.1',
        'mail IN 1h30m A 192.0.2.2',
        '\tAAAA 2001:db8::1',
        '  CH 60 TXT "x"',
        'a ( ; comment before the TTL',
        '   2w IN ) MX 10 mail',
        '"quoted\\" owner" 5 IN A 192.0.2.3',
        'x\\ y IN A 192.0.2.4',
        'b A 192.0.2.5',
        'c CLASS1 A 192.0.2.6',
      ].join('\n') + '\n',
      { origin: 'example.com' },
    );
    expect(tree.errors).toEqual([]);
    expect(records(tree).map(tokens)).toEqual([
      { owner: '@', ttl: '3600', class: 'IN', type: 'SOA' },
      { owner: 'www', ttl: '300', class: 'IN', type: 'A' },
      { owner: 'mail', ttl: '1h30m', class: 'IN', type: 'A' },
      { owner: '', ttl: '', class: '', type: 'AAAA' },
      { owner: '', ttl: '60', class: 'CH', type: 'TXT' },
      { owner: 'a', ttl: '2w', class: 'IN', type: 'MX' },
      { owner: '"quoted\\" owner"', ttl: '5', class: 'IN', type: 'A' },
      { owner: 'x\\ y', ttl: '', class: 'IN', type: 'A' },
      { owner: 'b', ttl: '', class: '', type: 'A' },
      { owner: 'c', ttl: '', class: 'CLASS1', type: 'A' },
    ]);
  });

  it('Windows [AGE:n] tokens are neither the TTL nor the class', () => {
    const tree = parseZone(SOA + 'host [AGE:3633973] 1200 A 192.0.2.1\nh2 IN [AGE:3633974] A 192.0.2.2\n', { origin: 'example.com' });
    expect(tree.errors).toEqual([]);
    const [, a, b] = records(tree);
    expect(tokens(a!)).toEqual({ owner: 'host', ttl: '1200', class: '', type: 'A' });
    expect(tokens(b!)).toEqual({ owner: 'h2', ttl: '', class: 'IN', type: 'A' });
    expect(a!.source.text.slice(a!.ageStart!, a!.ageEnd!)).toBe('[AGE:3633973]');
  });

  it('TTL sources and RFC 3597 form are kept as flags', () => {
    const tree = parseZone('@ IN SOA ns1 hostmaster 1 7200 3600 1209600 300\nx 60 A 192.0.2.1\ny A 192.0.2.2\n$TTL 99\nz TYPE1 \\# 4 C0000201\n', {
      origin: 'example.com',
    });
    expect(records(tree).map((r) => [r.ttlSource, r.generic])).toEqual([
      ['soa-minimum', false],
      ['explicit', false],
      ['$TTL', false],
      ['$TTL', true],
    ]);
    expect(tokens(records(tree)[0]!)).toEqual({ owner: '@', ttl: '', class: 'IN', type: 'SOA' });
  });

  it('$GENERATE records point at no owner or class token, and at the TTL token of the directive', () => {
    const text = SOA + '$GENERATE 1-2 host$ 120 IN A 192.0.2.$\n$GENERATE 3-3 h$ A 192.0.2.$\n';
    const tree = parseZone(text, { origin: 'example.com' });
    expect(tree.errors).toEqual([]);
    const [, g1, , g3] = records(tree);
    expect([g1!.ownerStart, g1!.classStart, g1!.typeStart]).toEqual([-1, -1, -1]);
    expect(text.slice(g1!.ttlStart, g1!.ttlEnd)).toBe('120');
    expect([g3!.ttlStart, g3!.ttlEnd, g3!.ttlSource]).toEqual([-1, -1, 'previous']);
  });

  it('records of an $INCLUDEd file are measured in that file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'zonelint-layout-'));
    writeFileSync(join(dir, 'inc.zone'), 'in1   7200   CH   TXT "a"\n');
    const main = join(dir, 'main.zone');
    const text = SOA + '$INCLUDE inc.zone\n';
    writeFileSync(main, text);
    const tree = parseZone(text, { origin: 'example.com', path: main, readInclude: createIncludeReader({ root: dir }) });
    expect(tree.errors).toEqual([]);
    const inc = records(tree)[1]!;
    expect(inc.source.path).toContain('inc.zone');
    expect(tokens(inc)).toEqual({ owner: 'in1', ttl: '7200', class: 'CH', type: 'TXT' });
  });
});
