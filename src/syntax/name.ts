// Domain names in presentation form. Names are kept as canonical presentation strings (absolute, trailing
// dot, case as written, escapes normalised) because rules and `dump` need text, and a string per name is
// cheaper than label arrays. Comparison uses `nameKey` (ASCII lower case, as DNS compares names).

export type NameResult = { name: string; error?: undefined } | { name?: undefined; error: string };

const BACKSLASH = 92;
const DOT = 46;

/** Characters that must be escaped in a label's presentation form (RFC 1035 §5.1 plus BIND's set). */
function needsEscape(byte: number): boolean {
  return byte === 46 || byte === 59 || byte === 92 || byte === 34 || byte === 40 || byte === 41 || byte === 64 || byte === 36;
}

function escapeByte(byte: number): string {
  if (byte <= 0x20 || byte >= 0x7f) return '\\' + String(byte).padStart(3, '0');
  if (needsEscape(byte)) return '\\' + String.fromCharCode(byte);
  return String.fromCharCode(byte);
}

const encoder = new TextEncoder();

/**
 * Decode a name as written into labels of bytes. Returns an error string on bad escapes or empty labels.
 * `absolute` tells whether the written name ended with an unescaped dot.
 */
export function decodeName(text: string): { labels: Uint8Array[]; absolute: boolean } | string {
  if (text === '.') return { labels: [], absolute: true };
  const labels: Uint8Array[] = [];
  let bytes: number[] = [];
  let absolute = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === BACKSLASH) {
      if (i + 1 >= text.length) return 'a backslash at the end of a name escapes nothing';
      const d1 = text.charCodeAt(i + 1);
      if (d1 >= 48 && d1 <= 57) {
        const d2 = text.charCodeAt(i + 2);
        const d3 = text.charCodeAt(i + 3);
        if (!(d2 >= 48 && d2 <= 57 && d3 >= 48 && d3 <= 57)) return 'a \\DDD escape needs exactly three decimal digits';
        const v = (d1 - 48) * 100 + (d2 - 48) * 10 + (d3 - 48);
        if (v > 255) return `\\${text.slice(i + 1, i + 4)} is not a byte value (0-255)`;
        bytes.push(v);
        i += 3;
      } else {
        // \X: the character itself (may be non-ASCII: encode as UTF-8).
        if (d1 >= 0x80) {
          const cp = text.codePointAt(i + 1)!;
          for (const b of encoder.encode(String.fromCodePoint(cp))) bytes.push(b);
          i += cp > 0xffff ? 2 : 1;
        } else {
          bytes.push(d1);
          i += 1;
        }
      }
    } else if (c === DOT) {
      if (bytes.length === 0) return i === 0 ? 'a name cannot start with an empty label (leading dot)' : 'empty label (two dots in a row)';
      labels.push(Uint8Array.from(bytes));
      bytes = [];
      if (i === text.length - 1) absolute = true;
    } else if (c >= 0x80) {
      const cp = text.codePointAt(i)!;
      for (const b of encoder.encode(String.fromCodePoint(cp))) bytes.push(b);
      if (cp > 0xffff) i++;
    } else {
      bytes.push(c);
    }
  }
  if (bytes.length > 0) labels.push(Uint8Array.from(bytes));
  return { labels, absolute };
}

export function labelsToName(labels: Uint8Array[]): string {
  if (labels.length === 0) return '.';
  let out = '';
  for (const label of labels) {
    for (let j = 0; j < label.length; j++) out += escapeByte(label[j]!);
    out += '.';
  }
  return out;
}

/** Wire length (octets) of a canonical absolute name. */
export function wireLength(name: string): number {
  if (name === '.') return 1;
  const d = decodeName(name);
  if (typeof d === 'string') return 0;
  return labelsWireLength(d.labels);
}

function labelsWireLength(labels: Uint8Array[]): number {
  let n = 1;
  for (const l of labels) n += l.length + 1;
  return n;
}

// Relative names are resolved against the same origin again and again: remember its wire length.
let lastOrigin = '.';
let lastOriginLength = 1;
function originWireLength(origin: string): number {
  if (origin !== lastOrigin) {
    lastOriginLength = wireLength(origin);
    lastOrigin = origin;
  }
  return lastOriginLength;
}

function checkLabels(labels: Uint8Array[]): string | undefined {
  let total = 1;
  for (const l of labels) {
    if (l.length > 63) return `label of ${l.length} octets is longer than 63`;
    total += l.length + 1;
  }
  if (total > 255) return `name of ${total} octets is longer than 255`;
  return undefined;
}

/** Why the last `resolveName` call failed. */
export let lastNameError = '';

function fail(message: string): undefined {
  lastNameError = message;
  return undefined;
}

/**
 * Resolve a name as written (`@`, relative or absolute, with escapes) against `origin` (canonical, absolute):
 * the canonical name, or undefined with the reason in `lastNameError`. The hot paths (the owner and rdata
 * names of every record) use this form: one string allocated, no result object.
 */
export function resolveName(text: string, origin: string): string | undefined {
  if (text === '@') return origin;
  if (text.length === 0) return fail('empty name');
  // Fast path, one pass over the text: plain printable ASCII without escapes, specials, `@` or `$` (which
  // canonical names escape), checking label lengths and dots without decoding.
  let labelLen = 0;
  let total = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === DOT) {
      if (labelLen === 0) {
        if (text.length === 1) return '.';
        return fail(i === 0 ? 'a name cannot start with an empty label (leading dot)' : 'empty label (two dots in a row)');
      }
      if (labelLen > 63) return fail(`label of ${labelLen} octets is longer than 63`);
      total += labelLen + 1;
      labelLen = 0;
    } else if (c <= 0x20 || c >= 0x7f || c === BACKSLASH || c === 59 || c === 34 || c === 40 || c === 41 || c === 64 || c === 36) {
      return canonical(text, origin);
    } else labelLen++;
  }
  if (labelLen > 63) return fail(`label of ${labelLen} octets is longer than 63`);
  total += labelLen > 0 ? labelLen + 1 : 0;
  if (labelLen === 0) return total > 255 ? fail(`name of ${total} octets is longer than 255`) : text;
  total += originWireLength(origin) - 1;
  if (total > 255) return fail(`name of ${total} octets is longer than 255`);
  // The origin is canonical, so the name is. Reading a character flattens the rope `text + '.' + origin` into
  // one string while it is young, so the garbage collector keeps only that string (measured: with ropes left
  // in the records, the model and rules of a million-record zone took ~0.3 s longer). The test keeps the read
  // from being optimised away; a plain name never starts with `@`.
  const name = origin === '.' ? text + '.' : text + '.' + origin;
  return name.charCodeAt(0) === 64 ? canonical(text, origin) : name;
}

function canonical(text: string, origin: string): string | undefined {
  const d = decodeName(text);
  if (typeof d === 'string') return fail(d);
  let labels = d.labels;
  if (!d.absolute) {
    const o = decodeName(origin);
    if (typeof o === 'string') return fail(o);
    labels = labels.concat(o.labels);
  }
  const err = checkLabels(labels);
  if (err) return fail(err);
  return labelsToName(labels);
}

/** `resolveName` with a result object: {name} or {error}. */
export function parseName(text: string, origin: string): NameResult {
  const name = resolveName(text, origin);
  return name === undefined ? { error: lastNameError } : { name };
}

/** Key for comparing names: ASCII case folded (DNS name comparison, RFC 4343). */
export function nameKey(name: string): string {
  // Canonical form turns printable bytes into characters, so folding ASCII letters is enough. Most names are
  // already lower case: return them as they are instead of allocating a copy (this runs for every record in
  // several rules).
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c >= 65 && c <= 90) return name.toLowerCase();
  }
  return name;
}

/** Uncompressed wire form of a canonical absolute name. */
export function nameToWire(name: string): Uint8Array {
  const d = decodeName(name);
  if (typeof d === 'string') throw new Error(d);
  const out = new Uint8Array(labelsWireLength(d.labels));
  let p = 0;
  for (const l of d.labels) {
    out[p++] = l.length;
    out.set(l, p);
    p += l.length;
  }
  out[p] = 0;
  return out;
}

/** True when `name` equals `ancestor` or lies below it (both canonical absolute). */
export function isSubdomain(name: string, ancestor: string): boolean {
  if (ancestor === '.') return true;
  return isSubdomainKey(nameKey(name), nameKey(ancestor));
}

/** isSubdomain for keys (nameKey already applied to both). */
export function isSubdomainKey(n: string, a: string): boolean {
  if (a === '.' || n === a) return true;
  const dot = n.length - a.length - 1;
  // No concatenation: this runs for every record in several rules.
  return dot > 0 && n.charCodeAt(dot) === DOT && n.endsWith(a) && !isEscapedDotBefore(n, dot);
}

function isEscapedDotBefore(s: string, dotIndex: number): boolean {
  let backslashes = 0;
  for (let i = dotIndex - 1; i >= 0 && s.charCodeAt(i) === BACKSLASH; i--) backslashes++;
  return backslashes % 2 === 1;
}

/** Labels of a canonical name, in presentation form, without the root (e.g. ['www','example','com']). */
export function splitLabels(name: string): string[] {
  if (name === '.') return [];
  const out: string[] = [];
  let cur = '';
  for (let i = 0; i < name.length; i++) {
    const c = name[i]!;
    if (c === '\\') {
      const n = name.charCodeAt(i + 1);
      if (n >= 48 && n <= 57) {
        cur += name.slice(i, i + 4);
        i += 3;
      } else {
        cur += name.slice(i, i + 2);
        i += 1;
      }
    } else if (c === '.') {
      out.push(cur);
      cur = '';
    } else cur += c;
  }
  if (cur) out.push(cur);
  return out;
}

/** The parent name (one label removed), or undefined for the root. */
export function parentName(name: string): string | undefined {
  if (name === '.') return undefined;
  // The first unescaped dot ends the first label (no label arrays: rules call this per name).
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c === BACKSLASH) {
      const d = name.charCodeAt(i + 1);
      i += d >= 48 && d <= 57 ? 3 : 1;
    } else if (c === DOT) return i === name.length - 1 ? '.' : name.slice(i + 1);
  }
  return '.';
}
