// Test helpers for the rdata module: a tiny tokenizer (whitespace, quoted strings, parentheses, comments) that
// keeps offsets like the zone parser does, and a collecting RdataContext.
import type { Token } from '../../src/syntax/types.js';
import type { RdataContext } from '../../src/syntax/rdata/api.js';
import { lookupType, parseRdata, presentRdata, rdataFromWire, rdataToWire } from '../../src/syntax/rdata/index.js';
import type { RdataField } from '../../src/syntax/types.js';
import { hex } from '../helpers/corpus.js';

export interface Err {
  message: string;
  start: number;
  end: number;
}

/** Split rdata text into tokens; offsets are relative to `text` plus `base`. */
export function tokenize(text: string, base = 0): Token[] {
  const out: Token[] = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text[i]!;
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '(' || c === ')') {
      i++;
      continue;
    }
    if (c === ';') {
      while (i < n && text[i] !== '\n') i++;
      continue;
    }
    const start = i;
    if (c === '"') {
      i++;
      while (i < n && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
      out.push({ text: text.slice(start + 1, i), start: start + base, end: i + 1 + base, quoted: true });
      i++;
      continue;
    }
    while (i < n) {
      const d = text[i]!;
      if (d === '\\') {
        i += 2;
        continue;
      }
      if (d === ' ' || d === '\t' || d === '\n' || d === '\r' || d === '(' || d === ')' || d === ';' || d === '"') break;
      i++;
    }
    out.push({ text: text.slice(start, i), start: start + base, end: i + base, quoted: false });
  }
  return out;
}

export function context(origin = 'example.'): RdataContext & { errors: Err[] } {
  const errors: Err[] = [];
  return {
    origin,
    errors,
    error(message, start, end) {
      errors.push({ message, start, end });
    },
  };
}

/** Parse `rdata` text for `type`; returns fields or the errors. */
export function parse(type: string, rdata: string, origin = 'example.'): { fields?: RdataField[]; errors: Err[] } {
  const def = lookupType(type);
  if (!def) throw new Error(`unknown type ${type}`);
  const ctx = context(origin);
  const fields = parseRdata(def, tokenize(rdata), ctx);
  return { fields, errors: ctx.errors };
}

/** Parse and present; throws with the errors if parsing fails. */
export function present(type: string, rdata: string, origin = 'example.'): string {
  const r = parse(type, rdata, origin);
  if (!r.fields) throw new Error(`${type} ${rdata}: ${r.errors.map((e) => e.message).join('; ')}`);
  return presentRdata(lookupType(type)!, r.fields);
}

export { hex } from '../helpers/corpus.js';

/** Parse -> wire hex. */
export function wireHex(type: string, rdata: string, origin = 'example.'): string {
  const r = parse(type, rdata, origin);
  if (!r.fields) throw new Error(`${type} ${rdata}: ${r.errors.map((e) => e.message).join('; ')}`);
  return hex(rdataToWire(lookupType(type)!, r.fields));
}

/** parse -> present, parse -> wire -> fromWire -> present: both must agree; returns the presentation. */
export function roundTrip(type: string, rdata: string, origin = 'example.'): string {
  const def = lookupType(type)!;
  const r = parse(type, rdata, origin);
  if (!r.fields) throw new Error(`${type} ${rdata}: ${r.errors.map((e) => e.message).join('; ')}`);
  const text = presentRdata(def, r.fields);
  const wire = rdataToWire(def, r.fields);
  const back = rdataFromWire(def, wire);
  if (typeof back === 'string') throw new Error(`${type} ${rdata}: fromWire: ${back}`);
  const text2 = presentRdata(def, back);
  if (text2 !== text) throw new Error(`${type} ${rdata}: presentation ${text} but from wire ${text2}`);
  // the presentation parses back to the same wire
  const again = parse(type, text, origin);
  if (!again.fields) throw new Error(`${type} ${text} (re-parse): ${again.errors.map((e) => e.message).join('; ')}`);
  const wire2 = rdataToWire(def, again.fields);
  if (hex(wire2) !== hex(wire)) throw new Error(`${type} ${text}: re-parse gives different wire`);
  return text;
}

/** The single error of a failing parse. */
export function error(type: string, rdata: string, origin = 'example.'): Err {
  const r = parse(type, rdata, origin);
  if (r.fields) throw new Error(`${type} ${rdata}: expected an error, got ${presentRdata(lookupType(type)!, r.fields)}`);
  if (r.errors.length !== 1) throw new Error(`${type} ${rdata}: expected one error, got ${JSON.stringify(r.errors)}`);
  return r.errors[0]!;
}
