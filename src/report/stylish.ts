// Default human output: vfile-reporter, with a short line under each message saying what its fix or
// suggestions would do, so a person reading a CI log knows what to change.
import { reporter } from 'vfile-reporter';
import { VFile } from 'vfile';
import { VFileMessage } from 'vfile-message';
import type { Fix } from '../lint/types.js';
import type { LintResult } from './results.js';
import { relativePath } from './paths.js';
import { Source } from '../syntax/source.js';

/**
 * One-line description of a fix, from its range and text. Pass the file's `Source` to reuse its line index
 * across the fixes of one file.
 */
export function describeFix(fix: Fix, text: string | undefined, source = text === undefined ? undefined : new Source(undefined, text)): string {
  if (text === undefined || source === undefined) return fix.text === '' ? 'delete text' : `replace with ${JSON.stringify(fix.text)}`;
  const a = source.point(fix.range[0]).line;
  let bEnd = fix.range[1];
  if (bEnd > fix.range[0] && text.charCodeAt(bEnd - 1) === 10) bEnd--;
  const b = source.point(bEnd).line;
  const lines = a === b ? `line ${a}` : `lines ${a}-${b}`;
  const old = text.slice(fix.range[0], fix.range[1]);
  if (fix.text === '') return old.includes('\n') ? `delete ${lines}` : `delete ${JSON.stringify(old)} on ${lines}`;
  if (old === '') return `insert ${JSON.stringify(fix.text)} at ${lines}`;
  if (fix.text.includes('\n') || old.includes('\n')) return `rewrite ${lines}`;
  return `replace ${JSON.stringify(old)} with ${JSON.stringify(fix.text)} on ${lines}`;
}

/**
 * The first sentence of a message, and the rest. vfile-reporter lays messages out as a table, so one long
 * message pads every row of its file; the stylish output shows the first sentence in the table and the
 * explanation under it (JSON and the other formats keep the whole message).
 */
export function splitMessage(message: string): [string, string] {
  // A sentence ends at ". " before a capitalised word (not before a type mnemonic such as "SRV").
  const m = /\.\s+(?=[A-Z](?:[a-z]|\s))/.exec(message);
  if (!m || m.index > 400) return [message, ''];
  return [message.slice(0, m.index + 1), message.slice(m.index + m[0].length)];
}

/** Greedy word wrap at `width` columns. */
export function wrap(text: string, width = 100): string {
  const out: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && line.length + 1 + word.length > width) {
      out.push(line);
      line = word;
    } else line = line ? line + ' ' + word : word;
  }
  if (line) out.push(line);
  return out.join('\n');
}

/** Most messages vfile-reporter is given for one file at a time (see formatStylish). */
export const MESSAGES_PER_PART = 5000;

export function formatStylish(
  results: LintResult[],
  options: { color?: boolean; cwd?: string; texts?: Map<string, string> } = {},
): string {
  const files: VFile[] = [];
  for (const r of results) {
    // Like ESLint, say nothing about clean files.
    if (r.messages.length === 0) continue;
    const path = r.filePath === '<text>' ? undefined : relativePath(r.filePath, options.cwd ?? process.cwd());
    let file = new VFile({ path });
    files.push(file);
    const text = options.texts?.get(r.filePath);
    let source: Source | undefined;
    for (const m of r.messages) {
      const [head, rest] = splitMessage(m.message);
      const msg = new VFileMessage(head, {
        place: { start: { line: m.line, column: m.column }, end: { line: m.endLine ?? m.line, column: m.endColumn ?? m.column } },
        ruleId: m.ruleId ?? undefined,
        source: m.ruleId ? 'zonelint' : undefined,
      });
      msg.fatal = m.severity === 2;
      const notes: string[] = [];
      if (rest) notes.push(wrap(rest));
      if (m.note) notes.push(wrap(m.note));
      if (m.fix) notes.push(wrap(`fix (--fix): ${describeFix(m.fix, text, text === undefined ? undefined : (source ??= new Source(undefined, text)))}`));
      for (const s of m.suggestions ?? []) notes.push(wrap(`suggestion: ${s.desc}`));
      if (notes.length) msg.note = notes.join('\n');
      // vfile-reporter spreads a file's rows into one push() call, which overflows the stack at some 10^5
      // rows: a file with more messages is reported in parts (its name heads each), cut between lines.
      const last = file.messages[file.messages.length - 1];
      if (file.messages.length >= MESSAGES_PER_PART && last && last.line !== m.line) {
        file = new VFile({ path });
        files.push(file);
      }
      file.messages.push(msg);
    }
  }
  if (files.length === 0) return '';
  const out = reporter(files, { color: options.color ?? false, verbose: true, quiet: false });
  return out;
}
