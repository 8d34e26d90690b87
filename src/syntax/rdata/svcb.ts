// SVCB/HTTPS SvcParams (RFC 9460, dohpath RFC 9461, ohttp RFC 9540). Value: SvcParam[] sorted by key, each
// holding its wire value, so presentation and wire share one form.
import type { Token } from '../types.js';
import { BAD, fail, failRange, label, show, type Kind, type ParseState } from './core.js';
import {
  decodeBase64,
  decodeString,
  encodeBase64,
  formatIPv4,
  formatIPv6,
  parseIPv4Bytes,
  parseIPv6Bytes,
  parseUint,
  presentStringBytes,
} from './text.js';
import { Reader, WireError, Writer } from './wire.js';

export interface SvcParam {
  key: number;
  /** Wire-format value (empty for keys without a value). */
  value: Uint8Array;
}

export const SVC_KEYS = ['mandatory', 'alpn', 'no-default-alpn', 'port', 'ipv4hint', 'ech', 'ipv6hint', 'dohpath', 'ohttp'];

export function svcKeyName(key: number): string {
  return SVC_KEYS[key] ?? 'key' + key;
}

/** Key name as written -> number, or -1. Names are case-sensitive (RFC 9460 §2.1). */
function svcKeyCode(name: string): number {
  const i = SVC_KEYS.indexOf(name);
  if (i >= 0) return i;
  if (name.startsWith('key') && name.length > 3) {
    return parseUint(name.slice(3), 0xffff);
  }
  return -1;
}

/** Split a value-list (already unescaped once) on commas; `\,` and `\\` escape (only for alpn). */
function splitList(b: Uint8Array, escapes: boolean): Uint8Array[] | string {
  const items: Uint8Array[] = [];
  let cur: number[] = [];
  for (let i = 0; i < b.length; i++) {
    const c = b[i]!;
    if (escapes && c === 92) {
      const n = b[i + 1];
      if (n !== 44 && n !== 92) return 'in a value list only "\\," and "\\\\" may be escaped';
      cur.push(n);
      i++;
    } else if (c === 44) {
      if (cur.length === 0) return 'empty item in the value list';
      items.push(Uint8Array.from(cur));
      cur = [];
    } else cur.push(c);
  }
  if (cur.length === 0) return b.length === 0 ? 'the value list is empty' : 'empty item in the value list';
  items.push(Uint8Array.from(cur));
  return items;
}

function ascii(b: Uint8Array): string {
  let s = '';
  for (const c of b) s += String.fromCharCode(c);
  return s;
}

/** Encode the value text (once unescaped) of key `key`; returns wire bytes or an error message. */
function encodeValue(key: number, b: Uint8Array | null): Uint8Array | string {
  const w = new Writer(32);
  switch (key) {
    case 0: {
      if (b === null) return 'mandatory needs a value (a comma-separated list of keys)';
      const items = splitList(b, false);
      if (typeof items === 'string') return `mandatory: ${items}`;
      const keys: number[] = [];
      for (const it of items) {
        const k = svcKeyCode(ascii(it));
        if (k < 0) return `mandatory lists an unknown key ${show(ascii(it))}`;
        if (k === 0) return 'mandatory must not list itself';
        if (keys.includes(k)) return `mandatory lists ${svcKeyName(k)} twice`;
        keys.push(k);
      }
      keys.sort((x, y) => x - y);
      for (const k of keys) w.u16(k);
      return w.finish();
    }
    case 1: {
      if (b === null) return 'alpn needs a value (a comma-separated list of protocol ids)';
      const items = splitList(b, true);
      if (typeof items === 'string') return `alpn: ${items}`;
      for (const it of items) {
        if (it.length > 255) return `alpn protocol id is ${it.length} octets; the maximum is 255`;
        w.u8(it.length);
        w.bytes(it);
      }
      return w.finish();
    }
    case 2:
    case 8:
      if (b !== null) return `${svcKeyName(key)} takes no value`;
      return new Uint8Array(0);
    case 3: {
      if (b === null) return 'port needs a value (0-65535)';
      const v = parseUint(ascii(b), 0xffff);
      if (v < 0) return `port must be an integer 0-65535; found ${show(ascii(b))}`;
      w.u16(v);
      return w.finish();
    }
    case 4:
    case 6: {
      const name = svcKeyName(key);
      if (b === null) return `${name} needs a value (a comma-separated list of addresses)`;
      const items = splitList(b, false);
      if (typeof items === 'string') return `${name}: ${items}`;
      for (const it of items) {
        const text = ascii(it);
        const a = key === 4 ? parseIPv4Bytes(text) : parseIPv6Bytes(text);
        if (!a) return `invalid IPv${key === 4 ? 4 : 6} address ${show(text)} in ${name}`;
        w.bytes(a);
      }
      return w.finish();
    }
    case 5: {
      // BIND 9.18 accepts an empty ech (printed as a bare `ech`); Knot does not.
      if (b === null || b.length === 0) return new Uint8Array(0);
      const d = decodeBase64([ascii(b)]);
      if (typeof d === 'string') return `ech is not valid base64: ${d}`;
      return d;
    }
    case 7: {
      if (b === null || b.length === 0) return 'dohpath needs a value (a URI template like /dns-query{?dns})';
      const err = checkDohPath(b);
      return err ?? b;
    }
    default:
      return b ?? new Uint8Array(0);
  }
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** dohpath (RFC 9461): a relative URI template starting with "/" that has a "dns" variable. */
function checkDohPath(b: Uint8Array): string | undefined {
  let text: string;
  try {
    text = utf8.decode(b);
  } catch {
    return 'dohpath is not valid UTF-8';
  }
  if (!text.startsWith('/')) return `dohpath must start with "/"; found ${show(text)}`;
  const vars = /\{[+#./;?&]?([^}]*)\}/g;
  for (let m = vars.exec(text); m; m = vars.exec(text)) {
    if (m[1]!.split(',').some((v) => v.replace(/\*$|:\d+$/, '') === 'dns')) return undefined;
  }
  return `dohpath must contain the "dns" variable, like /dns-query{?dns}; found ${show(text)}`;
}

/** Check the wire value of a key (for keyNNN values and decoded wire); error message or undefined. */
function checkWire(key: number, v: Uint8Array): string | undefined {
  const r = new Reader(v);
  switch (key) {
    case 0:
      if (v.length === 0 || v.length % 2) return 'malformed mandatory value';
      for (let last = -1; r.left; ) {
        const k = r.u16();
        if (k === 0) return 'mandatory must not list itself';
        if (k <= last) return 'mandatory keys are not in increasing order';
        last = k;
      }
      return undefined;
    case 1:
      if (v.length === 0) return 'empty alpn value';
      while (r.left) {
        const n = r.u8();
        if (n === 0 || n > r.left) return 'malformed alpn value';
        r.pos += n;
      }
      return undefined;
    case 2:
    case 8:
      return v.length ? `${svcKeyName(key)} takes no value` : undefined;
    case 3:
      return v.length === 2 ? undefined : 'port value must be 2 octets';
    case 4:
      return v.length && v.length % 4 === 0 ? undefined : 'ipv4hint value must be a non-empty multiple of 4 octets';
    case 6:
      return v.length && v.length % 16 === 0 ? undefined : 'ipv6hint value must be a non-empty multiple of 16 octets';
    case 5:
      return undefined;
    case 7:
      return checkDohPath(v);
    default:
      return undefined;
  }
}

/** Split one param token (and maybe an adjacent quoted token) into key text and raw value text. */
function splitParam(s: ParseState): { key: string; value: string | null; first: Token; last: Token } {
  const t = s.tokens[s.pos++]!;
  const x = t.text;
  const eq = x.indexOf('=');
  if (eq < 0) return { key: x, value: null, first: t, last: t };
  const key = x.slice(0, eq);
  let value = x.slice(eq + 1);
  let last = t;
  if (value === '') {
    const next = s.tokens[s.pos];
    if (next && next.quoted && next.start === t.end) {
      value = next.text;
      last = next;
      s.pos++;
    }
  } else if (value.length >= 2 && value.startsWith('"') && value.endsWith('"')) value = value.slice(1, -1);
  return { key, value, first: t, last };
}

export const svcParamsKind: Kind = {
  arity: 'rest',
  quotable: true,
  min: 0,
  parse(s, spec) {
    const params: SvcParam[] = [];
    const where = new Map<number, [number, number]>();
    while (s.pos < s.tokens.length) {
      const { key: keyText, value, first, last } = splitParam(s);
      if (first.quoted) return fail(s, first, `${label(s, spec)}: expected key=value; found a quoted string`);
      const key = svcKeyCode(keyText);
      if (key < 0) {
        return fail(s, first, `${label(s, spec)}: unknown SvcParamKey ${show(keyText)} (keys are lower case: mandatory, alpn, no-default-alpn, port, ipv4hint, ech, ipv6hint, dohpath, ohttp, keyNNNNN)`);
      }
      if (where.has(key)) return failRange(s, first.start, last.end, `${label(s, spec)}: SvcParamKey ${svcKeyName(key)} appears twice`);
      where.set(key, [first.start, last.end]);
      let bytes: Uint8Array | null = null;
      if (value !== null) {
        const d = decodeString(value);
        if (typeof d === 'string') return failRange(s, first.start, last.end, `${label(s, spec)} ${svcKeyName(key)}: ${d}`);
        if (d.length > 65535) return failRange(s, first.start, last.end, `${label(s, spec)} ${svcKeyName(key)} value is too long`);
        bytes = d;
      }
      let wire: Uint8Array | string;
      if (keyText.startsWith('key')) {
        wire = bytes ?? new Uint8Array(0);
        const err = checkWire(key, wire);
        if (err) wire = `${keyText}: ${err}`;
      } else wire = encodeValue(key, bytes);
      if (typeof wire === 'string') return failRange(s, first.start, last.end, `${label(s, spec)}: ${wire}`);
      params.push({ key, value: wire });
    }
    params.sort((a, b) => a.key - b.key);
    // Consistency as BIND checks it: every mandatory key present; no-default-alpn needs alpn.
    const mand = params.find((p) => p.key === 0);
    if (mand) {
      const r = new Reader(mand.value);
      while (r.left) {
        const k = r.u16();
        if (!where.has(k)) {
          const [a, b] = where.get(0)!;
          return failRange(s, a, b, `${label(s, spec)}: mandatory lists ${svcKeyName(k)} but the record has no ${svcKeyName(k)}`);
        }
      }
    }
    if (where.has(2) && !where.has(1)) {
      const [a, b] = where.get(2)!;
      return failRange(s, a, b, `${label(s, spec)}: no-default-alpn needs an alpn parameter too`);
    }
    return params;
  },
  toWire(w, v) {
    for (const p of v as SvcParam[]) {
      w.u16(p.key);
      w.u16(p.value.length);
      w.bytes(p.value);
    }
  },
  fromWire(r) {
    const out: SvcParam[] = [];
    let last = -1;
    while (r.pos < r.end) {
      const key = r.u16('a SvcParamKey');
      if (key <= last) throw new WireError('SvcParamKeys are not in increasing order');
      last = key;
      const len = r.u16('a SvcParam length');
      const value = r.bytes(len, 'a SvcParamValue');
      const err = checkWire(key, value);
      if (err) throw new WireError(err);
      out.push({ key, value });
    }
    return out;
  },
  present(v) {
    const out: string[] = [];
    for (const p of v as SvcParam[]) out.push(presentParam(p));
    return out.join(' ');
  },
};

function presentParam(p: SvcParam): string {
  const name = svcKeyName(p.key);
  const r = new Reader(p.value);
  switch (p.key) {
    case 0: {
      const keys: string[] = [];
      while (r.left) keys.push(svcKeyName(r.u16()));
      return `${name}=${keys.join(',')}`;
    }
    case 1: {
      const items: string[] = [];
      while (r.left) {
        const item = r.bytes(r.u8());
        const esc: number[] = [];
        for (const c of item) {
          if (c === 44 || c === 92) esc.push(92);
          esc.push(c);
        }
        items.push(presentStringBytes(Uint8Array.from(esc), true));
      }
      return `${name}="${items.join(',')}"`;
    }
    case 2:
    case 8:
      return name;
    case 3:
      return `${name}=${r.u16()}`;
    case 4: {
      const a: string[] = [];
      for (let i = 0; i < p.value.length; i += 4) a.push(formatIPv4(p.value, i));
      return `${name}=${a.join(',')}`;
    }
    case 6: {
      const a: string[] = [];
      for (let i = 0; i < p.value.length; i += 16) a.push(formatIPv6(p.value, i));
      return `${name}=${a.join(',')}`;
    }
    case 5:
      return p.value.length ? `${name}=${encodeBase64(p.value)}` : name;
    default:
      return p.value.length === 0 ? name : `${name}="${presentStringBytes(p.value, true)}"`;
  }
}

export { BAD };
