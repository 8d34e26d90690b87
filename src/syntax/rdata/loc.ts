// LOC (RFC 1876): d [m [s]] N|S d [m [s]] E|W alt[m] [size[m] [hp[m] [vp[m]]]], defaults 1m 10000m 10m.
// Value: LocValue (wire numbers). Parsing follows BIND: degrees and minutes are integers, seconds have at most
// three decimals, the latitude is at most 90° and the longitude at most 180°; sizes are truncated to one digit
// of mantissa (25m -> 20m), as BIND and Knot encode them.
import type { Token } from '../types.js';
import { BAD, fail, failRange, label, show, type Kind, type ParseState } from './core.js';
import type { FieldSpec } from './api.js';
import { WireError } from './wire.js';

export interface LocValue {
  /** Wire fields: latitude/longitude in thousandths of an arc second offset by 2^31; altitude in cm + 10^7. */
  latitude: number;
  longitude: number;
  altitude: number;
  /** Encoded size / horizontal / vertical precision octets (mantissa << 4 | exponent, in cm). */
  size: number;
  horizPre: number;
  vertPre: number;
}

const EQUATOR = 0x80000000;
const ALT_BASE = 10000000;

/** Decimal `123`, `123.4`, `123.45` (up to `maxFrac` digits), scaled by 10^maxFrac; -1 if invalid. */
function decimal(text: string, maxFrac: number): number {
  const dot = text.indexOf('.');
  const int = dot < 0 ? text : text.slice(0, dot);
  const frac = dot < 0 ? '' : text.slice(dot + 1);
  if (int.length === 0 || int.length > 10 || frac.length > maxFrac || (dot >= 0 && frac.length === 0)) return -1;
  if (!/^[0-9]+$/.test(int) || (frac && !/^[0-9]+$/.test(frac))) return -1;
  return Number(int) * 10 ** maxFrac + Number(frac.padEnd(maxFrac, '0') || '0');
}

function encodePrecision(cm: number): number {
  let e = 0;
  while (cm >= 10 && e < 9) {
    cm = Math.floor(cm / 10);
    e++;
  }
  return (cm << 4) | e;
}

function precisionCm(b: number): number {
  return (b >>> 4) * 10 ** (b & 15);
}

function isDir(t: Token | undefined, a: string, b: string): boolean {
  if (!t) return false;
  const x = t.text.toUpperCase();
  return x === a || x === b;
}

/** Parse `d [m [s]] H`; returns thousandths of arc seconds (signed) or BAD. */
function angle(s: ParseState, spec: FieldSpec, maxDeg: number, pos: string, neg: string, what: string): number | typeof BAD {
  const toks = s.tokens;
  const parts: Token[] = [];
  while (parts.length < 3 && s.pos < toks.length && /^[0-9.]+$/.test(toks[s.pos]!.text)) parts.push(toks[s.pos++]!);
  const dir = toks[s.pos];
  if (parts.length === 0 || !isDir(dir, pos, neg)) {
    const at = dir ?? toks[toks.length - 1];
    if (!at) return BAD;
    return fail(s, at, `${label(s, spec)}: expected ${what} as "degrees [minutes [seconds]] ${pos}|${neg}"; found ${show(at.text)}`);
  }
  s.pos++;
  const deg = decimal(parts[0]!.text, 0);
  if (deg < 0 || deg > maxDeg) return fail(s, parts[0]!, `${label(s, spec)} ${what} degrees must be an integer 0-${maxDeg}; found ${show(parts[0]!.text)}`);
  let min = 0;
  let sec = 0;
  if (parts[1]) {
    min = decimal(parts[1].text, 0);
    if (min < 0 || min > 59) return fail(s, parts[1], `${label(s, spec)} ${what} minutes must be an integer 0-59; found ${show(parts[1].text)}`);
  }
  if (parts[2]) {
    sec = decimal(parts[2].text, 3);
    if (sec < 0 || sec >= 60000) return fail(s, parts[2], `${label(s, spec)} ${what} seconds must be 0-59.999 (at most 3 decimals); found ${show(parts[2].text)}`);
  }
  const total = ((deg * 60 + min) * 60) * 1000 + sec;
  if (total > maxDeg * 3600000) {
    return failRange(s, parts[0]!.start, parts[parts.length - 1]!.end, `${label(s, spec)} ${what} is more than ${maxDeg} degrees`);
  }
  const negative = dir!.text.toUpperCase() === neg;
  return negative ? -total : total;
}

function meters(text: string): string {
  return text.endsWith('m') || text.endsWith('M') ? text.slice(0, -1) : text;
}

export const locKind: Kind = {
  arity: 'rest',
  min: 1,
  parse(s, spec) {
    const lat = angle(s, spec, 90, 'N', 'S', 'latitude');
    if (lat === BAD) return BAD;
    const lon = angle(s, spec, 180, 'E', 'W', 'longitude');
    if (lon === BAD) return BAD;
    const toks = s.tokens;
    const altTok = toks[s.pos];
    if (!altTok) {
      const last = toks[toks.length - 1]!;
      return fail(s, last, `${label(s, spec)}: the altitude is missing after ${show(last.text)}`);
    }
    s.pos++;
    let a = meters(altTok.text);
    const negative = a.startsWith('-');
    if (negative) a = a.slice(1);
    let alt = decimal(a, 2);
    const badAlt = alt < 0;
    if (negative) alt = -alt;
    if (badAlt || alt < -10000000 || alt > 4284967295) {
      return fail(s, altTok, `${label(s, spec)} altitude must be -100000.00 to 42849672.95 metres (at most 2 decimals); found ${show(altTok.text)}`);
    }
    const prec = [100, 1000000, 1000];
    const names = ['size', 'horizontal precision', 'vertical precision'];
    for (let i = 0; i < 3 && s.pos < toks.length; i++) {
      const t = toks[s.pos++]!;
      const v = decimal(meters(t.text), 2);
      if (v < 0 || v > 9000000000) return fail(s, t, `${label(s, spec)} ${names[i]} must be 0 to 90000000.00 metres; found ${show(t.text)}`);
      prec[i] = v;
    }
    if (s.pos < toks.length) {
      return failRange(s, toks[s.pos]!.start, toks[toks.length - 1]!.end, `${label(s, spec)}: unexpected ${show(toks[s.pos]!.text)} after the vertical precision`);
    }
    const value: LocValue = {
      latitude: EQUATOR + lat,
      longitude: EQUATOR + lon,
      altitude: alt + ALT_BASE,
      size: encodePrecision(prec[0]!),
      horizPre: encodePrecision(prec[1]!),
      vertPre: encodePrecision(prec[2]!),
    };
    return value;
  },
  toWire(w, v) {
    const l = v as LocValue;
    w.u8(0);
    w.u8(l.size);
    w.u8(l.horizPre);
    w.u8(l.vertPre);
    w.u32(l.latitude);
    w.u32(l.longitude);
    w.u32(l.altitude);
  },
  fromWire(r) {
    const version = r.u8('the LOC version');
    if (version !== 0) throw new WireError(`LOC version ${version} is not supported`);
    const size = r.u8();
    const horizPre = r.u8();
    const vertPre = r.u8();
    for (const p of [size, horizPre, vertPre]) if (p >>> 4 > 9 || (p & 15) > 9) throw new WireError('LOC precision digit above 9');
    const latitude = r.u32();
    const longitude = r.u32();
    const altitude = r.u32();
    if (Math.abs(latitude - EQUATOR) > 90 * 3600000 || Math.abs(longitude - EQUATOR) > 180 * 3600000) {
      throw new WireError('LOC latitude or longitude out of range');
    }
    if (r.pos !== r.end) throw new WireError('LOC rdata is longer than 16 octets');
    return { latitude, longitude, altitude, size, horizPre, vertPre } satisfies LocValue;
  },
  present(v) {
    const l = v as LocValue;
    const ang = (raw: number, pos: string, neg: string) => {
      let x = raw - EQUATOR;
      const dir = x < 0 ? neg : pos;
      x = Math.abs(x);
      const ms = x % 1000;
      x = Math.floor(x / 1000);
      const sec = x % 60;
      x = Math.floor(x / 60);
      const min = x % 60;
      const deg = Math.floor(x / 60);
      return `${deg} ${min} ${sec}.${String(ms).padStart(3, '0')} ${dir}`;
    };
    const altCm = l.altitude - ALT_BASE;
    const a = Math.abs(altCm);
    const alt = `${altCm < 0 ? '-' : ''}${Math.floor(a / 100)}.${String(a % 100).padStart(2, '0')}m`;
    const p = (b: number) => {
      const m = b >>> 4;
      const e = b & 15;
      return e >= 2 ? `${m * 10 ** (e - 2)}m` : `0.${String(m * 10 ** e).padStart(2, '0')}m`;
    };
    return `${ang(l.latitude, 'N', 'S')} ${ang(l.longitude, 'E', 'W')} ${alt} ${p(l.size)} ${p(l.horizPre)} ${p(l.vertPre)}`;
  },
};

export { precisionCm };
