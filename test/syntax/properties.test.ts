// Property tests: for any input the parser terminates, never throws and keeps every position inside the
// file; for valid zones, `dump` → parse gives the same records.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseZone } from '../../src/syntax/parser.js';
import { dumpZone } from '../../src/syntax/dump.js';
import type { ZoneRoot } from '../../src/syntax/types.js';

function assertPositionsInside(tree: ZoneRoot, text: string): void {
  const n = text.length;
  for (const e of [...tree.errors, ...tree.warnings]) {
    if (e.source !== tree.source) continue;
    expect(e.start).toBeGreaterThanOrEqual(0);
    expect(e.end).toBeGreaterThanOrEqual(e.start);
    expect(e.end).toBeLessThanOrEqual(n);
  }
  for (const node of tree.children) {
    expect(node.start).toBeGreaterThanOrEqual(0);
    expect(node.end).toBeLessThanOrEqual(n);
    expect(node.end).toBeGreaterThanOrEqual(node.start);
    const p = node.position;
    expect(p.start.line).toBeGreaterThanOrEqual(1);
    expect(p.end.offset).toBeLessThanOrEqual(n);
    if (node.type === 'record') {
      for (const f of node.rdata) {
        if (f.start < 0) continue;
        expect(f.end).toBeLessThanOrEqual(n);
        expect(f.start).toBeGreaterThanOrEqual(node.start);
      }
    }
  }
}

// Pieces that zone files are made of, so that random combinations reach deep into the parser.
const piece = fc.constantFrom(
  '@', 'www', 'a.b', 'x.example.', '*', '_vlmcs._tcp', '\\.', '\\065', '\\999', '\\', '"', '"q s"', '(', ')', ';c',
  ' ', '\t', '\n', '\r\n', 'IN', 'CH', 'CLASS3', '3600', '1h2m', '99999999999', 'A', 'AAAA', 'NS', 'MX', 'SRV', 'TXT',
  'SOA', 'CAA', 'TYPE65280', '\\#', '4', 'c0000201', '192.0.2.1', '2001:db8::1', '10', '0', '65536', '$ORIGIN',
  '$TTL', '$INCLUDE', '$GENERATE', '1-3', '${0,3,x}', '$', 'LOC', 'N', '52', 'SVCB', 'alpn=h2', 'port=53',
  '[AGE:3636591]', 'NSEC', 'RRSIG', 'DS', 'abc=', 'base64+/=', '\u0000', '\ufffd', 'é',
);
const zoneish = fc.array(piece, { maxLength: 60 }).map((parts) => parts.join(' '));

describe('parser properties', () => {
  it('never throws and keeps positions inside the file (arbitrary strings)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300, unit: 'binary' }), (text) => {
        const tree = parseZone(text, { origin: 'example.' });
        assertPositionsInside(tree, text);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws and keeps positions inside the file (zone-like token soup)', () => {
    fc.assert(
      fc.property(fc.array(zoneish, { maxLength: 8 }), (lines) => {
        const text = lines.join('\n');
        const tree = parseZone(text, { origin: 'example.' });
        assertPositionsInside(tree, text);
      }),
      { numRuns: 400 },
    );
  });

  const label = fc.stringMatching(/^[a-z][a-z0-9-]{0,10}$/);
  const owner = fc.oneof(fc.constant('@'), label, fc.tuple(label, label).map(([a, b]) => `${a}.${b}`));
  const octet = fc.integer({ min: 0, max: 255 });
  const u16 = fc.integer({ min: 0, max: 65535 });
  const txt = fc.string({ maxLength: 40 }).map((s) => '"' + s.replace(/[\\"]/g, (c) => '\\' + c).replace(/[\u0000-\u001f\u007f-\uffff]/g, (c) => '\\' + String(c.charCodeAt(0) & 0xff).padStart(3, '0')) + '"');
  const rdata = fc.oneof(
    fc.tuple(octet, octet, octet, octet).map((o) => `A ${o.join('.')}`),
    fc.array(fc.integer({ min: 0, max: 0xffff }), { minLength: 8, maxLength: 8 }).map((g) => `AAAA ${g.map((x) => x.toString(16)).join(':')}`),
    fc.tuple(u16, label).map(([p, t]) => `MX ${p} ${t}`),
    fc.tuple(u16, u16, u16, label).map(([p, w, port, t]) => `SRV ${p} ${w} ${port} ${t}.example.`),
    fc.array(txt, { minLength: 1, maxLength: 3 }).map((s) => `TXT ${s.join(' ')}`),
    label.map((t) => `CNAME ${t}`),
    fc.tuple(octet, fc.constantFrom('issue', 'iodef'), label).map(([f, tag, v]) => `CAA ${f} ${tag} "${v}"`),
  );
  const record = fc.tuple(owner, fc.option(fc.integer({ min: 0, max: 2147483647 }), { nil: undefined }), rdata).map(
    ([o, ttl, r]) => `${o} ${ttl === undefined ? '' : ttl + ' '}IN ${r}`,
  );

  it('dump → parse round-trips valid zones', () => {
    fc.assert(
      fc.property(fc.array(record, { minLength: 1, maxLength: 20 }), (recs) => {
        const text = '$TTL 300\n' + recs.join('\n') + '\n';
        const tree = parseZone(text, { origin: 'example.' });
        expect(tree.errors).toEqual([]);
        const dumped = dumpZone(tree);
        const again = parseZone(dumped, { origin: '.' });
        expect(again.errors).toEqual([]);
        expect(dumpZone(again)).toBe(dumped);
      }),
      { numRuns: 200 },
    );
  });

  it('terminates on pathological inputs', () => {
    const cases = [
      '('.repeat(1_000_000),
      ')'.repeat(100_000),
      '"'.repeat(100_001),
      'a'.repeat(2_000_000) + ' A 192.0.2.1\n',
      '\\'.repeat(1_000_001),
      ('x TXT ' + '"a" '.repeat(100_000)) + '\n',
      ';'.repeat(1_000_000),
      '\n'.repeat(1_000_000),
    ];
    for (const text of cases) {
      // Termination is bounded by the test timeout; speed itself is measured by npm run bench.
      const tree = parseZone(text, { origin: 'example.' });
      assertPositionsInside(tree, text);
    }
  });
});
