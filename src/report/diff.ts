// `--fix-dry-run -f diff`: the safe fixes of every file as one unified diff (`--- a/path`, `+++ b/path`,
// hunks with 3 lines of context, paths relative to the working directory), for `git apply` or `patch -p1`.
import type { Formatter } from './formatters.js';
import { relativePath } from './paths.js';

/** Lines of a text, each with its line break ('\n' or '\r\n'); the last one may have none. */
export function splitLines(text: string): string[] {
  const lines = text.split(/(?<=\n)/);
  if (lines.length && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

type Op = [kind: ' ' | '-' | '+', line: string];

/** Myers' O((N+M)·D) shortest edit script between two line arrays. */
export function diffLines(a: string[], b: string[]): Op[] {
  // Common prefix and suffix first: fixes touch few lines of large files.
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const ops: Op[] = [];
  for (let i = 0; i < start; i++) ops.push([' ', a[i]!]);
  ops.push(...myers(a.slice(start, endA), b.slice(start, endB)));
  for (let i = endA; i < a.length; i++) ops.push([' ', a[i]!]);
  return ops;
}

function myers(a: string[], b: string[]): Op[] {
  const n = a.length;
  const m = b.length;
  const max = n + m;
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  // trace[d] holds v[-d..d] as it was before step d (what backtracking needs).
  const trace: Int32Array[] = [];
  let found = max === 0;
  for (let d = 0; d <= max && !found; d++) {
    trace.push(v.slice(offset - d, offset + d + 1));
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!) ? v[offset + k + 1]! : v[offset + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) {
        found = true;
        break;
      }
    }
  }
  const ops: Op[] = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d > 0; d--) {
    const prev = trace[d]!; // v before step d, indexed by k + d
    const at = (k: number) => (Math.abs(k) <= d - 1 ? prev[k + d]! : -1);
    const k = x - y;
    const prevK = k === -d || (k !== d && at(k - 1) < at(k + 1)) ? k + 1 : k - 1;
    const prevX = at(prevK);
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) ops.push([' ', a[--x]!]), y--;
    if (prevK === k + 1) ops.push(['+', b[--y]!]);
    else ops.push(['-', a[--x]!]);
  }
  while (x > 0 && y > 0) ops.push([' ', a[--x]!]), y--;
  return ops.reverse();
}

function range(start: number, count: number): string {
  // GNU diff: an empty range names the line before it; a count of 1 is left out.
  if (count === 0) return `${start - 1},0`;
  return count === 1 ? `${start}` : `${start},${count}`;
}

function emit(line: string, kind: string): string {
  return line.endsWith('\n') ? kind + line : `${kind}${line}\n\\ No newline at end of file\n`;
}

/** A unified diff of one file (without the ---/+++ header), or '' when the texts are equal. */
export function unifiedHunks(before: string, after: string, context = 3): string {
  if (before === after) return '';
  const ops = diffLines(splitLines(before), splitLines(after));
  let out = '';
  let i = 0;
  // Line numbers (1-based) of ops[i] in the old and new texts.
  const oldNo: number[] = [];
  const newNo: number[] = [];
  let o = 1;
  let nn = 1;
  for (const [kind] of ops) {
    oldNo.push(o);
    newNo.push(nn);
    if (kind !== '+') o++;
    if (kind !== '-') nn++;
  }
  while (i < ops.length) {
    while (i < ops.length && ops[i]![0] === ' ') i++;
    if (i >= ops.length) break;
    const first = Math.max(0, i - context);
    // Extend the hunk while the next change is within 2·context unchanged lines.
    let last = i;
    let j = i;
    while (j < ops.length) {
      if (ops[j]![0] !== ' ') {
        last = j;
        j++;
        continue;
      }
      let k = j;
      while (k < ops.length && ops[k]![0] === ' ') k++;
      if (k < ops.length && k - j <= 2 * context) {
        j = k;
        continue;
      }
      break;
    }
    const end = Math.min(ops.length, last + context + 1);
    const slice = ops.slice(first, end);
    const oldCount = slice.filter(([kind]) => kind !== '+').length;
    const newCount = slice.filter(([kind]) => kind !== '-').length;
    out += `@@ -${range(oldNo[first]!, oldCount)} +${range(newNo[first]!, newCount)} @@\n`;
    for (const [kind, line] of slice) out += emit(line, kind);
    i = end;
  }
  return out;
}

export const formatDiff: Formatter = (results, context) => {
  let out = '';
  for (const r of results) {
    if (r.output === undefined || r.filePath === '<text>') continue;
    const before = context.originals.get(r.filePath);
    if (before === undefined) continue;
    const hunks = unifiedHunks(before, r.output);
    if (!hunks) continue;
    const path = relativePath(r.filePath, context.cwd);
    out += `--- a/${path}\n+++ b/${path}\n${hunks}`;
  }
  return out;
};
