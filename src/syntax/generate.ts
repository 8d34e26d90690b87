// BIND's $GENERATE: `start-stop[/step]` ranges and `$`, `${offset[,width[,base]]}` substitutions
// (bases d, o, x, X, n, N; n/N print reversed nibbles separated by dots, as for ip6.arpa names).

export interface GenerateRange {
  start: number;
  stop: number;
  step: number;
}

const MAX = 0x7fffffff;

export function parseGenerateRange(text: string): GenerateRange | string {
  const m = /^(\d+)-(\d+)(?:\/(\d+))?$/.exec(text);
  if (!m) return `invalid $GENERATE range "${text}": expected start-stop or start-stop/step`;
  const start = Number(m[1]);
  const stop = Number(m[2]);
  const step = m[3] === undefined ? 1 : Number(m[3]);
  if (start > MAX || stop > MAX) return `$GENERATE range "${text}" is out of bounds (0-${MAX})`;
  if (stop < start) return `$GENERATE range "${text}" ends before it starts`;
  if (step < 1 || step > MAX) return `$GENERATE step in "${text}" must be 1-${MAX}`;
  return { start, stop, step };
}

function nibbles(value: number, width: number, upper: boolean): string {
  const digits = upper ? '0123456789ABCDEF' : '0123456789abcdef';
  let out = '';
  let v = value;
  let w = width;
  do {
    out += digits[v & 0xf];
    v = Math.floor(v / 16);
    if (w > 0) w--;
    if (w > 0 || v !== 0) {
      out += '.';
      if (w > 0) w--;
    }
  } while (v !== 0 || w > 0);
  return out;
}

function format(value: number, width: number, base: string): string | undefined {
  let s: string;
  switch (base) {
    case 'd':
      s = String(value);
      break;
    case 'o':
      s = value.toString(8);
      break;
    case 'x':
      s = value.toString(16);
      break;
    case 'X':
      s = value.toString(16).toUpperCase();
      break;
    case 'n':
    case 'N':
      return nibbles(value, width, base === 'N');
    default:
      return undefined;
  }
  return s.length < width ? '0'.repeat(width - s.length) + s : s;
}

/** Substitute the iterator into a $GENERATE template. `\$` stays an escaped literal dollar. */
export function expandGenerate(template: string, value: number): string | { error: string } {
  if (template.indexOf('$') < 0) return template;
  let out = '';
  for (let i = 0; i < template.length; i++) {
    const c = template[i]!;
    if (c === '\\') {
      out += template.slice(i, i + 2);
      i++;
      continue;
    }
    if (c !== '$') {
      out += c;
      continue;
    }
    if (template[i + 1] === '{') {
      const close = template.indexOf('}', i);
      if (close < 0) return { error: `$GENERATE modifier in "${template}" has no closing "}"` };
      const parts = template.slice(i + 2, close).split(',');
      const m0 = /^[+-]?\d+$/.test(parts[0] ?? '');
      const m1 = parts[1] === undefined || /^\d+$/.test(parts[1]);
      if (!m0 || !m1 || parts.length > 3 || (parts[2] !== undefined && !/^[doxXnN]$/.test(parts[2]))) {
        return { error: `invalid $GENERATE modifier "\${${parts.join(',')}}": expected \${offset[,width[,base]]} with base d, o, x, X, n or N` };
      }
      const offset = Number(parts[0]);
      const width = parts[1] === undefined ? 0 : Number(parts[1]);
      if (width > 255) return { error: `$GENERATE width ${width} is too large` };
      let v = value + offset;
      if (v > MAX) return { error: `$GENERATE value ${v} (${value} with offset ${offset}) is out of range (maximum ${MAX})` };
      // BIND computes in unsigned 32-bit arithmetic: a negative result wraps around.
      if (v < 0) v = v >>> 0;
      out += format(v, width, parts[2] ?? 'd') ?? '';
      i = close;
      continue;
    }
    if (template[i + 1] === '$') {
      // `$$` is a literal dollar sign (BIND).
      out += '\\$';
      i++;
      continue;
    }
    out += String(value);
  }
  return out;
}
