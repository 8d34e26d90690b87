// Field kinds: each parses its tokens, encodes/decodes wire and presents the value. The type table (table.ts)
// refers to kinds by name. Value forms are listed per kind; see RdataField.value in ../types.ts.
import type { RdataField, Token } from '../types.js';
import type { FieldSpec } from './api.js';
import { labelsToName, lastNameError, nameToWire, resolveName } from '../name.js';
import { BAD, fail, failRange, fieldValue, label, show, type Kind, type ParseState } from './core.js';
import { lookupType, typeName } from './table.js';
import {
  chunk,
  decodeBase32Hex,
  decodeBase64,
  decodeHex,
  decodeString,
  encodeBase32Hex,
  encodeBase64,
  encodeHex,
  formatIPv4,
  formatIPv6,
  isIPv4,
  isPlainString,
  parseDuration,
  parseIPv4Bytes,
  parseIPv6Bytes,
  parseUint,
  presentStringBytes,
  stringValueBytes,
  U16,
  U32,
  U8,
} from './text.js';
import { Reader, UntypedWire, WireError, Writer } from './wire.js';
import { aplKind } from './apl.js';
import { locKind } from './loc.js';
import { svcParamsKind } from './svcb.js';
import { servicePort } from './services.js';

// ---------------------------------------------------------------------------------------------------------
// integers

function intKind(max: number, bits: 8 | 16 | 32, mnemonics?: Record<string, number>, names?: Record<number, string>): Kind {
  return {
    arity: 'one',
    parse(s, spec) {
      const t = s.tokens[s.pos++]!;
      const v = parseUint(t.text, max);
      if (v >= 0) return v;
      if (mnemonics) {
        const m = mnemonics[t.text.toUpperCase()];
        if (m !== undefined) return m;
      }
      const also = mnemonics ? ' or a mnemonic' : '';
      return fail(s, t, `${label(s, spec)} must be an integer 0-${max}${also}; found ${show(t.text)}`);
    },
    toWire(w, v) {
      if (bits === 8) w.u8(v as number);
      else if (bits === 16) w.u16(v as number);
      else w.u32(v as number);
    },
    fromWire(r) {
      return bits === 8 ? r.u8() : bits === 16 ? r.u16() : r.u32();
    },
    present(v) {
      if (names) {
        const n = names[v as number];
        if (n) return n;
      }
      return String(v);
    },
  };
}

// DNSSEC algorithm mnemonics as BIND (dns_secalg_fromtext) and Knot accept them.
const ALGORITHMS: Record<string, number> = {
  RSAMD5: 1,
  DH: 2,
  DSA: 3,
  ECC: 4,
  RSASHA1: 5,
  NSEC3DSA: 6,
  'DSA-NSEC3-SHA1': 6,
  NSEC3RSASHA1: 7,
  'RSASHA1-NSEC3-SHA1': 7,
  RSASHA256: 8,
  RSASHA512: 10,
  ECCGOST: 12,
  'ECC-GOST': 12,
  ECDSAP256SHA256: 13,
  ECDSAP384SHA384: 14,
  ED25519: 15,
  ED448: 16,
  INDIRECT: 252,
  PRIVATEDNS: 253,
  PRIVATEOID: 254,
};
// Names BIND prints for CERT algorithms.
const ALGORITHM_NAMES: Record<number, string> = {
  1: 'RSAMD5',
  2: 'DH',
  3: 'DSA',
  5: 'RSASHA1',
  6: 'NSEC3DSA',
  7: 'NSEC3RSASHA1',
  8: 'RSASHA256',
  10: 'RSASHA512',
  12: 'ECCGOST',
  13: 'ECDSAP256SHA256',
  14: 'ECDSAP384SHA384',
  15: 'ED25519',
  16: 'ED448',
  252: 'INDIRECT',
  253: 'PRIVATEDNS',
  254: 'PRIVATEOID',
};
const DIGEST_TYPES: Record<string, number> = { 'SHA-1': 1, SHA1: 1, 'SHA-256': 2, SHA256: 2, GOST: 3, 'SHA-384': 4, SHA384: 4 };
const CERT_TYPES: Record<string, number> = {
  PKIX: 1,
  SPKI: 2,
  PGP: 3,
  IPKIX: 4,
  ISPKI: 5,
  IPGP: 6,
  ACPKIX: 7,
  IACPKIX: 8,
  URI: 253,
  OID: 254,
};
const CERT_TYPE_NAMES: Record<number, string> = {};
for (const [k, v] of Object.entries(CERT_TYPES)) CERT_TYPE_NAMES[v] = k;
const DSYNC_SCHEMES: Record<string, number> = { NOTIFY: 1 };
const DSYNC_SCHEME_NAMES: Record<number, string> = { 1: 'NOTIFY' };
const PROTOCOLS: Record<string, number> = { ICMP: 1, IGMP: 2, GGP: 3, TCP: 6, EGP: 8, PUP: 12, UDP: 17, IDP: 22, IPV6: 41, RSVP: 46, GRE: 47, ESP: 50, AH: 51, 'IPV6-ICMP': 58, OSPF: 89, SCTP: 132 };

/** u48 (TSIG-like time fields); not used by zone types today but available to rows. */
const u48Kind: Kind = {
  arity: 'one',
  parse(s, spec) {
    const t = s.tokens[s.pos++]!;
    const v = parseUint(t.text, 0xffffffffffff);
    return v >= 0 ? v : fail(s, t, `${label(s, spec)} must be an integer 0-281474976710655; found ${show(t.text)}`);
  },
  toWire: (w, v) => w.u48(v as number),
  fromWire: (r) => r.u48(),
  present: (v) => String(v),
};

const durationKind: Kind = {
  arity: 'one',
  parse(s, spec) {
    const t = s.tokens[s.pos++]!;
    const v = parseDuration(t.text);
    if (v >= 0) return v;
    return fail(s, t, `${label(s, spec)} must be a number of seconds 0-4294967295 or a duration like 1h30m; found ${show(t.text)}`);
  },
  toWire: (w, v) => w.u32(v as number),
  fromWire: (r) => r.u32(),
  present: (v) => String(v),
};

/** AMTRELAY's discovery bit and relay type share one octet: `u1` writes nothing, `u7` writes both. */
const u1Kind: Kind = {
  arity: 'one',
  parse(s, spec) {
    const t = s.tokens[s.pos++]!;
    const v = parseUint(t.text, 1);
    return v >= 0 ? v : fail(s, t, `${label(s, spec)} must be 0 or 1; found ${show(t.text)}`);
  },
  toWire() {},
  fromWire(r) {
    r.need(1, 'the discovery/type octet');
    return r.buf[r.pos]! >>> 7;
  },
  present: (v) => String(v),
};
const u7Kind: Kind = {
  arity: 'one',
  parse(s, spec) {
    const t = s.tokens[s.pos++]!;
    const v = parseUint(t.text, 3);
    if (v >= 0) return v;
    if (parseUint(t.text, 127) >= 0) return fail(s, t, `${label(s, spec)} ${t.text} is not defined (0-3); write the rdata in \\# form`);
    return fail(s, t, `${label(s, spec)} must be an integer 0-3; found ${show(t.text)}`);
  },
  toWire(w, v, fields) {
    w.u8(((Number(fieldValue(fields, 'discovery')) & 1) << 7) | ((v as number) & 0x7f));
  },
  fromWire: (r) => r.u8() & 0x7f,
  present: (v) => String(v),
};

// ---------------------------------------------------------------------------------------------------------
// type mnemonics and time

const typeKind: Kind = {
  arity: 'one',
  parse(s, spec) {
    const t = s.tokens[s.pos++]!;
    const def = lookupType(t.text);
    if (def) return def.code;
    return fail(s, t, `${label(s, spec)} must be a type mnemonic or TYPEnnn; found ${show(t.text)}`);
  },
  toWire: (w, v) => w.u16(v as number),
  fromWire: (r) => r.u16(),
  present: (v) => typeName(v as number),
};

/** Days from 1970-01-01 to the given civil date (proleptic Gregorian). */
function daysFromCivil(y: number, m: number, d: number): number {
  y -= m <= 2 ? 1 : 0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** RRSIG/SIG time: YYYYMMDDHHmmSS (taken modulo 2^32 as BIND does) or a plain integer of seconds; value = u32. */
const timeKind: Kind = {
  arity: 'one',
  parse(s, spec) {
    const t = s.tokens[s.pos++]!;
    const x = t.text;
    if (x.length === 14) {
      const num = (a: number, b: number) => parseUint(x.slice(a, b), 9999);
      const y = num(0, 4);
      const mo = num(4, 6);
      const d = num(6, 8);
      const h = num(8, 10);
      const mi = num(10, 12);
      const se = num(12, 14);
      if (y < 0 || mo < 0 || d < 0 || h < 0 || mi < 0 || se < 0) {
        return fail(s, t, `${label(s, spec)} must be YYYYMMDDHHmmSS or an integer; found ${show(x)}`);
      }
      const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
      const mdays = mo >= 1 && mo <= 12 ? MONTH_DAYS[mo - 1]! + (mo === 2 && leap ? 1 : 0) : 0;
      if (mo < 1 || mo > 12 || d < 1 || d > mdays || h > 23 || mi > 59 || se > 60) {
        return fail(s, t, `${label(s, spec)} ${show(x)} is not a valid date and time (YYYYMMDDHHmmSS)`);
      }
      const secs = daysFromCivil(y, mo, d) * 86400 + h * 3600 + mi * 60 + se;
      return ((secs % 0x100000000) + 0x100000000) % 0x100000000;
    }
    const v = x.length <= 10 ? parseUint(x, U32) : -1;
    if (v >= 0) return v;
    return fail(s, t, `${label(s, spec)} must be YYYYMMDDHHmmSS or an integer 0-4294967295; found ${show(x)}`);
  },
  toWire: (w, v) => w.u32(v as number),
  fromWire: (r) => r.u32(),
  present(v) {
    const d = new Date((v as number) * 1000);
    const p = (n: number, w = 2) => String(n).padStart(w, '0');
    return `${p(d.getUTCFullYear(), 4)}${p(d.getUTCMonth() + 1)}${p(d.getUTCDate())}${p(d.getUTCHours())}${p(d.getUTCMinutes())}${p(d.getUTCSeconds())}`;
  },
};

// ---------------------------------------------------------------------------------------------------------
// names

function nameError(s: ParseState, spec: FieldSpec, t: Token, err: string): typeof BAD {
  return fail(s, t, `${label(s, spec)} is not a valid domain name (${err}): ${show(t.text)}`);
}

function parseNameToken(s: ParseState, spec: FieldSpec, t: Token): string | typeof BAD {
  const name = resolveName(t.text, s.ctx.origin);
  if (name === undefined) return nameError(s, spec, t, lastNameError);
  return name;
}

export function readName(r: Reader): string {
  const labels: Uint8Array[] = [];
  let total = 1;
  for (;;) {
    const len = r.u8('a domain name');
    if (len === 0) break;
    if (len > 63) throw new WireError(len >= 0xc0 ? 'compressed name in rdata' : `label length ${len} is more than 63`);
    labels.push(r.bytes(len, 'a domain name'));
    total += len + 1;
    if (total > 255) throw new WireError('domain name longer than 255 octets');
  }
  return labelsToName(labels);
}

const nameKind: Kind = {
  arity: 'one',
  parse(s, spec) {
    return parseNameToken(s, spec, s.tokens[s.pos++]!);
  },
  toWire: (w, v) => w.bytes(nameToWire(v as string)),
  fromWire: (r) => readName(r),
  present: (v) => v as string,
};

/** Zero or more names (HIP rendezvous servers); value string[]. */
const namesKind: Kind = {
  arity: 'rest',
  min: 0,
  parse(s, spec) {
    const out: string[] = [];
    while (s.pos < s.tokens.length) {
      const n = parseNameToken(s, spec, s.tokens[s.pos++]!);
      if (n === BAD) return BAD;
      out.push(n);
    }
    return out;
  },
  toWire(w, v) {
    for (const n of v as string[]) w.bytes(nameToWire(n));
  },
  fromWire(r) {
    const out: string[] = [];
    while (r.pos < r.end) out.push(readName(r));
    return out;
  },
  present: (v) => (v as string[]).join(' '),
};

// ---------------------------------------------------------------------------------------------------------
// addresses

const ipv4Kind: Kind = {
  arity: 'one',
  parse(s, spec) {
    const t = s.tokens[s.pos++]!;
    if (isIPv4(t.text)) return t.text;
    return fail(s, t, `invalid IPv4 address ${show(t.text)} in ${label(s, spec)}`);
  },
  toWire(w, v) {
    w.bytes(parseIPv4Bytes(v as string)!);
  },
  fromWire: (r) => formatIPv4(r.bytes(4, 'an IPv4 address')),
  present: (v) => v as string,
};

const SCRATCH16 = new Uint8Array(16);
const ipv6Kind: Kind = {
  arity: 'one',
  parse(s, spec) {
    const t = s.tokens[s.pos++]!;
    const b = parseIPv6Bytes(t.text, SCRATCH16);
    if (b) return formatIPv6(b);
    return fail(s, t, `invalid IPv6 address ${show(t.text)} in ${label(s, spec)}`);
  },
  toWire(w, v) {
    w.bytes(parseIPv6Bytes(v as string)!);
  },
  fromWire: (r) => formatIPv6(r.bytes(16, 'an IPv6 address')),
  present: (v) => v as string,
};

/** NID/L64 locator: four groups of 1-4 hex digits separated by ':'; value = canonical text (lower, no leading 0s). */
const l64Kind: Kind = {
  arity: 'one',
  parse(s, spec) {
    const t = s.tokens[s.pos++]!;
    const parts = t.text.split(':');
    const b = new Uint8Array(8);
    let ok = parts.length === 4;
    for (let i = 0; ok && i < 4; i++) {
      const p = parts[i]!;
      if (p.length < 1 || p.length > 4) ok = false;
      else {
        const h = decodeHex([p.padStart(4, '0')]);
        if (typeof h === 'string') ok = false;
        else b.set(h, i * 2);
      }
    }
    if (!ok) return fail(s, t, `${label(s, spec)} must be four groups of hex digits like 0014:4fff:ff20:ee64; found ${show(t.text)}`);
    return formatL64(b);
  },
  toWire(w, v) {
    const b = new Uint8Array(8);
    (v as string).split(':').forEach((p, i) => b.set(decodeHex([p.padStart(4, '0')]) as Uint8Array, i * 2));
    w.bytes(b);
  },
  fromWire: (r) => formatL64(r.bytes(8, 'a 64-bit locator')),
  present: (v) => v as string,
};
function formatL64(b: Uint8Array): string {
  const g: string[] = [];
  for (let i = 0; i < 8; i += 2) g.push(((b[i]! << 8) | b[i + 1]!).toString(16));
  return g.join(':');
}

function euiKind(octets: 6 | 8): Kind {
  const example = octets === 6 ? '01-23-45-67-89-ab' : '01-23-45-67-89-ab-cd-ef';
  return {
    arity: 'one',
    parse(s, spec) {
      const t = s.tokens[s.pos++]!;
      const x = t.text;
      let ok = x.length === octets * 3 - 1;
      for (let i = 0; ok && i < x.length; i++) {
        const c = x.charCodeAt(i);
        if (i % 3 === 2) ok = c === 45;
        else ok = (c >= 48 && c <= 57) || ((c | 0x20) >= 97 && (c | 0x20) <= 102);
      }
      if (!ok) return fail(s, t, `${label(s, spec)} must be ${octets} hex pairs separated by '-', like ${example}; found ${show(x)}`);
      return x.toLowerCase();
    },
    toWire(w, v) {
      w.bytes(decodeHex((v as string).split('-')) as Uint8Array);
    },
    fromWire(r) {
      const b = r.bytes(octets, `an EUI-${octets * 8} address`);
      const parts: string[] = [];
      for (let i = 0; i < octets; i++) parts.push(encodeHex(b.subarray(i, i + 1), true));
      return parts.join('-');
    },
    present: (v) => v as string,
  };
}

// ---------------------------------------------------------------------------------------------------------
// character-strings (value: canonical presentation without quotes)

/** Parse one character-string token; returns the canonical value or BAD. */
export function parseStringToken(s: ParseState, spec: FieldSpec, t: Token, max = 255): string | typeof BAD {
  const x = t.text;
  if (isPlainString(x)) {
    if (x.length > max) return fail(s, t, `${s.def.name} character-string is ${x.length} octets; the maximum is ${max}`);
    return x;
  }
  const b = decodeString(x);
  if (typeof b === 'string') return fail(s, t, `${label(s, spec)}: ${b}`);
  if (b.length > max) return fail(s, t, `${s.def.name} character-string is ${b.length} octets; the maximum is ${max}`);
  return presentStringBytes(b);
}

function writeString(w: Writer, v: string): void {
  const b = stringValueBytes(v);
  w.u8(b.length);
  w.bytes(b);
}
function readString(r: Reader): string {
  const n = r.u8('a character-string');
  return presentStringBytes(r.bytes(n, 'a character-string'));
}

const stringKind: Kind = {
  quotable: true,
  arity: 'one',
  parse(s, spec) {
    return parseStringToken(s, spec, s.tokens[s.pos++]!);
  },
  toWire: (w, v) => writeString(w, v as string),
  fromWire: (r) => readString(r),
  present: (v) => '"' + (v as string) + '"',
};

/** One or more character-strings (TXT, SPF...); value string[]. */
const stringsKind: Kind = {
  quotable: true,
  arity: 'rest',
  min: 1,
  parse(s, spec) {
    const n = s.tokens.length;
    const out = new Array<string>(n - s.pos);
    for (let i = 0; s.pos < n; i++) {
      const v = parseStringToken(s, spec, s.tokens[s.pos++]!);
      if (v === BAD) return BAD;
      out[i] = v;
    }
    return out;
  },
  toWire(w, v) {
    for (const x of v as string[]) writeString(w, x);
  },
  fromWire(r) {
    const out: string[] = [];
    while (r.pos < r.end) out.push(readString(r));
    if (out.length === 0) throw new WireError('no character-string');
    return out;
  },
  present(v) {
    const a = v as string[];
    let s = '"' + a[0] + '"';
    for (let i = 1; i < a.length; i++) s += ' "' + a[i] + '"';
    return s;
  },
};

/** X25 PSDN address: a character-string of at least 4 decimal digits (BIND). */
const x25Kind: Kind = {
  quotable: true,
  arity: 'one',
  parse(s, spec) {
    const t = s.tokens[s.pos++]!;
    const v = parseStringToken(s, spec, t);
    if (v === BAD) return BAD;
    if (!/^[0-9]{4,}$/.test(v)) return fail(s, t, `${label(s, spec)} must be at least 4 decimal digits; found ${show(t.text)}`);
    return v;
  },
  toWire: (w, v) => writeString(w, v as string),
  fromWire: (r) => readString(r),
  present: (v) => '"' + (v as string) + '"',
};

/** URI target: a quoted string of any length (the rest of the rdata on the wire). */
const uriKind: Kind = {
  quotable: true,
  arity: 'one',
  parse(s, spec) {
    const t = s.tokens[s.pos++]!;
    if (!t.quoted) return fail(s, t, `${label(s, spec)} must be a quoted string; found ${show(t.text)}`);
    return parseStringToken(s, spec, t, 65535);
  },
  toWire: (w, v) => w.bytes(stringValueBytes(v as string)),
  fromWire: (r) => presentStringBytes(r.rest()),
  present: (v) => '"' + (v as string) + '"',
};

/** CAA tag: 1-255 ASCII letters and digits (RFC 8659). */
const caaTagKind: Kind = {
  arity: 'one',
  parse(s, spec) {
    const t = s.tokens[s.pos++]!;
    const x = t.text;
    if (t.quoted || x.length === 0 || x.length > 255 || !/^[A-Za-z0-9]+$/.test(x)) {
      return fail(s, t, `${label(s, spec)} must be 1-255 letters and digits (like issue, issuewild, iodef); found ${show(x)}`);
    }
    return x;
  },
  toWire(w, v) {
    const x = v as string;
    w.u8(x.length);
    for (let i = 0; i < x.length; i++) w.u8(x.charCodeAt(i));
  },
  fromWire(r) {
    const n = r.u8('the CAA tag length');
    if (n === 0) throw new WireError('empty CAA tag');
    const b = r.bytes(n, 'the CAA tag');
    let x = '';
    for (const c of b) {
      if (!((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122))) throw new WireError('CAA tag is not alphanumeric');
      x += String.fromCharCode(c);
    }
    return x;
  },
  present: (v) => v as string,
};

/** CAA value: one string (quoted or not) of any length, the rest of the rdata on the wire. */
const caaValueKind: Kind = {
  quotable: true,
  arity: 'one',
  parse(s, spec) {
    return parseStringToken(s, spec, s.tokens[s.pos++]!, 65535);
  },
  toWire: (w, v) => w.bytes(stringValueBytes(v as string)),
  fromWire: (r) => presentStringBytes(r.rest()),
  present: (v) => '"' + (v as string) + '"',
};

// ---------------------------------------------------------------------------------------------------------
// binary: base64 / hex / base32hex (value: Uint8Array)

function tokenTexts(s: ParseState): { parts: string[]; first: Token; last: Token } {
  const first = s.tokens[s.pos]!;
  const parts: string[] = [];
  while (s.pos < s.tokens.length) parts.push(s.tokens[s.pos++]!.text);
  return { parts, first, last: s.tokens[s.pos - 1]! };
}

function base64Kind(min: number, split: boolean, dashEmpty = false): Kind {
  return {
    arity: 'rest',
    min,
    parse(s, spec) {
      if (s.pos >= s.tokens.length) return dashEmpty ? MISSING : new Uint8Array(0);
      const { parts, first, last } = tokenTexts(s);
      if (dashEmpty && parts.length === 1 && parts[0] === '-') return new Uint8Array(0);
      const b = decodeBase64(parts);
      if (typeof b === 'string') return failRange(s, first.start, last.end, `${label(s, spec)} is not valid base64: ${b}`);
      return b;
    },
    toWire: (w, v) => w.bytes(v as Uint8Array),
    fromWire: (r) => r.rest(),
    present(v) {
      const b = v as Uint8Array;
      if (dashEmpty && b.length === 0) return '-';
      return split ? chunk(encodeBase64(b)) : encodeBase64(b);
    },
  };
}

function hexKind(min: number): Kind {
  return {
    arity: 'rest',
    min,
    parse(s, spec) {
      if (s.pos >= s.tokens.length) return new Uint8Array(0);
      const { parts, first, last } = tokenTexts(s);
      const b = decodeHex(parts);
      if (typeof b === 'string') return failRange(s, first.start, last.end, `${label(s, spec)} is not valid hex: ${b}`);
      return b;
    },
    toWire: (w, v) => w.bytes(v as Uint8Array),
    fromWire: (r) => r.rest(),
    present: (v) => chunk(encodeHex(v as Uint8Array)),
  };
}

/** HIP's HIT: one hex token, length-prefixed by the type's own wire layout (handled in index.ts). */
const hexWordKind: Kind = {
  arity: 'one',
  parse(s, spec) {
    const t = s.tokens[s.pos++]!;
    const b = decodeHex([t.text]);
    if (typeof b === 'string') return fail(s, t, `${label(s, spec)} is not valid hex: ${b}`);
    if (b.length === 0 || b.length > 255) return fail(s, t, `${label(s, spec)} must be 1-255 octets`);
    return b;
  },
  toWire: (w, v) => w.bytes(v as Uint8Array),
  fromWire: (r) => r.rest(),
  present: (v) => encodeHex(v as Uint8Array),
};
const base64WordKind: Kind = {
  arity: 'one',
  parse(s, spec) {
    const t = s.tokens[s.pos++]!;
    const b = decodeBase64([t.text]);
    if (typeof b === 'string') return fail(s, t, `${label(s, spec)} is not valid base64: ${b}`);
    if (b.length === 0) return fail(s, t, `${label(s, spec)} is empty`);
    return b;
  },
  toWire: (w, v) => w.bytes(v as Uint8Array),
  fromWire: (r) => r.rest(),
  present: (v) => encodeBase64(v as Uint8Array),
};

/** NSEC3 salt: hex (1-255 octets) or '-' for none; length-prefixed. */
const saltKind: Kind = {
  arity: 'one',
  parse(s, spec) {
    const t = s.tokens[s.pos++]!;
    if (t.text === '-') return new Uint8Array(0);
    const b = decodeHex([t.text]);
    if (typeof b === 'string') return fail(s, t, `${label(s, spec)} must be hex or "-"; ${b}`);
    if (b.length === 0) return fail(s, t, `${label(s, spec)} must be hex or "-"`);
    if (b.length > 255) return fail(s, t, `${label(s, spec)} is ${b.length} octets; the maximum is 255`);
    return b;
  },
  toWire(w, v) {
    w.u8((v as Uint8Array).length);
    w.bytes(v as Uint8Array);
  },
  fromWire(r) {
    const n = r.u8('the salt length');
    return r.bytes(n, 'the salt');
  },
  present: (v) => ((v as Uint8Array).length ? encodeHex(v as Uint8Array) : '-'),
};

/** NSEC3 next hashed owner name: base32hex, length-prefixed. */
const base32Kind: Kind = {
  arity: 'one',
  parse(s, spec) {
    const t = s.tokens[s.pos++]!;
    const b = decodeBase32Hex(t.text);
    if (typeof b === 'string') return fail(s, t, `${label(s, spec)} is not valid base32hex: ${b}`);
    if (b.length === 0 || b.length > 255) return fail(s, t, `${label(s, spec)} must be 1-255 octets`);
    return b;
  },
  toWire(w, v) {
    w.u8((v as Uint8Array).length);
    w.bytes(v as Uint8Array);
  },
  fromWire(r) {
    const n = r.u8('the hash length');
    if (n === 0) throw new WireError('empty next hashed owner name');
    return r.bytes(n, 'the next hashed owner name');
  },
  present: (v) => encodeBase32Hex(v as Uint8Array),
};

// ---------------------------------------------------------------------------------------------------------
// type bitmaps (value: sorted unique number[])

function parseTypeList(s: ParseState, spec: FieldSpec, maxCode: number): number[] | typeof BAD {
  const set = new Set<number>();
  while (s.pos < s.tokens.length) {
    const t = s.tokens[s.pos++]!;
    const def = lookupType(t.text);
    if (!def) return fail(s, t, `${label(s, spec)}: unknown type ${show(t.text)}`);
    if (def.code > maxCode) return fail(s, t, `${label(s, spec)}: type ${def.name} (${def.code}) cannot be listed; the maximum is ${maxCode}`);
    set.add(def.code);
  }
  return [...set].sort((a, b) => a - b);
}

export function writeBitmap(w: Writer, types: number[]): void {
  let i = 0;
  while (i < types.length) {
    const win = types[i]! >>> 8;
    const bits = new Uint8Array(32);
    let max = 0;
    while (i < types.length && types[i]! >>> 8 === win) {
      const low = types[i]! & 0xff;
      bits[low >>> 3]! |= 0x80 >>> (low & 7);
      max = low >>> 3;
      i++;
    }
    w.u8(win);
    w.u8(max + 1);
    w.bytes(bits.subarray(0, max + 1));
  }
}

export function readBitmap(r: Reader): number[] {
  const out: number[] = [];
  let last = -1;
  while (r.pos < r.end) {
    const win = r.u8('a type bitmap window');
    const len = r.u8('a type bitmap window');
    if (win <= last) throw new WireError('type bitmap windows out of order');
    if (len < 1 || len > 32) throw new WireError(`type bitmap window length ${len} is not 1-32`);
    const b = r.bytes(len, 'a type bitmap');
    if (b[len - 1] === 0) throw new WireError('type bitmap window has trailing zero octets');
    for (let j = 0; j < len; j++) for (let k = 0; k < 8; k++) if (b[j]! & (0x80 >>> k)) out.push(win * 256 + j * 8 + k);
    last = win;
  }
  return out;
}

const bitmapKind: Kind = {
  arity: 'rest',
  min: 0,
  parse: (s, spec) => parseTypeList(s, spec, 0xffff),
  toWire: (w, v) => writeBitmap(w, v as number[]),
  fromWire: (r) => readBitmap(r),
  present: (v) => (v as number[]).map(typeName).join(' '),
};

/** NSEC bitmap: at least one type; BIND 9.18 refuses an NSEC without types (FORMERR), in text and \# form. */
const nsecBitmapKind: Kind = { ...bitmapKind, min: 1 };

/** NXT (RFC 2535) bitmap: types 1-127, bit 0 unused, trailing zero octets dropped. */
const nxtBitmapKind: Kind = {
  arity: 'rest',
  min: 0,
  parse: (s, spec) => parseTypeList(s, spec, 127),
  toWire(w, v) {
    const types = v as number[];
    if (types.length === 0) return;
    const bits = new Uint8Array((types[types.length - 1]! >>> 3) + 1);
    for (const t of types) bits[t >>> 3]! |= 0x80 >>> (t & 7);
    w.bytes(bits);
  },
  fromWire(r) {
    const b = r.rest();
    const out: number[] = [];
    for (let j = 0; j < b.length; j++) for (let k = 0; k < 8; k++) if (b[j]! & (0x80 >>> k)) out.push(j * 8 + k);
    return out;
  },
  present: (v) => (v as number[]).map(typeName).join(' '),
};

// ---------------------------------------------------------------------------------------------------------
// WKS

const protocolKind = intKind(U8, 8, PROTOCOLS);

const servicesKind: Kind = {
  arity: 'rest',
  min: 0,
  parse(s, spec) {
    const set = new Set<number>();
    while (s.pos < s.tokens.length) {
      const t = s.tokens[s.pos++]!;
      let v = parseUint(t.text, U16);
      if (v < 0) v = servicePort(t.text, fieldValue(s.fields, 'protocol') as number);
      if (v < 0) return fail(s, t, `${label(s, spec)}: unknown service ${show(t.text)} (use a port number 0-65535)`);
      set.add(v);
    }
    return [...set].sort((a, b) => a - b);
  },
  toWire(w, v) {
    const ports = v as number[];
    if (ports.length === 0) return;
    const bits = new Uint8Array((ports[ports.length - 1]! >>> 3) + 1);
    for (const p of ports) bits[p >>> 3]! |= 0x80 >>> (p & 7);
    w.bytes(bits);
  },
  fromWire(r) {
    const b = r.rest();
    const out: number[] = [];
    for (let j = 0; j < b.length; j++) for (let k = 0; k < 8; k++) if (b[j]! & (0x80 >>> k)) out.push(j * 8 + k);
    return out;
  },
  present: (v) => (v as number[]).join(' '),
};

// ---------------------------------------------------------------------------------------------------------
// NSAP, ATMA

/** NSAP: `0x` + hex digits, dots allowed anywhere after 0x; value Uint8Array. */
const nsapKind: Kind = {
  arity: 'one',
  parse(s, spec) {
    const t = s.tokens[s.pos++]!;
    const x = t.text;
    if (x.length < 3 || x[0] !== '0' || (x[1] !== 'x' && x[1] !== 'X')) {
      return fail(s, t, `${label(s, spec)} must be 0x followed by hex digits; found ${show(x)}`);
    }
    const b = decodeHex([x.slice(2).replace(/\./g, '')]);
    if (typeof b === 'string' || b.length === 0) {
      return fail(s, t, `${label(s, spec)} must be 0x followed by an even number of hex digits (dots allowed); found ${show(x)}`);
    }
    return b;
  },
  toWire: (w, v) => w.bytes(v as Uint8Array),
  fromWire: (r) => {
    const b = r.rest();
    if (b.length === 0) throw new WireError('empty NSAP');
    return b;
  },
  present: (v) => '0x' + encodeHex(v as Uint8Array, true),
};

/** ATMA: E.164 (`+` digits, dots ignored) or NSAP hex (dots ignored). Value {format:0|1, address}. */
interface AtmaValue {
  format: number;
  /** Format 0: hex; format 1: digits. */
  address: string;
}
const atmaKind: Kind = {
  arity: 'one',
  parse(s, spec) {
    const t = s.tokens[s.pos++]!;
    const x = t.text.replace(/\./g, '');
    if (x.startsWith('+')) {
      if (!/^\+[0-9]+$/.test(x)) return fail(s, t, `${label(s, spec)} E.164 address must be + followed by digits; found ${show(t.text)}`);
      return { format: 1, address: x.slice(1) } satisfies AtmaValue;
    }
    if (!/^([0-9A-Fa-f]{2})+$/.test(x)) {
      return fail(s, t, `${label(s, spec)} must be +digits (E.164) or an even number of hex digits (NSAP); found ${show(t.text)}`);
    }
    return { format: 0, address: x.toLowerCase() } satisfies AtmaValue;
  },
  toWire(w, v) {
    const a = v as AtmaValue;
    w.u8(a.format);
    if (a.format === 0) w.bytes(decodeHex([a.address]) as Uint8Array);
    else for (let i = 0; i < a.address.length; i++) w.u8(a.address.charCodeAt(i));
  },
  fromWire(r) {
    const format = r.u8('the ATMA format');
    const b = r.rest();
    if (format === 0) return { format, address: encodeHex(b, true) };
    if (format === 1) {
      let x = '';
      for (const c of b) {
        if (c < 48 || c > 57) throw new WireError('ATMA E.164 address has a non-digit');
        x += String.fromCharCode(c);
      }
      return { format, address: x };
    }
    throw new WireError(`ATMA format ${format} is not defined`);
  },
  present: (v) => ((v as AtmaValue).format === 1 ? '+' : '') + (v as AtmaValue).address,
};

// ---------------------------------------------------------------------------------------------------------
// Windows DNS WINS / WINS-R (MS-DNSP DNS_RPC_RECORD_WINS/WINSR; the wire is the same fields, big endian):
// mapping flag u32, lookup timeout u32, cache timeout u32, then WINS: server count u32 + IPv4 addresses,
// WINS-R: the result domain (a name). Written `[LOCAL] [L<s>] [C<s>]` before the servers/domain; absent
// keywords take the DNS console's defaults (replicated, lookup 2 s, cache 900 s).

const WINS_FLAG_LOCAL = 0x00010000;
const WINS_FLAG_SCOPE = 0x80000000;
const WINS_FLAGS: Record<string, number> = { LOCAL: WINS_FLAG_LOCAL, SCOPE: WINS_FLAG_SCOPE };

/** Mapping flag: value a number (0, LOCAL 0x00010000, SCOPE 0x80000000 or both); consumes LOCAL/SCOPE tokens. */
const winsFlagsKind: Kind = {
  arity: 'custom',
  parse(s) {
    let v = 0;
    while (s.pos < s.tokens.length) {
      const t = s.tokens[s.pos]!;
      const f = t.quoted ? undefined : WINS_FLAGS[t.text.toUpperCase()];
      if (f === undefined) break;
      v = (v | f) >>> 0;
      s.pos++;
    }
    return v;
  },
  toWire: (w, v) => w.u32(v as number),
  fromWire(r) {
    const v = r.u32('the WINS mapping flag');
    if ((v & ~(WINS_FLAG_LOCAL | WINS_FLAG_SCOPE)) !== 0) throw new UntypedWire(`WINS mapping flag 0x${v.toString(16)} has no presentation`);
    return v;
  },
  present(v) {
    const n = v as number;
    const out: string[] = [];
    if (n & WINS_FLAG_LOCAL) out.push('LOCAL');
    if (n & WINS_FLAG_SCOPE) out.push('SCOPE');
    return out.join(' ');
  },
};

/** `L<seconds>` / `C<seconds>`: an optional prefixed u32 (value a number; `fallback` when absent). */
function winsTimeoutKind(prefix: 'L' | 'C', fallback: number, what: string): Kind {
  return {
    arity: 'custom',
    parse(s, spec) {
      const t = s.tokens[s.pos];
      if (t === undefined || t.quoted || t.text.length < 1 || t.text[0]!.toUpperCase() !== prefix) return fallback;
      // A bare name such as `C` or `Lfoo` is not a timeout; only `L` / `C` followed by digits is.
      if (!/^[0-9]+$/.test(t.text.slice(1))) {
        if (/^[0-9]/.test(t.text.slice(1))) return fail(s, t, `${label(s, spec)} must be ${prefix} followed by a number of seconds (${what}); found ${show(t.text)}`);
        return fallback;
      }
      const v = parseUint(t.text.slice(1), U32);
      if (v < 0) return fail(s, t, `${label(s, spec)} must be ${prefix} followed by 0-4294967295 seconds (${what}); found ${show(t.text)}`);
      s.pos++;
      return v;
    },
    toWire: (w, v) => w.u32(v as number),
    fromWire: (r) => r.u32(`the WINS ${what}`),
    present: (v) => prefix + String(v),
  };
}

/** WINS servers: one or more IPv4 addresses (value string[]); wire: a u32 count, then the addresses. */
const winsServersKind: Kind = {
  arity: 'rest',
  min: 1,
  parse(s, spec) {
    const out: string[] = [];
    while (s.pos < s.tokens.length) {
      const t = s.tokens[s.pos++]!;
      if (!isIPv4(t.text)) return fail(s, t, `invalid IPv4 address ${show(t.text)} in ${label(s, spec)}`);
      out.push(t.text);
    }
    return out;
  },
  toWire(w, v) {
    const list = v as string[];
    w.u32(list.length);
    for (const a of list) w.bytes(parseIPv4Bytes(a)!);
  },
  fromWire(r) {
    const n = r.u32('the WINS server count');
    if (n === 0) throw new WireError('WINS record with no server');
    if (n * 4 !== r.left) throw new WireError(`WINS server count ${n} does not match the ${r.left} octets of addresses`);
    const out: string[] = [];
    for (let i = 0; i < n; i++) out.push(formatIPv4(r.bytes(4, 'a WINS server address')));
    return out;
  },
  present: (v) => (v as string[]).join(' '),
};

// ---------------------------------------------------------------------------------------------------------
// Gateways (IPSECKEY gateway, AMTRELAY relay): meaning from the gateway/relay type field.
// Value: null (type 0, written "."), IPv4 text, IPv6 text or name.

function gatewayType(fields: readonly RdataField[]): number {
  const v = fieldValue(fields, 'gatewaytype') ?? fieldValue(fields, 'relaytype');
  return typeof v === 'number' ? v : -1;
}

const gatewayKind: Kind = {
  arity: 'one',
  parse(s, spec) {
    const type = gatewayType(s.fields);
    const t = s.tokens[s.pos++]!;
    switch (type) {
      case 0:
        if (t.text !== '.') return fail(s, t, `${label(s, spec)} must be "." when the ${s.def.name === 'AMTRELAY' ? 'relay' : 'gateway'} type is 0; found ${show(t.text)}`);
        return null;
      case 1:
        s.pos--;
        return ipv4Kind.parse(s, spec);
      case 2:
        s.pos--;
        return ipv6Kind.parse(s, spec);
      case 3:
        return parseNameToken(s, spec, t);
      default: {
        const prev = s.fields.find((f) => f?.name === 'gatewaytype' || f?.name === 'relaytype')!;
        return failRange(s, prev.start, prev.end, `${s.def.name} ${prev.name} must be 0 (none), 1 (IPv4), 2 (IPv6) or 3 (name); found ${type}`);
      }
    }
  },
  toWire(w, v, fields) {
    const type = gatewayType(fields);
    if (type === 1) ipv4Kind.toWire(w, v, fields);
    else if (type === 2) ipv6Kind.toWire(w, v, fields);
    else if (type === 3) w.bytes(nameToWire(v as string));
  },
  fromWire(r, fields) {
    const type = gatewayType(fields);
    if (type === 0) return null;
    if (type === 1) return ipv4Kind.fromWire(r, fields);
    if (type === 2) return ipv6Kind.fromWire(r, fields);
    if (type === 3) return readName(r);
    if (fieldValue(fields, 'relaytype') !== undefined) throw new UntypedWire(`relay type ${type} has no presentation format`);
    throw new WireError(`gateway type ${type} is not defined`);
  },
  present: (v) => (v === null ? '.' : (v as string)),
};

// ---------------------------------------------------------------------------------------------------------
// A6 (RFC 2874): prefix length, address suffix (absent when 128), prefix name (absent when 0)

function a6PrefixLen(fields: readonly RdataField[]): number {
  return fieldValue(fields, 'prefixlen') as number;
}
const a6PrefixLenKind = intKind(128, 8);
const a6SuffixKind: Kind = {
  arity: 'custom',
  parse(s, spec) {
    const plen = a6PrefixLen(s.fields);
    if (plen === 128) return null;
    if (s.pos >= s.tokens.length) return MISSING;
    const t = s.tokens[s.pos++]!;
    const b = parseIPv6Bytes(t.text);
    if (!b) return fail(s, t, `invalid IPv6 address ${show(t.text)} in ${label(s, spec)}`);
    maskPrefix(b, plen);
    return formatIPv6(b);
  },
  toWire(w, v, fields) {
    const plen = a6PrefixLen(fields);
    if (plen === 128) return;
    const b = parseIPv6Bytes(v as string)!;
    w.bytes(b.subarray(Math.floor(plen / 8)));
  },
  fromWire(r, fields) {
    const plen = a6PrefixLen(fields);
    if (plen > 128) throw new WireError(`A6 prefix length ${plen} is more than 128`);
    if (plen === 128) return null;
    const b = new Uint8Array(16);
    const skip = Math.floor(plen / 8);
    b.set(r.bytes(16 - skip, 'the A6 address suffix'), skip);
    maskPrefix(b, plen);
    return formatIPv6(b);
  },
  present: (v) => (v === null ? '' : (v as string)),
};
function maskPrefix(b: Uint8Array, plen: number): void {
  const whole = Math.floor(plen / 8);
  b.fill(0, 0, whole);
  if (plen % 8 && whole < 16) b[whole]! &= 0xff >>> plen % 8;
}
const a6PrefixKind: Kind = {
  arity: 'custom',
  parse(s, spec) {
    if (a6PrefixLen(s.fields) === 0) return null;
    if (s.pos >= s.tokens.length) return MISSING;
    return parseNameToken(s, spec, s.tokens[s.pos++]!);
  },
  toWire(w, v) {
    if (v !== null) w.bytes(nameToWire(v as string));
  },
  fromWire(r, fields) {
    return a6PrefixLen(fields) === 0 ? null : readName(r);
  },
  present: (v) => (v === null ? '' : (v as string)),
};

/** Returned by custom kinds when their token is missing: the driver reports the field count. */
export const MISSING: unique symbol = Symbol('missing');

// ---------------------------------------------------------------------------------------------------------
// DOA data: base64 or "-" (empty), printed unbroken

const doaDataKind = base64Kind(0, false, true);

// ---------------------------------------------------------------------------------------------------------

export const KINDS: Record<string, Kind> = {
  u8: intKind(U8, 8),
  u16: intKind(U16, 16),
  u32: intKind(U32, 32),
  u48: u48Kind,
  u1: u1Kind,
  u7: u7Kind,
  duration: durationKind,
  algorithm: intKind(U8, 8, ALGORITHMS),
  certalgorithm: intKind(U8, 8, ALGORITHMS, ALGORITHM_NAMES),
  digesttype: intKind(U8, 8, DIGEST_TYPES),
  certtype: intKind(U16, 16, CERT_TYPES, CERT_TYPE_NAMES),
  dsyncscheme: intKind(U8, 8, DSYNC_SCHEMES, DSYNC_SCHEME_NAMES),
  protocol: protocolKind,
  type: typeKind,
  time: timeKind,
  name: nameKind,
  names: namesKind,
  ipv4: ipv4Kind,
  ipv6: ipv6Kind,
  l64: l64Kind,
  eui48: euiKind(6),
  eui64: euiKind(8),
  string: stringKind,
  strings: stringsKind,
  x25: x25Kind,
  uri: uriKind,
  caatag: caaTagKind,
  caavalue: caaValueKind,
  base64: base64Kind(1, true),
  'base64*': base64Kind(0, true),
  base64word: base64WordKind,
  doadata: doaDataKind,
  hex: hexKind(1),
  hexword: hexWordKind,
  salt: saltKind,
  base32hex: base32Kind,
  bitmap: bitmapKind,
  nsecbitmap: nsecBitmapKind,
  nxtbitmap: nxtBitmapKind,
  services: servicesKind,
  nsap: nsapKind,
  atma: atmaKind,
  winsflags: winsFlagsKind,
  winslookup: winsTimeoutKind('L', 2, 'lookup timeout'),
  winscache: winsTimeoutKind('C', 900, 'cache timeout'),
  winsservers: winsServersKind,
  gateway: gatewayKind,
  a6prefixlen: a6PrefixLenKind,
  a6suffix: a6SuffixKind,
  a6prefix: a6PrefixKind,
  apl: aplKind,
  loc: locKind,
  svcparams: svcParamsKind,
};

export { Reader, Writer, WireError };
