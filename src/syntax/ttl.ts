// TTLs as BIND reads them: a decimal number of seconds, or units w/d/h/m/s (any case) such as `1w2d3h4m5s`.

const UNIT: Record<string, number> = { w: 604800, d: 86400, h: 3600, m: 60, s: 1 };
export const TTL_MAX = 0xffffffff;

/** Parse a TTL; returns seconds or an error message. */
export function parseTtl(text: string): number | string {
  const n = text.length;
  if (n === 0) return 'empty TTL';
  let total = 0;
  let current = -1;
  let sawUnit = false;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      current = (current < 0 ? 0 : current) * 10 + (c - 48);
      if (current > TTL_MAX) return `TTL "${text}" is larger than ${TTL_MAX}`;
    } else {
      const mult = UNIT[String.fromCharCode(c | 0x20)];
      if (mult === undefined || current < 0) {
        return `invalid TTL "${text}": expected seconds or units such as 1w2d3h4m5s`;
      }
      total += current * mult;
      current = -1;
      sawUnit = true;
    }
  }
  if (current >= 0) {
    // BIND refuses a bare number after unit groups (`1h30`): record TTLs like that are read as an RR type.
    if (sawUnit) return `invalid TTL "${text}": the number after the last unit needs a unit too (like 1h30m)`;
    total += current;
  } else if (!sawUnit) return `invalid TTL "${text}"`;
  if (total > TTL_MAX) return `TTL "${text}" is larger than ${TTL_MAX} seconds`;
  return total;
}

/** True when the token can only be meant as a TTL (starts with a digit). */
export function looksLikeTtl(text: string): boolean {
  const c = text.charCodeAt(0);
  return c >= 48 && c <= 57;
}
