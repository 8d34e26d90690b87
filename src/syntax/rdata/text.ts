// Text helpers shared by the rdata kinds: numbers, character-strings, base64/hex/base32hex, IP addresses.
// All scanners work on char codes; none allocates on the success path of the common kinds beyond the result.

const encoder = new TextEncoder();

/** Decimal integer 0..max written with digits only (leading zeros allowed, as BIND does); -1 when invalid. */
export function parseUint(text: string, max: number): number {
  const n = text.length;
  if (n === 0 || n > 16) return -1;
  let v = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    v = v * 10 + c;
  }
  return v <= max ? v : -1;
}

export const U8 = 0xff;
export const U16 = 0xffff;
export const U32 = 0xffffffff;
export const U48 = 0xffffffffffff;

/**
 * TTL-style duration as BIND's dns_ttl_fromtext reads it: a plain number, or number+unit groups
 * (`1w2d3h4m5s`, units case-insensitive). Returns -1 when invalid or above 2^32-1.
 */
export function parseDuration(text: string): number {
  const n = text.length;
  if (n === 0) return -1;
  let total = 0;
  let cur = 0;
  let digits = 0;
  let units = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      cur = cur * 10 + (c - 48);
      digits++;
      if (digits > 10) return -1;
      continue;
    }
    if (digits === 0) return -1;
    let mul: number;
    switch (c | 0x20) {
      case 0x77: mul = 604800; break; // w
      case 0x64: mul = 86400; break; // d
      case 0x68: mul = 3600; break; // h
      case 0x6d: mul = 60; break; // m
      case 0x73: mul = 1; break; // s
      default: return -1;
    }
    total += cur * mul;
    cur = 0;
    digits = 0;
    units++;
  }
  if (digits > 0) {
    if (units > 0) return -1; // trailing digits without a unit after units (BIND: "1h30" is an error)
    total = cur;
  }
  return total <= U32 ? total : -1;
}

// ---------------------------------------------------------------------------------------------------------
// character-strings

/** True when `text` is a character-string that needs no unescaping and is already canonical. */
export function isPlainString(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 || c >= 0x7f || c === 92 || c === 34) return false;
  }
  return true;
}

/** Unescape a character-string as written (\X and \DDD decimal). Returns bytes or an error message. */
export function decodeString(text: string): Uint8Array | string {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 92) {
      if (i + 1 >= text.length) return 'a backslash at the end escapes nothing';
      const d1 = text.charCodeAt(i + 1);
      if (d1 >= 48 && d1 <= 57) {
        const d2 = text.charCodeAt(i + 2);
        const d3 = text.charCodeAt(i + 3);
        if (!(d2 >= 48 && d2 <= 57 && d3 >= 48 && d3 <= 57)) return 'a \\DDD escape needs exactly three decimal digits';
        const v = (d1 - 48) * 100 + (d2 - 48) * 10 + (d3 - 48);
        if (v > 255) return `\\${text.slice(i + 1, i + 4)} is not a byte value (0-255)`;
        out.push(v);
        i += 3;
      } else if (d1 >= 0x80) {
        const cp = text.codePointAt(i + 1)!;
        for (const b of encoder.encode(String.fromCodePoint(cp))) out.push(b);
        i += cp > 0xffff ? 2 : 1;
      } else {
        out.push(d1);
        i += 1;
      }
    } else if (c >= 0x80) {
      const cp = text.codePointAt(i)!;
      for (const b of encoder.encode(String.fromCodePoint(cp))) out.push(b);
      if (cp > 0xffff) i++;
    } else out.push(c);
  }
  return Uint8Array.from(out);
}

/** Canonical presentation (without quotes) of character-string bytes, as BIND prints TXT. */
export function presentStringBytes(b: Uint8Array, escapeSpace = false): string {
  let s = '';
  for (let i = 0; i < b.length; i++) {
    const c = b[i]!;
    if (c === 34 || c === 92) s += '\\' + String.fromCharCode(c);
    else if (c < 0x20 || c >= 0x7f || (escapeSpace && c === 0x20)) s += '\\' + String(c).padStart(3, '0');
    else s += String.fromCharCode(c);
  }
  return s;
}

/** Bytes of a canonical character-string value (the kinds' value form). */
export function stringValueBytes(v: string): Uint8Array {
  if (isPlainString(v)) {
    const out = new Uint8Array(v.length);
    for (let i = 0; i < v.length; i++) out[i] = v.charCodeAt(i);
    return out;
  }
  const d = decodeString(v);
  if (typeof d === 'string') throw new Error(d);
  return d;
}

// ---------------------------------------------------------------------------------------------------------
// base64

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const B64REV = new Int8Array(128).fill(-1);
for (let i = 0; i < 64; i++) B64REV[B64.charCodeAt(i)] = i;

/** Decode base64 written across several strings (concatenated, as BIND does). Error message on failure. */
export function decodeBase64(parts: string[]): Uint8Array | string {
  let text = parts.length === 1 ? parts[0]! : parts.join('');
  const n = text.length;
  if (n % 4 !== 0) return `base64 text of ${n} characters is not a multiple of 4`;
  let pad = 0;
  if (n > 0 && text.charCodeAt(n - 1) === 61) pad = text.charCodeAt(n - 2) === 61 ? 2 : 1;
  const out = new Uint8Array((n / 4) * 3 - pad);
  let o = 0;
  for (let i = 0; i < n; i += 4) {
    let v = 0;
    for (let j = 0; j < 4; j++) {
      const c = text.charCodeAt(i + j);
      let d: number;
      if (c === 61 && i + 4 === n && j >= 4 - pad) d = 0;
      else {
        d = c < 128 ? B64REV[c]! : -1;
        if (d < 0) {
          if (c === 61) return 'misplaced "=" padding in base64';
          return `invalid base64 character "${text[i + j]}"`;
        }
      }
      v = (v << 6) | d;
    }
    out[o++] = v >>> 16;
    if (o < out.length) out[o++] = (v >>> 8) & 0xff;
    if (o < out.length) out[o++] = v & 0xff;
  }
  text = '';
  return out;
}

export function encodeBase64(b: Uint8Array): string {
  let s = '';
  let i = 0;
  for (; i + 2 < b.length; i += 3) {
    const v = (b[i]! << 16) | (b[i + 1]! << 8) | b[i + 2]!;
    s += B64[v >>> 18]! + B64[(v >>> 12) & 63]! + B64[(v >>> 6) & 63]! + B64[v & 63]!;
  }
  if (i < b.length) {
    const v = (b[i]! << 16) | ((i + 1 < b.length ? b[i + 1]! : 0) << 8);
    s += B64[v >>> 18]! + B64[(v >>> 12) & 63]!;
    s += i + 1 < b.length ? B64[(v >>> 6) & 63]! + '=' : '==';
  }
  return s;
}

// ---------------------------------------------------------------------------------------------------------
// hex

function hexVal(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  const l = c | 0x20;
  if (l >= 97 && l <= 102) return l - 87;
  return -1;
}

/** Decode hex written across several strings. Error message on failure. */
export function decodeHex(parts: string[]): Uint8Array | string {
  let total = 0;
  for (const p of parts) total += p.length;
  if (total % 2 !== 0) return `hex has an odd number of digits (${total})`;
  const out = new Uint8Array(total / 2);
  let o = 0;
  let hi = -1;
  for (const p of parts) {
    for (let i = 0; i < p.length; i++) {
      const d = hexVal(p.charCodeAt(i));
      if (d < 0) return `invalid hex digit "${p[i]}"`;
      if (hi < 0) hi = d;
      else {
        out[o++] = (hi << 4) | d;
        hi = -1;
      }
    }
  }
  return out;
}

const HEX = '0123456789ABCDEF';
export function encodeHex(b: Uint8Array, lower = false): string {
  const digits = lower ? '0123456789abcdef' : HEX;
  let s = '';
  for (let i = 0; i < b.length; i++) s += digits[b[i]! >>> 4]! + digits[b[i]! & 15]!;
  return s;
}

/** Split a long token into chunks of `width` separated by spaces (BIND's one-line output of base64/hex). */
export function chunk(s: string, width = 56): string {
  if (s.length <= width) return s;
  let out = s.slice(0, width);
  for (let i = width; i < s.length; i += width) out += ' ' + s.slice(i, i + width);
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// base32hex (RFC 4648 §7, no padding), NSEC3 next hashed owner

const B32 = '0123456789ABCDEFGHIJKLMNOPQRSTUV';

export function decodeBase32Hex(text: string): Uint8Array | string {
  const n = text.length;
  const rem = n % 8;
  if (rem === 1 || rem === 3 || rem === 6) return `base32hex text of ${n} characters is not a valid length`;
  const out = new Uint8Array(Math.floor((n * 5) / 8));
  let acc = 0;
  let bits = 0;
  let o = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    let d: number;
    if (c >= 48 && c <= 57) d = c - 48;
    else {
      const l = c | 0x20;
      if (l >= 97 && l <= 118) d = l - 87;
      else if (c === 61) return 'base32hex padding "=" is not allowed here';
      else return `invalid base32hex character "${text[i]}"`;
    }
    acc = ((acc << 5) | d) & 0xffff;
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (acc >>> bits) & 0xff;
    }
  }
  if (bits > 0 && (acc & ((1 << bits) - 1)) !== 0) return 'base32hex text has non-zero trailing bits';
  return out;
}

export function encodeBase32Hex(b: Uint8Array): string {
  let s = '';
  let acc = 0;
  let bits = 0;
  for (let i = 0; i < b.length; i++) {
    acc = ((acc << 8) | b[i]!) & 0xffff;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      s += B32[(acc >>> bits) & 31]!;
    }
  }
  if (bits > 0) s += B32[(acc << (5 - bits)) & 31]!;
  return s;
}

// ---------------------------------------------------------------------------------------------------------
// IP addresses

/** Parse a strict dotted quad (BIND's inet_pton: 4 parts, no leading zeros). Returns undefined if invalid. */
export function parseIPv4Bytes(text: string, out?: Uint8Array, at = 0): Uint8Array | undefined {
  const n = text.length;
  if (n < 7 || n > 15) return undefined;
  const res = out ?? new Uint8Array(4);
  let part = 0;
  let v = 0;
  let digits = 0;
  let first = 0;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? text.charCodeAt(i) : 46;
    if (c === 46) {
      if (digits === 0 || part > 3) return undefined;
      if (digits > 1 && first === 0) return undefined;
      res[at + part] = v;
      part++;
      v = 0;
      digits = 0;
    } else {
      const d = c - 48;
      if (d < 0 || d > 9) return undefined;
      if (digits === 0) first = d;
      v = v * 10 + d;
      if (++digits > 3 || v > 255) return undefined;
    }
  }
  return part === 4 ? res : undefined;
}

/** True when `text` is a valid dotted quad (the canonical form is the text itself). */
export function isIPv4(text: string): boolean {
  return parseIPv4Bytes(text, SCRATCH4) !== undefined;
}
const SCRATCH4 = new Uint8Array(4);

export function formatIPv4(b: Uint8Array, at = 0): string {
  return `${b[at]}.${b[at + 1]}.${b[at + 2]}.${b[at + 3]}`;
}

/** Parse RFC 4291 text (with `::` and an embedded dotted quad). Returns 16 bytes (in `out` if given) or undefined. */
export function parseIPv6Bytes(text: string, out?: Uint8Array): Uint8Array | undefined {
  const n = text.length;
  if (n < 2 || n > 45) return undefined;
  const res = out ?? new Uint8Array(16);
  const gap = text.indexOf('::');
  if (gap < 0) return groups(text, 0, n, res, 0, true) === 16 ? res : undefined;
  if (text.indexOf('::', gap + 1) >= 0) return undefined;
  let o = 0;
  if (gap > 0) {
    o = groups(text, 0, gap, res, 0, false);
    if (o < 0) return undefined;
  }
  if (gap + 2 < n) {
    // parse the tail right after the head, then move it to the end
    const t = groups(text, gap + 2, n, res, o, true);
    if (t < 0 || o + t > 14) return undefined;
    res.copyWithin(16 - t, o, o + t);
    res.fill(0, o, 16 - t);
  } else {
    if (o > 14) return undefined;
    res.fill(0, o, 16);
  }
  return res;
}

/** Parse `h:h:...` groups in text[from, to) into out at `at`; returns bytes written or -1. */
function groups(text: string, from: number, to: number, out: Uint8Array, at: number, v4ok: boolean): number {
  let o = at;
  let v = 0;
  let digits = 0;
  let groupStart = from;
  for (let i = from; i <= to; i++) {
    const c = i < to ? text.charCodeAt(i) : 58;
    if (c === 58) {
      if (digits === 0 || o + 2 > 16) return -1;
      out[o++] = v >>> 8;
      out[o++] = v & 0xff;
      v = 0;
      digits = 0;
      groupStart = i + 1;
    } else if (c === 46) {
      if (!v4ok || o + 4 > 16) return -1;
      if (parseIPv4Bytes(text.slice(groupStart, to), out, o) === undefined) return -1;
      return o + 4 - at;
    } else {
      const d = hexVal(c);
      if (d < 0 || ++digits > 4) return -1;
      v = (v << 4) | d;
    }
  }
  return o - at;
}

/** RFC 5952 text as inet_ntop prints it (BIND's output). */
export function formatIPv6(b: Uint8Array, at = 0): string {
  let bestBase = -1;
  let bestLen = 0;
  let curBase = -1;
  let curLen = 0;
  for (let i = 0; i < 8; i++) {
    if (b[at + 2 * i] === 0 && b[at + 2 * i + 1] === 0) {
      if (curBase < 0) {
        curBase = i;
        curLen = 1;
      } else curLen++;
      if (curLen > bestLen) {
        bestBase = curBase;
        bestLen = curLen;
      }
    } else curBase = -1;
  }
  if (bestLen < 2) bestBase = -1;
  let s = '';
  for (let i = 0; i < 8; i++) {
    if (bestBase >= 0 && i >= bestBase && i < bestBase + bestLen) {
      if (i === bestBase) s += ':';
      continue;
    }
    if (i !== 0) s += ':';
    if (i === 6 && bestBase === 0 && (bestLen === 6 || (bestLen === 5 && b[at + 10] === 0xff && b[at + 11] === 0xff))) {
      s += formatIPv4(b, at + 12);
      break;
    }
    s += (((b[at + 2 * i]! << 8) | b[at + 2 * i + 1]!) >>> 0).toString(16);
  }
  if (bestBase >= 0 && bestBase + bestLen === 8) s += ':';
  return s;
}
