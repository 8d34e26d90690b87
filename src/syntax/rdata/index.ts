// Typed rdata: parsing tokens into fields, wire encoding/decoding and BIND-style presentation, all driven by
// the type table (table.ts) and the field kinds (kinds.ts).
import type { RdataField, Token } from '../types.js';
import type { FieldSpec, RdataContext, RRTypeDef } from './api.js';
import { BAD, fieldValue, type Kind, type ParseState } from './core.js';
import { KINDS, MISSING, readName } from './kinds.js';
import { decodeHex, encodeHex, parseUint, stringValueBytes } from './text.js';
import { lookupType, parseClass, typeByCode, typeName, type TypeDef } from './table.js';
import { Reader, UntypedWire, WireError, Writer } from './wire.js';
import { nameToWire } from '../name.js';

export { lookupType, parseClass, typeByCode, typeName };
export type { TypeDef };
export { KINDS } from './kinds.js';
export type { SvcParam } from './svcb.js';
export type { LocValue } from './loc.js';
export type { AplItem } from './apl.js';

// ---------------------------------------------------------------------------------------------------------
// Per-type consistency checks (BIND refuses these records). Return [message, index of the field to blame].

type Check = (fields: readonly RdataField[]) => [string, number] | undefined;

const DS_DIGEST_LENGTHS: Record<number, [number, string]> = { 1: [20, 'SHA-1'], 2: [32, 'SHA-256'], 4: [48, 'SHA-384'] };
const SSHFP_LENGTHS: Record<number, [number, string]> = { 1: [20, 'SHA-1'], 2: [32, 'SHA-256'] };
const ZONEMD_LENGTHS: Record<number, [number, string]> = { 1: [48, 'SHA-384'], 2: [64, 'SHA-512'] };

function digestCheck(typeField: string, dataField: string, table: Record<number, [number, string]>, what: string, min = 0): Check {
  return (fields) => {
    const t = fieldValue(fields, typeField) as number;
    const d = fieldValue(fields, dataField) as Uint8Array;
    const i = fields.findIndex((f) => f.name === dataField);
    const want = table[t];
    if (want && d.length !== want[0]) {
      return [`${what} for ${typeField} ${t} (${want[1]}) must be ${want[0]} octets; found ${d.length}`, i];
    }
    if (d.length < min) return [`${what} must be at least ${min} octets; found ${d.length}`, i];
    return undefined;
  };
}

/** NAPTR regexp as BIND validates it: empty, or <delim>ere<delim>replacement<delim>[i]. */
function naptrRegexp(v: string): string | undefined {
  const b = stringValueBytes(v);
  if (b.length === 0) return undefined;
  const delim = b[0]!;
  if ((delim >= 48 && delim <= 57) || delim === 92 || delim === 105 || delim === 0) {
    return `regexp delimiter ${JSON.stringify(String.fromCharCode(delim))} is not allowed (digits, backslash and "i" cannot delimit)`;
  }
  let part = 0; // 0 = ere, 1 = replacement, 2 = flags
  let groups = 0;
  let depth = 0;
  let inBracket = false;
  for (let i = 1; i < b.length; i++) {
    const c = b[i]!;
    if (c === 0) return 'regexp contains a NUL octet';
    if (c === delim && !(part === 0 && inBracket)) {
      if (++part > 2) return 'regexp has more than three delimiters';
      continue;
    }
    if (part === 2) {
      if (c !== 105) return `regexp flag ${JSON.stringify(String.fromCharCode(c))} is not allowed (only "i")`;
      continue;
    }
    if (c === 92) {
      if (i + 1 >= b.length) return 'regexp ends with a backslash';
      const d = b[++i]!;
      if (part === 1 && d >= 48 && d <= 57) {
        if (d === 48) return 'regexp replacement cannot use \\0';
        if (d - 48 > groups) return `regexp replacement uses \\${d - 48} but the expression has ${groups} group${groups === 1 ? '' : 's'}`;
      }
      continue;
    }
    if (part === 0) {
      if (inBracket) {
        if (c === 93) inBracket = false;
      } else if (c === 91) {
        inBracket = true;
        if (b[i + 1] === 94) i++;
        if (b[i + 1] === 93) i++;
      } else if (c === 40) {
        depth++;
        groups++;
      } else if (c === 41) {
        if (--depth < 0) return 'regexp has an unbalanced ")"';
      }
    }
  }
  if (part < 2) return 'regexp needs the form <delim>expression<delim>replacement<delim>[flags]';
  if (depth !== 0 || inBracket) return 'regexp has an unbalanced "(" or "["';
  return undefined;
}

const dsCheck = digestCheck('digesttype', 'digest', DS_DIGEST_LENGTHS, 'digest');
const CHECKS: Record<string, Check> = {
  DS: dsCheck,
  CDS: dsCheck,
  TA: dsCheck,
  DLV: dsCheck,
  SSHFP: digestCheck('fptype', 'fingerprint', SSHFP_LENGTHS, 'fingerprint'),
  ZONEMD: digestCheck('hashalg', 'digest', ZONEMD_LENGTHS, 'digest', 12),
  NSEC3: (fields) => {
    const alg = fieldValue(fields, 'hashalg') as number;
    const next = fieldValue(fields, 'next') as Uint8Array;
    if (alg === 1 && next.length !== 20) return [`next hashed owner name for hash algorithm 1 (SHA-1) must be 20 octets; found ${next.length}`, 4];
    return undefined;
  },
  NAPTR: (fields) => {
    const err = naptrRegexp(fieldValue(fields, 'regexp') as string);
    return err ? [err, 4] : undefined;
  },
  KEY: (fields) => {
    const flags = fieldValue(fields, 'flags') as number;
    const key = fieldValue(fields, 'publickey') as Uint8Array;
    if (key.length === 0 && (flags & 0xc000) !== 0xc000) return ['needs a public key unless its flags say NOKEY (0xC000)', 3];
    return undefined;
  },
};

// ---------------------------------------------------------------------------------------------------------
// Types whose wire layout does not follow the presentation order.

interface WireCodec {
  toWire(w: Writer, fields: readonly RdataField[]): void;
  fromWire(r: Reader, def: RRTypeDef): RdataField[];
}

const CODECS: Record<string, WireCodec> = {
  HIP: {
    toWire(w, fields) {
      const hit = fieldValue(fields, 'hit') as Uint8Array;
      const pk = fieldValue(fields, 'publickey') as Uint8Array;
      w.u8(hit.length);
      w.u8(fieldValue(fields, 'algorithm') as number);
      w.u16(pk.length);
      w.bytes(hit);
      w.bytes(pk);
      for (const n of (fieldValue(fields, 'servers') as string[] | undefined) ?? []) w.bytes(nameToWire(n));
    },
    fromWire(r, def) {
      const hitLen = r.u8('the HIT length');
      const alg = r.u8('the algorithm');
      const pkLen = r.u16('the public key length');
      if (hitLen === 0) throw new WireError('empty HIT');
      if (pkLen === 0) throw new WireError('empty public key');
      const hit = r.bytes(hitLen, 'the HIT');
      const pk = r.bytes(pkLen, 'the public key');
      const servers: string[] = [];
      while (r.pos < r.end) servers.push(readName(r));
      const f = def.fields;
      return [
        wf(f[0]!, alg),
        wf(f[1]!, hit),
        wf(f[2]!, pk),
        wf(f[3]!, servers),
      ];
    },
  },
};

function wf(spec: FieldSpec, value: unknown): RdataField {
  return { name: spec.name, kind: spec.kind, value, start: -1, end: -1 };
}

// ---------------------------------------------------------------------------------------------------------
// Parsing

function describe(def: RRTypeDef): { min: number; max: number; names: string } {
  let min = 0;
  let max = 0;
  for (const f of def.fields) {
    const k = KINDS[f.kind]!;
    if (k.arity === 'rest') {
      min += k.min ?? 0;
      max = Infinity;
    } else if (k.arity === 'custom') {
      max += 1;
    } else {
      if (!f.optional) min++;
      max++;
    }
  }
  return { min, max, names: def.fields.map((f) => f.name).join(' ') };
}

function countMessage(def: RRTypeDef, found: number): string {
  const { min, max, names } = describe(def);
  const n = min === max ? `${min}` : max === Infinity ? `at least ${min}` : `${min}-${max}`;
  return `${def.name} needs ${n} field${min === 1 && (max === 1 || max === Infinity) ? '' : 's'} (${names}); found ${found}`;
}

function rangeOf(tokens: Token[], ctx: RdataContext): [number, number] {
  if (tokens.length) return [tokens[0]!.start, tokens[tokens.length - 1]!.end];
  const a = ctx.anchor;
  return a ? [a.start, a.end] : [-1, -1];
}

/**
 * True when rdata tokens are in RFC 3597 form: an unquoted `\#` followed by an unquoted decimal length. As in
 * BIND, `\#` followed by anything else is ordinary rdata (`TXT \# text` is the strings "#" and "text").
 */
export function isGenericRdata(tokens: readonly Token[]): boolean {
  const t = tokens[0];
  if (t === undefined || t.quoted || t.text !== '\\#') return false;
  const n = tokens[1];
  if (n === undefined || n.quoted || n.text.length === 0) return false;
  for (let i = 0; i < n.text.length; i++) {
    const c = n.text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** Largest rdata BIND 9.18 accepts in a master file (measured with named-checkzone: 65511 fails). */
const BIND_MAX_RDATA = 65510;

interface Plan {
  kinds: Kind[];
  check: Check | undefined;
  /** Error to report instead of parsing (meta, generic-only, unknown, refused types). */
  refuse: string | undefined;
}
const PLAN = Symbol('rdata plan');
type Planned = RRTypeDef & { [PLAN]?: Plan };

/** Why a type cannot appear in a zone file in any form (meta types, BIND's refused types), or undefined. */
function forbidden(info: TypeDef): string | undefined {
  return info.meta ? `${info.name} is a meta type and cannot appear in a zone file` : info.refused;
}

function planOf(def: RRTypeDef): Plan {
  const d = def as Planned;
  let plan = d[PLAN];
  if (plan) return plan;
  const info = def as TypeDef;
  const kinds = def.fields.map((f) => {
    const k = KINDS[f.kind];
    if (!k) throw new Error(`rdata kind ${f.kind} of ${def.name} is not defined`);
    return k;
  });
  let refuse = forbidden(info);
  if (info.genericOnly) refuse ??= `${def.name} rdata can only be written in RFC 3597 form (\\# length hex)`;
  else if (def.fields.length === 0) refuse ??= `unknown type ${def.name} needs RFC 3597 rdata (\\# length hex)`;
  plan = { kinds, check: CHECKS[def.name], refuse };
  // Cache on the definition (table rows and generic TYPEnnn rows are long-lived singletons).
  if (Object.isExtensible(d)) Object.defineProperty(d, PLAN, { value: plan, enumerable: false });
  return plan;
}

export function parseRdata(def: RRTypeDef, tokens: Token[], ctx: RdataContext): RdataField[] | undefined {
  if (isGenericRdata(tokens)) return parseGenericToFields(def, tokens, ctx);
  const plan = planOf(def);
  if (plan.refuse !== undefined) {
    const [a, b] = rangeOf(tokens, ctx);
    ctx.error(plan.refuse, a, b);
    return undefined;
  }
  const fields = def.fields;
  const kinds = plan.kinds;
  // Most types have at most four fields: their array is made at its final size by an array literal (which
  // V8, seeing nearly all of them survive, allocates straight in the old generation) and filled in place.
  // Slots not filled yet are undefined (kinds reading earlier fields skip them).
  const count = fields.length;
  const out: RdataField[] = count <= 4 ? presized(count) : [];
  let k = 0;
  const s: ParseState = { def, tokens, pos: 0, ctx, fields: out };
  const n = tokens.length;
  for (let i = 0; i < count; i++) {
    const spec = fields[i]!;
    const kind = kinds[i]!;
    const first = s.pos;
    const arity = kind.arity;
    if (arity === 'one') {
      if (first >= n) {
        if (spec.optional) break;
        return countError(def, tokens, ctx);
      }
      const t = tokens[first]!;
      if (t.quoted && !kind.quotable) return quotedError(def, spec, t, ctx);
    } else if (arity === 'rest') {
      if (n - first < (kind.min ?? 0)) return countError(def, tokens, ctx);
      if (!kind.quotable) {
        for (let j = first; j < n; j++) if (tokens[j]!.quoted) return quotedError(def, spec, tokens[j]!, ctx);
      }
    } else if (first < n && tokens[first]!.quoted && !kind.quotable) return quotedError(def, spec, tokens[first]!, ctx);
    const value = kind.parse(s, spec);
    if (value === BAD) return undefined;
    if (value === MISSING) return countError(def, tokens, ctx);
    let start: number;
    let end: number;
    if (s.pos > first) {
      start = tokens[first]!.start;
      end = tokens[s.pos - 1]!.end;
    } else {
      start = end = first < n ? tokens[first]!.start : n ? tokens[n - 1]!.end : -1;
    }
    const field = { name: spec.name, kind: spec.kind, value, start, end };
    if (k < out.length) out[k] = field;
    else out.push(field);
    k++;
  }
  // Optional fields left out: drop their slots (an array this small is never reallocated by that).
  if (out.length !== k) out.length = k;
  if (s.pos < n) {
    const extra = tokens[s.pos]!;
    ctx.error(`${countMessage(def, n)}: unexpected ${JSON.stringify(extra.text)}`, extra.start, tokens[n - 1]!.end);
    return undefined;
  }
  // rdata longer than 65535 octets (BIND: "ran out of space"); only long entries are measured.
  // Each token yields at most its text length + 257 octets (a relative name gains the origin).
  let bound = 0;
  for (let i = 0; i < n && bound <= 65535; i++) bound += tokens[i]!.text.length + 257;
  if (bound > 65535) {
    const size = rdataToWire(def, out).length;
    if (size > BIND_MAX_RDATA) {
      const why = size > 65535 ? 'the maximum is 65535' : `BIND loads at most ${BIND_MAX_RDATA} octets of rdata from a zone file ("ran out of space")`;
      ctx.error(`${def.name} rdata is ${size} octets; ${why}`, tokens[0]!.start, tokens[n - 1]!.end);
      return undefined;
    }
  }
  const check = plan.check;
  if (check) {
    const problem = check(out);
    if (problem) {
      const f = out[problem[1]] ?? out[out.length - 1]!;
      ctx.error(`${def.name} ${problem[0]}`, f.start, f.end);
      return undefined;
    }
  }
  return count <= 4 ? out : out.slice();
}

/** An array of `count` (at most 4) empty slots, from an array literal (see parseRdata). */
function presized(count: number): RdataField[] {
  const none = undefined as unknown as RdataField;
  switch (count) {
    case 0:
      return [];
    case 1:
      return [none];
    case 2:
      return [none, none];
    case 3:
      return [none, none, none];
    default:
      return [none, none, none, none];
  }
}

function countError(def: RRTypeDef, tokens: Token[], ctx: RdataContext): undefined {
  const [a, b] = rangeOf(tokens, ctx);
  ctx.error(countMessage(def, tokens.length), a, b);
  return undefined;
}

function quotedError(def: RRTypeDef, spec: FieldSpec, t: Token, ctx: RdataContext): undefined {
  ctx.error(`${def.name} ${spec.name} must not be a quoted string; found "${t.text}"`, t.start, t.end);
  return undefined;
}

function parseGenericToFields(def: RRTypeDef, tokens: Token[], ctx: RdataContext): RdataField[] | undefined {
  const wire = parseGenericRdata(def, tokens, ctx);
  if (!wire) return undefined;
  const [a, b] = rangeOf(tokens, ctx);
  if (def.fields.length === 0) return [{ name: 'rdata', kind: 'generic', value: wire, start: a, end: b }];
  const fields = rdataFromWire(def, wire);
  if (typeof fields === 'string') {
    ctx.error(`${def.name} rdata in \\# form is not valid: ${fields}`, a, b);
    return undefined;
  }
  for (const f of fields) {
    f.start = a;
    f.end = b;
  }
  return fields;
}

export function parseGenericRdata(def: RRTypeDef, tokens: Token[], ctx: RdataContext): Uint8Array | undefined {
  const [a, b] = rangeOf(tokens, ctx);
  const t0 = tokens[0];
  if (!t0 || t0.quoted || t0.text !== '\\#') {
    ctx.error(`${def.name} rdata in RFC 3597 form must start with \\#`, a, b);
    return undefined;
  }
  const refuse = forbidden(def as TypeDef);
  if (refuse !== undefined) {
    ctx.error(refuse, a, b);
    return undefined;
  }
  const lenTok = tokens[1];
  if (!lenTok) {
    ctx.error('\\# needs a length (the number of octets) and the rdata in hex', tokens[0]!.start, tokens[0]!.end);
    return undefined;
  }
  const len = parseUint(lenTok.text, 0xffff);
  if (len < 0 || lenTok.quoted) {
    ctx.error(`the \\# length must be an integer 0-65535; found ${JSON.stringify(lenTok.text)}`, lenTok.start, lenTok.end);
    return undefined;
  }
  const parts: string[] = [];
  for (let i = 2; i < tokens.length; i++) parts.push(tokens[i]!.text);
  if (tokens.length === 2) {
    if (len === 0) return new Uint8Array(0);
    ctx.error(`\\# says ${len} octets but no hex follows`, lenTok.start, lenTok.end);
    return undefined;
  }
  const hexStart = tokens[2]!.start;
  const hexEnd = tokens[tokens.length - 1]!.end;
  const wire = decodeHex(parts);
  if (typeof wire === 'string') {
    ctx.error(`the \\# rdata is not valid hex: ${wire}`, hexStart, hexEnd);
    return undefined;
  }
  if (wire.length !== len) {
    ctx.error(`\\# says ${len} octet${len === 1 ? '' : 's'} but the hex has ${wire.length}`, lenTok.start, hexEnd);
    return undefined;
  }
  if (len > BIND_MAX_RDATA) {
    ctx.error(`${def.name} rdata is ${len} octets; BIND loads at most ${BIND_MAX_RDATA} octets of rdata from a zone file ("ran out of space")`, lenTok.start, hexEnd);
    return undefined;
  }
  return wire;
}

// ---------------------------------------------------------------------------------------------------------
// Wire

export function rdataFromWire(def: RRTypeDef, wire: Uint8Array): RdataField[] | string {
  const info = def as TypeDef;
  if (def.fields.length === 0 || info.genericOnly || info.meta) return `${def.name} has no typed presentation`;
  const r = new Reader(wire);
  let out: RdataField[];
  try {
    const codec = CODECS[def.name];
    if (codec) out = codec.fromWire(r, def);
    else {
      out = [];
      for (const spec of def.fields) {
        const kind = KINDS[spec.kind]!;
        if (r.pos === r.end && (spec.optional || (kind.arity === 'rest' && (kind.min ?? 0) === 0))) {
          if (spec.optional) break;
        }
        if (r.pos === r.end && kind.arity === 'rest' && (kind.min ?? 0) > 0) throw new WireError(`rdata ends before ${spec.name}`);
        out.push(wf(spec, kind.fromWire(r, out)));
      }
    }
    if (r.pos !== r.end) throw new WireError(`${r.end - r.pos} octet${r.end - r.pos === 1 ? '' : 's'} left after the last field`);
  } catch (e) {
    if (e instanceof UntypedWire) return [{ name: 'rdata', kind: 'generic', value: wire.slice(), start: -1, end: -1 }];
    if (e instanceof WireError) return e.message;
    throw e;
  }
  const check = CHECKS[def.name];
  const problem = check?.(out);
  if (problem) return problem[0];
  return out;
}

export function rdataToWire(def: RRTypeDef, fields: RdataField[]): Uint8Array {
  if (fields.length === 1 && fields[0]!.kind === 'generic') return (fields[0]!.value as Uint8Array).slice();
  const w = new Writer(64);
  const codec = CODECS[def.name];
  if (codec) codec.toWire(w, fields);
  else for (const f of fields) KINDS[f.kind]!.toWire(w, f.value, fields);
  return w.finish();
}

// ---------------------------------------------------------------------------------------------------------
// Presentation

export function presentRdata(def: RRTypeDef, fields: RdataField[]): string {
  if (fields.length === 1 && fields[0]!.kind === 'generic') return presentGeneric(fields[0]!.value as Uint8Array);
  let out = '';
  for (const f of fields) {
    const kind = KINDS[f.kind];
    if (!kind) throw new Error(`rdata kind ${f.kind} of ${def.name} is not defined`);
    const p = kind.present(f.value, fields);
    if (p === '') continue;
    out = out ? out + ' ' + p : p;
  }
  return out;
}

export function presentGeneric(wire: Uint8Array): string {
  return wire.length ? `\\# ${wire.length} ${encodeHex(wire)}` : '\\# 0';
}

/** Register the 'generic' kind (raw rdata of unknown types parsed from \# form). */
KINDS.generic = {
  arity: 'rest',
  min: 0,
  parse: () => BAD,
  toWire: (w, v) => w.bytes(v as Uint8Array),
  fromWire: (r) => r.rest(),
  present: (v) => presentGeneric(v as Uint8Array),
};
