import { defineRule } from '../src/lint/types.js';
import { docsUrl, lineOf, subRange } from '../src/zone/where.js';
import { nameKey, resolveName, splitLabels } from '../src/syntax/name.js';
import type { RecordNode } from '../src/syntax/types.js';

/** For a name written relative whose labels end with the origin's: the origin it was resolved against. */
function doubledOrigin(writtenText: string, absolute: string): string | undefined {
  const n = writtenText.length;
  if (n === 0 || writtenText === '@') return undefined;
  // Hot path (every relative name of the zone comes here): plain names need no label splitting.
  if (writtenText.indexOf('\\') < 0) {
    if (writtenText.charCodeAt(n - 1) === 46) return undefined; // absolute
    // Relative plain names resolve to `written.origin`.
    if (absolute.length <= n + 1 || absolute.charCodeAt(n) !== 46 || absolute.slice(0, n) !== writtenText) return undefined;
    const origin = absolute.slice(n + 1);
    if (origin === '.' || origin === '') return undefined;
    const bare = origin.slice(0, -1).toLowerCase();
    if (n < bare.length) return undefined;
    const tail = writtenText.slice(n - bare.length).toLowerCase();
    if (tail !== bare || (n > bare.length && writtenText.charCodeAt(n - bare.length - 1) !== 46)) return undefined;
    return origin;
  }
  let backslashes = 0;
  for (let i = n - 2; i >= 0 && writtenText[i] === '\\'; i--) backslashes++;
  if (writtenText.endsWith('.') && backslashes % 2 === 0) return undefined; // absolute
  // Labels compared in canonical form: `\101xample` is `example`.
  const canonical = resolveName(writtenText + '.', '.');
  if (canonical === undefined) return undefined;
  const w = splitLabels(canonical);
  const all = splitLabels(absolute);
  const origin = all.slice(w.length);
  if (origin.length === 0 || w.length < origin.length) return undefined;
  const tail = w.slice(w.length - origin.length);
  for (let i = 0; i < origin.length; i++) if (nameKey(tail[i]!) !== nameKey(origin[i]!)) return undefined;
  return origin.join('.') + '.';
}

function lower(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c;
}

const DOTS = new Int32Array(130);

/**
 * Whether an absolute name ends with the same labels twice (`a.b.c.b.c.`), compared case-insensitively. A
 * relative name that ends with its origin resolves to such a name, so most names are cleared here from the name
 * alone, without finding the written text. Names with escapes are not judged here (true).
 */
function endsWithRepeatedLabels(name: string): boolean {
  if (name.indexOf('\\') >= 0) return true;
  // DOTS[0] = -1, then the position of every dot (the last one is the root's).
  let k = 0;
  DOTS[0] = -1;
  for (let i = 0; i < name.length && k < 128; i++) if (name.charCodeAt(i) === 46) DOTS[++k] = i;
  for (let m = 1; 2 * m <= k; m++) {
    const a = DOTS[k - 2 * m]! + 1;
    const b = DOTS[k - m]! + 1;
    if (b - a !== name.length - b) continue;
    let same = true;
    for (let i = 0; i < b - a; i++) {
      if (lower(name.charCodeAt(a + i)) !== lower(name.charCodeAt(b + i))) {
        same = false;
        break;
      }
    }
    if (same) return true;
  }
  return false;
}

export default defineRule({
  meta: {
    id: 'missing-trailing-dot',
    description: 'A relative name that ends with the origin (a forgotten trailing dot: kms01.corp.example.corp.example.)',
    severity: 'warn',
    fixable: false,
    hasSuggestions: true,
    docs: docsUrl('missing-trailing-dot'),
  },
  check(context) {
    const { tree } = context;
    const check = (rec: RecordNode, start: number, end: number, absolute: string, what: string) => {
      const w = rec.source.text.slice(start, end);
      const origin = doubledOrigin(w, absolute);
      if (origin === undefined) return;
      const meant = w + '.';
      context.report({
        node: rec,
        range: subRange(tree, rec, start, end),
        message:
          `${what} ${w} (line ${lineOf(rec)}) has no trailing dot, so it is relative to the origin ${origin} and means ` +
          `${absolute}. If you meant ${meant}, add the trailing dot.`,
        suggestions: rec.source === tree.source ? [{ desc: `Add the trailing dot: ${meant}`, fix: { range: [end, end], text: '.' } }] : undefined,
      });
    };
    const records = context.zone.records;
    // Indexed: no iterator result per item (see Rule.check).
    for (let i = 0; i < records.length; i++) {
      const rec = records[i]!;
      if ((rec as { generatedBy?: unknown }).generatedBy) continue;
      // The owner's written text is found only for names that end with repeated labels (few).
      if (rec.ownerStart >= 0 && endsWithRepeatedLabels(rec.owner)) check(rec, rec.ownerStart, rec.ownerEnd, rec.owner, 'Owner');
      for (const f of rec.rdata) {
        if (f.kind !== 'name' || typeof f.value !== 'string' || !endsWithRepeatedLabels(f.value)) continue;
        check(rec, f.start, f.end, f.value, `${rec.rrtype} ${f.name}`);
      }
    }
  },
});
