// BIND's genzone (one record of every type BIND knows) through the zone parser and presentRdata: the rdata
// text must equal what `named-compilezone -s full` printed (bind-misc/bind-rrs/genzone/genzone-1-2.db.rrs),
// up to whitespace. Also checks the wire round trip of every record.
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { parseZone } from '../../src/syntax/parser.js';
import { lookupType, presentRdata, rdataFromWire, rdataToWire } from '../../src/syntax/rdata/index.js';
import { corpusPath } from '../helpers/corpus.js';
import { hex } from './helpers.js';

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

it('genzone: presentation equals BIND named-compilezone output', () => {
  const text = readFileSync(corpusPath('bind-misc', 'genzone', 'genzone-1-2.db'), 'utf8');
  const rrs = readFileSync(corpusPath('bind-misc', 'bind-rrs', 'genzone', 'genzone-1-2.db.rrs'), 'utf8');
  const expected = new Map<string, string[]>();
  for (const line of rrs.split('\n')) {
    if (!line || line.startsWith(';')) continue;
    const m = /^(\S+)\s+\d+\s+IN\s+(\S+)\s*(.*)$/.exec(line);
    if (!m) continue;
    const key = `${m[1]!.toLowerCase()} ${m[2]}`;
    const list = expected.get(key) ?? [];
    list.push(norm(m[3]!));
    expected.set(key, list);
  }
  const tree = parseZone(text, { origin: 'example.' });
  expect(tree.errors.map((e) => e.message)).toEqual([]);
  const problems: string[] = [];
  let compared = 0;
  for (const node of tree.children) {
    if (node.type !== 'record') continue;
    const def = lookupType(node.rrtype)!;
    const key = `${node.owner.toLowerCase()} ${node.rrtype}`;
    const want = expected.get(key);
    let got: string;
    if (def.fields.length === 0 || (node.generic && node.rdata.length === 0 && (node.wire?.length ?? 0) > 0)) continue;
    got = norm(presentRdata(def, node.rdata));
    if (!want) {
      problems.push(`${key}: not in BIND output`);
      continue;
    }
    compared++;
    if (!want.includes(got)) problems.push(`${key}: got ${got}; BIND ${want.join(' | ')}`);
    // wire round trip
    const wire = rdataToWire(def, node.rdata);
    const back = rdataFromWire(def, wire);
    if (typeof back === 'string') problems.push(`${key}: fromWire ${back}`);
    else if (hex(rdataToWire(def, back)) !== hex(wire)) problems.push(`${key}: wire round trip differs`);
  }
  // Known presentation differences from BIND 9.18 (deliberate): A6 prints one space before the prefix name.
  expect(problems).toEqual([]);
  expect(compared).toBeGreaterThan(150);
});
