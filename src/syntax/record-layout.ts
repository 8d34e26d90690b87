// Where a record's owner, TTL and class tokens stand, found again from the source text when asked.
//
// The parser keeps only the record's start and its type token's range: the other token ranges are asked for
// by rules only when they report (and by --fix), so storing six offsets on each of a million records (48
// bytes each, copied twice by the garbage collector) cost more than reading a few characters again here.
import { looksLikeTtl } from './ttl.js';
import { BACKSLASH, CR, LF, LPAREN, QUOTE, RPAREN, SEMI, SPACE, TAB, plainTokenEnd } from './chars.js';


/** End offset (exclusive) of the token that starts at `start`: quoted (with its quotes) or plain. */
export function tokenEnd(text: string, start: number): number {
  const n = text.length;
  let p = start;
  if (text.charCodeAt(p) === QUOTE) {
    for (p++; p < n; p++) {
      const c = text.charCodeAt(p);
      if (c === BACKSLASH) p++;
      else if (c === QUOTE) return p + 1;
      else if (c === LF) return p;
    }
    return n;
  }
  return plainTokenEnd(text, p);
}

/** TTL and class token ranges of a record ([-1, -1] when absent). */
export interface TtlClassLayout {
  ttlStart: number;
  ttlEnd: number;
  classStart: number;
  classEnd: number;
}

/**
 * Read the tokens between a record's owner (or its start, for a blank owner) and its type token: each is the
 * TTL, the Windows `[AGE:n]` or the class, told apart the way the parser tells them apart.
 */
export function ttlClassLayout(
  text: string,
  start: number,
  hasOwnerToken: boolean,
  typeStart: number,
  ageStart: number | undefined,
): TtlClassLayout {
  const out = { ttlStart: -1, ttlEnd: -1, classStart: -1, classEnd: -1 };
  let p = hasOwnerToken ? tokenEnd(text, start) : start;
  while (p < typeStart) {
    const c = text.charCodeAt(p);
    if (c === SPACE || c === TAB || c === CR || c === LF || c === LPAREN || c === RPAREN) {
      p++;
      continue;
    }
    if (c === SEMI) {
      const e = text.indexOf('\n', p);
      p = e < 0 ? text.length : e;
      continue;
    }
    const e = tokenEnd(text, p);
    if (p !== ageStart) {
      if (out.ttlStart < 0 && looksLikeTtl(text.slice(p, e))) {
        out.ttlStart = p;
        out.ttlEnd = e;
      } else {
        out.classStart = p;
        out.classEnd = e;
      }
    }
    p = Math.max(e, p + 1);
  }
  return out;
}
