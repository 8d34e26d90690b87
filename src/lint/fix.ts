// ESLint's fix model: each fix replaces [start, end) of the original text. Fixes are applied in order of
// their start; a fix that overlaps one already taken waits for the next pass (the CLI re-lints and repeats).
// A fix that merely touches the end of a taken fix which inserted text also waits: the inserted text was
// written for the original neighbour (e.g. an owner name put in front of the next line), and joining it to
// another edit could glue tokens together.
import type { Fix } from './types.js';

export interface FixResult {
  output: string;
  applied: number;
  skipped: number;
}

export function applyFixes(text: string, fixes: Fix[]): FixResult {
  const sorted = fixes
    .filter((f) => f.range[0] >= 0 && f.range[1] >= f.range[0] && f.range[1] <= text.length)
    .slice()
    .sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  let out = '';
  let last = 0;
  let lastInserted = false;
  let applied = 0;
  let skipped = fixes.length - sorted.length;
  for (const f of sorted) {
    if (f.range[0] < last || (applied > 0 && f.range[0] === last && lastInserted)) {
      skipped++;
      continue;
    }
    out += text.slice(last, f.range[0]) + f.text;
    last = f.range[1];
    lastInserted = f.text !== '';
    applied++;
  }
  out += text.slice(last);
  return { output: out, applied, skipped };
}
