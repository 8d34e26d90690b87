// Character codes the zone-file scanners compare against (charCodeAt, no one-character strings), and where an
// unquoted token ends: the parser and record-layout.ts read tokens the same way.
export const SPACE = 32;
export const TAB = 9;
export const CR = 13;
export const LF = 10;
export const SEMI = 59;
export const LPAREN = 40;
export const RPAREN = 41;
export const QUOTE = 34;
export const BACKSLASH = 92;
export const DOLLAR = 36;

/** 1 for ASCII characters that continue a plain token: not blanks, newlines, `;`, `(`, `)`, `"`, backslash. */
const PLAIN = new Uint8Array(128).fill(1);
for (const c of [SPACE, TAB, LF, CR, SEMI, LPAREN, RPAREN, QUOTE, BACKSLASH]) PLAIN[c] = 0;

/** End offset (exclusive) of the unquoted token starting at `start`; a backslash escapes anything but a newline. */
export function plainTokenEnd(text: string, start: number): number {
  const n = text.length;
  let p = start;
  while (p < n) {
    const d = text.charCodeAt(p);
    // One table load for the common character (a letter, digit, dot...) instead of nine comparisons.
    if (d >= 128 || PLAIN[d] === 1) p++;
    else if (d === BACKSLASH) p += p + 1 < n && text.charCodeAt(p + 1) !== LF ? 2 : 1;
    else break;
  }
  return p > n ? n : p;
}
