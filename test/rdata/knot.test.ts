// Knot's zone-scanner type vectors (knot-zscanner/data/NN_TYPE.in with the expected .out) run through the
// rdata module alone: every accepted entry must give Knot's RDATA hex, every entry Knot skips must be an error.
// Entries are split with the test tokenizer (parentheses, quotes, comments), so these files exercise rdata
// parsing independently of the zone parser. Deliberate differences (we follow BIND 9.18) are listed in DIFFER.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isGenericRdata, lookupType, parseClass, parseGenericRdata, parseRdata, rdataFromWire, rdataToWire, presentRdata } from '../../src/syntax/rdata/index.js';
import { parseName } from '../../src/syntax/name.js';
import { context, hex, tokenize } from './helpers.js';
import { corpusPath, readKnotOut } from '../helpers/corpus.js';

const DATA = corpusPath('knot-zscanner', 'data');

/** `FILE:line` -> why we differ from Knot (BIND 9.18 behaviour, checked with named-checkzone). */
const DIFFER: Record<string, string> = {
  '29_CERT.in:39': 'BIND concatenates base64 tokens (Knot requires each token to be a multiple of 4)',
  '30_KEY.in:25': 'BIND concatenates base64 tokens',
  '31_DNSKEY.in:26': 'BIND concatenates base64 tokens',
  '36_RRSIG.in:33': 'BIND takes YYYYMMDDHHmmSS modulo 2^32 (Knot stops at 2225)',
  '36_RRSIG.in:40': 'BIND concatenates base64 tokens',
  '38_DHCID.in:21': 'BIND concatenates base64 tokens',
  '42_LOC.in:18': 'BIND rejects latitudes beyond 90 degrees (90 59 59.999 S)',
  '42_LOC.in:34': 'BIND rejects a latitude of 0 on the wire (-2^31 ms) as out of range',
  '42_LOC.in:35': 'BIND rejects a latitude of 0 on the wire (-2^31 ms) as out of range',
  '54_OPENPGPKEY.in:17': 'BIND concatenates base64 tokens',
  '12_TXT.in:27': 'BIND rejects character-strings over 255 octets (Knot splits them)',
  '12_TXT.in:28': 'BIND rejects character-strings over 255 octets (Knot splits them)',
  '12_TXT.in:37': 'quote handling belongs to the tokenizer, not rdata',
  '14_NS.in:31': 'BIND accepts unescaped & in names',
  '14_NS.in:32': 'BIND accepts @@ as a name label (printed \\@\\@)',
  '14_NS.in:37': 'BIND accepts unescaped , in names',
  '14_NS.in:38': 'BIND accepts unescaped , in names',
  '14_NS.in:39': 'BIND accepts unescaped , in names',
  '18_MX.in:22': 'BIND accepts $ as a name label',
  '26_SRV.in:20': 'BIND accepts % in names',
  '36_RRSIG.in:36': 'BIND accepts % in names',
  '29_CERT.in:52': 'BIND concatenates base64 tokens (AA ==)',
  '50_CDNSKEY.in:26': 'BIND concatenates base64 tokens (AA ==)',
  '35_IPSECKEY.in:5': 'BIND requires the public key',
  '35_IPSECKEY.in:7': 'BIND requires the public key',
  '35_IPSECKEY.in:8': 'BIND requires the public key',
  '35_IPSECKEY.in:9': 'BIND requires the public key',
  '35_IPSECKEY.in:14': 'BIND requires the public key',
  '35_IPSECKEY.in:25': 'BIND accepts a key with algorithm 0',
  '47_L64.in:20': 'BIND accepts groups of 1-4 hex digits',
  '51_URI.in:5': 'BIND requires the URI target to be quoted',
  '51_URI.in:6': 'BIND requires the URI target to be quoted',
  '51_URI.in:8': 'BIND requires the URI target to be quoted',
  '51_URI.in:10': 'BIND requires the URI target to be quoted',
  '51_URI.in:11': 'BIND requires the URI target to be quoted',
  '52_CAA.in:14': 'BIND rejects a quoted (and an empty) CAA tag',
  '52_CAA.in:15': 'BIND rejects a quoted CAA tag',
  '57_SVCB.in:14': 'BIND rejects no-default-alpn without alpn',
  '57_SVCB.in:30': 'BIND rejects an empty dohpath (key7)',
  '58_HTTPS.in:9': 'BIND rejects an empty dohpath (key7)',
  '28_TYPE.in:5': 'BIND refuses TYPE0 (reserved, treated as a meta type)',
  '57_SVCB.in:88': 'BIND 9.18 accepts an empty ech',
  '57_SVCB.in:89': 'BIND 9.18 accepts an empty ech',
  '37_NSEC.in:5': 'BIND 9.18 refuses an NSEC without types (FORMERR)',
  '37_NSEC.in:6': 'BIND 9.18 refuses an NSEC without types (FORMERR)',
  '37_NSEC.in:13': 'BIND 9.18 refuses an NSEC without types (FORMERR)',
  '37_NSEC.in:11': 'BIND 9.18 refuses an NSEC without types (FORMERR), in \\# form too',
  '37_NSEC.in:12': 'BIND 9.18 refuses an NSEC without types (FORMERR)',
};

/** Whole files to skip: types or syntax where this module deliberately follows BIND. */
const SKIP_FILES: Record<string, string> = {
  '39_NSEC3.in': 'Knot requires base32 padding (00======); BIND rejects padding',
  '56_ZONEMD.in': 'BIND requires ZONEMD digests of at least 12 octets (Knot accepts 1)',
  '59_WALLET.in': 'not in Knot 3.2 / BIND 9.18 as tested here',
  '60_DSYNC.in': 'newer Knot syntax',
  '62_ALIAS.in': 'Knot-specific ALIAS type',
  '63_DELEG.in': 'DELEG draft type',
};

type Block = { kind: 'rr'; type: number; rdata: string } | { kind: 'warn' | 'error'; code: string };

function readOut(path: string): Block[] {
  return readKnotOut(path).map((b) => {
    if (b['WARNG'] !== undefined) return { kind: 'warn', code: b['WARNG'] };
    if (b['ERROR'] !== undefined) return { kind: 'error', code: b['ERROR'] };
    return { kind: 'rr', type: parseInt(b['RTYPE'] ?? '0', 16), rdata: b['RDATA'] ?? '' };
  });
}

interface Entry {
  line: number;
  text: string;
  leadingBlank: boolean;
}

/** Split a master file into entries (joining parenthesised lines). */
function entries(text: string): Entry[] {
  const out: Entry[] = [];
  const lines = text.split('\n');
  let depth = 0;
  let cur = '';
  let startLine = 0;
  for (let ln = 0; ln < lines.length; ln++) {
    const line = lines[ln]!.replace(/\r$/, '');
    if (depth === 0) {
      cur = '';
      startLine = ln + 1;
    }
    let inQuote = false;
    for (let i = 0; i < line.length; i++) {
      const c = line[i]!;
      if (c === '\\') {
        i++;
        continue;
      }
      if (c === '"') inQuote = !inQuote;
      else if (!inQuote && c === ';') break;
      else if (!inQuote && c === '(') depth++;
      else if (!inQuote && c === ')') depth--;
    }
    cur += (cur ? '\n' : '') + line;
    if (depth <= 0) {
      depth = 0;
      const toks = tokenize(cur);
      if (toks.length) out.push({ line: startLine, text: cur, leadingBlank: /^[ \t]/.test(cur) });
    }
  }
  return out;
}

function hasDigit(s: string): boolean {
  return /^[0-9]/.test(s);
}

/** Run one entry: null = accepted with rdata hex, string = our error. */
function runEntry(e: Entry, origin: string): { type: number; rdata: string } | { error: string } {
  const toks = tokenize(e.text);
  let i = 0;
  if (!e.leadingBlank) {
    const o = parseName(toks[0]!.text, origin);
    if (o.error) return { error: 'owner: ' + o.error };
    i = 1;
  }
  for (let k = 0; k < 2 && i < toks.length; k++) {
    if (hasDigit(toks[i]!.text)) i++;
    else if (parseClass(toks[i]!.text) && !lookupType(toks[i]!.text)) i++;
  }
  const typeTok = toks[i];
  if (!typeTok) return { error: 'no type' };
  const def = lookupType(typeTok.text);
  if (!def) return { error: 'unknown type ' + typeTok.text };
  const rd = toks.slice(i + 1);
  const ctx = context(origin);
  if (isGenericRdata(rd)) {
    const wire = parseGenericRdata(def, rd, ctx);
    if (!wire) return { error: ctx.errors[0]!.message };
    if (def.fields.length) {
      const f = rdataFromWire(def, wire);
      if (typeof f === 'string') return { error: f };
      // typed presentation must re-encode to the same wire
      expect(hex(rdataToWire(def, f)), `${presentRdata(def, f)}`).toBe(hex(wire));
    }
    return { type: def.code, rdata: hex(wire) };
  }
  const fields = parseRdata(def, rd, ctx);
  if (!fields) {
    expect(ctx.errors.length).toBeGreaterThan(0);
    for (const er of ctx.errors) {
      // every error points inside the entry's rdata tokens
      if (rd.length) {
        expect(er.start).toBeGreaterThanOrEqual(rd[0]!.start);
        expect(er.end).toBeLessThanOrEqual(rd[rd.length - 1]!.end);
        expect(er.end).toBeGreaterThanOrEqual(er.start);
      }
    }
    return { error: ctx.errors[0]!.message };
  }
  const wire = rdataToWire(def, fields);
  // wire -> fields -> presentation round trip
  const back = rdataFromWire(def, wire);
  if (typeof back === 'string') throw new Error(`${e.text}: fromWire: ${back}`);
  expect(presentRdata(def, back)).toBe(presentRdata(def, fields));
  return { type: def.code, rdata: hex(wire) };
}

const files = readdirSync(DATA)
  .filter((f) => /^[1-6][0-9]_[A-Z0-9]+\.in$/.test(f))
  .sort();

describe('Knot zscanner type vectors', () => {
  for (const file of files) {
    // Files where BIND and Knot differ on purpose are left to test/conformance/knot-zscanner.test.ts, which
    // compares every file through the whole parser and lists each difference with its reason in KNOWN.md.
    if (SKIP_FILES[file]) continue;
    it(file, () => {
      const text = readFileSync(`${DATA}/${file}`, 'utf8');
      const blocks = readOut(`${DATA}/${file.replace(/\.in$/, '.out')}`);
      let origin = '.';
      let b = 0;
      const problems: string[] = [];
      for (const e of entries(text)) {
        const toks = tokenize(e.text);
        const first = toks[0]!.text;
        if (first.startsWith('$')) {
          if (first.toUpperCase() === '$ORIGIN') origin = parseName(toks[1]!.text, '.').name!;
          continue;
        }
        const block = blocks[b++];
        if (!block || block.kind === 'error') break;
        const key = `${file}:${e.line}`;
        if (DIFFER[key]) continue;
        const res = runEntry(e, origin);
        if ('error' in res) {
          if (block.kind === 'rr') problems.push(`${key}: Knot accepts (${block.rdata}); we say ${res.error} | ${e.text.trim()}`);
        } else if (block.kind !== 'rr') {
          problems.push(`${key}: Knot rejects (${block.code}); we accept ${res.rdata} | ${e.text.trim()}`);
        } else if (block.rdata !== res.rdata || block.type !== res.type) {
          problems.push(`${key}: Knot ${block.type}/${block.rdata}, we ${res.type}/${res.rdata} | ${e.text.trim()}`);
        }
      }
      expect(problems).toEqual([]);
    });
  }
});
