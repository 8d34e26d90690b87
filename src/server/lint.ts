// What the language server asks of zonelint: lint an open document exactly as the CLI lints that file
// (unified-engine with the CLI's config discovery: `.zonelintrc*`, package.json `zonelint`, `.zonelintignore`),
// quick fixes from each message's fix and suggestions, and "fix all" (safe fixes in passes, as --fix).
import { existsSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import { VFile } from 'vfile';
import { runEngine } from '../engine/engine.js';
import { fixFile } from '../cli/fix.js';
import { applyFixes } from '../lint/fix.js';
import { describeFix } from '../report/stylish.js';
import type { ZoneMessage } from '../lint/run.js';
import type { Fix } from '../lint/types.js';

export const FIX_ALL_KIND = 'source.fixAll.zonelint';

export interface Position {
  line: number;
  character: number;
}
export interface Range {
  start: Position;
  end: Position;
}
export interface TextEdit {
  range: Range;
  newText: string;
}
export interface Diagnostic {
  range: Range;
  severity?: number;
  code?: string;
  source?: string;
  message: string;
  codeDescription?: { href: string };
  data?: unknown;
}
export interface CodeAction {
  title: string;
  kind: string;
  diagnostics?: Diagnostic[];
  isPreferred?: boolean;
  edit: { changes: Record<string, TextEdit[]> };
}

// ---------------------------------------------------------------------------------------------------------
// Linting, with the latest result per file kept for code actions.

const latest = new Map<string, { text: string; cwd: string; file: Promise<VFile | undefined> }>();

function engineOptions(cwd: string) {
  return { cwd, cli: { includeRoot: cwd } };
}

/** Lint `text` as the file at `path` (absolute); undefined when the file is ignored. */
export function lintDocument(path: string, text: string, cwd: string, options: { fresh?: boolean } = {}): Promise<VFile | undefined> {
  const hit = latest.get(path);
  if (!options.fresh && hit && hit.text === text && hit.cwd === cwd) return hit.file;
  const file = runEngine({ ...engineOptions(cwd), files: [new VFile({ path, value: text })] }).then((files) => files[0]);
  latest.set(path, { text, cwd, file });
  file.catch(() => latest.delete(path));
  return file;
}

export function forgetDocument(path: string): void {
  latest.delete(path);
}

/** The folder a file is linted from: the closest workspace folder, else the closest package.json/.git folder. */
export function cwdFor(path: string, workspaceFolders: string[]): string {
  const inside = workspaceFolders
    .map((d) => d.replace(/[\\/]+$/, ''))
    .filter((d) => path.startsWith(d + sep))
    .sort((a, b) => b.length - a.length);
  if (inside[0]) return inside[0];
  for (let dir = dirname(path); ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json')) || existsSync(join(dir, '.git'))) return dir;
    if (dirname(dir) === dir) return dirname(path);
  }
}

// ---------------------------------------------------------------------------------------------------------
// Positions: LSP uses 0-based lines and UTF-16 characters; fixes are UTF-16 offsets.

export class LineIndex {
  private readonly starts: number[] = [0];
  constructor(readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      if (c === 10 || c === 13) this.starts.push(i + 1);
    }
  }
  position(offset: number): Position {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: offset - this.starts[lo]! };
  }
  offset(position: Position): number {
    if (position.line >= this.starts.length) return this.text.length;
    const start = this.starts[Math.max(0, position.line)]!;
    const next = position.line + 1 < this.starts.length ? this.starts[position.line + 1]! : this.text.length;
    return Math.min(start + Math.max(0, position.character), next);
  }
  range(r: [number, number]): Range {
    return { start: this.position(r[0]), end: this.position(r[1]) };
  }
}

/** A message's range, as unified-language-server reports it (so code actions name the same diagnostic). */
export function messageRange(message: ZoneMessage): Range {
  const place = message.place;
  if (!place) return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  const start = 'start' in place ? place.start : place;
  const end = 'start' in place ? place.end : place;
  const point = (p: { line?: number; column?: number }) => ({ line: Math.max(0, (p.line ?? 1) - 1), character: Math.max(0, (p.column ?? 1) - 1) });
  return { start: point(start), end: point(end) };
}

/** The diagnostic unified-language-server publishes for a message (without `data`). */
export function toDiagnostic(message: ZoneMessage): Diagnostic {
  const d: Diagnostic = {
    range: messageRange(message),
    severity: message.fatal === true ? 1 : message.fatal === false ? 2 : 3,
    message: message.reason + (message.note ? '\n' + message.note : ''),
  };
  if (message.ruleId) d.code = message.ruleId;
  if (message.source) d.source = message.source;
  if (message.url) d.codeDescription = { href: message.url };
  return d;
}

function before(a: Position, b: Position): boolean {
  return a.line < b.line || (a.line === b.line && a.character < b.character);
}

function overlaps(a: Range, b: Range): boolean {
  return !before(a.end, b.start) && !before(b.end, a.start);
}

// ---------------------------------------------------------------------------------------------------------
// Code actions.

/** Whether a code action of `kind` was asked for (`only` lists kinds or their parents, e.g. `source`). */
export function wanted(kind: string, only: string[] | undefined): boolean {
  if (!only || only.length === 0) return true;
  return only.some((o) => kind === o || kind.startsWith(o + '.'));
}

function sentence(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Quick fixes for the messages in `range`: one per safe fix, one per suggestion, each with its own edit. */
export function quickFixes(uri: string, text: string, file: VFile, range: Range): CodeAction[] {
  const index = new LineIndex(text);
  const actions: CodeAction[] = [];
  const messages = file.messages as ZoneMessage[];
  const edit = (fix: Fix): CodeAction['edit'] => ({ changes: { [uri]: [{ range: index.range(fix.range), newText: fix.text }] } });
  for (const m of messages) {
    if (!m.fix && !m.suggestions?.length) continue;
    if (!overlaps(messageRange(m), range)) continue;
    const diagnostics = [toDiagnostic(m)];
    const rule = m.ruleId ? ` (${m.ruleId})` : '';
    if (m.fix) {
      actions.push({
        title: `${sentence(describeFix(m.fix, text))}${rule}`,
        kind: 'quickfix',
        diagnostics,
        isPreferred: true,
        edit: edit(m.fix),
      });
    }
    for (const s of m.suggestions ?? []) {
      actions.push({ title: `${s.desc}${rule}`, kind: 'quickfix', diagnostics, edit: edit(s.fix) });
    }
  }
  // Several safe fixes of one rule in the file: offer them together (one pass of applyFixes, as --fix's first pass).
  const byRule = new Map<string, Fix[]>();
  for (const m of messages) if (m.fix && m.ruleId) byRule.set(m.ruleId, [...(byRule.get(m.ruleId) ?? []), m.fix]);
  const inRange = new Set(messages.filter((m) => m.fix && m.ruleId && overlaps(messageRange(m), range)).map((m) => m.ruleId!));
  for (const ruleId of inRange) {
    const fixes = byRule.get(ruleId)!;
    if (fixes.length < 2) continue;
    actions.push({
      title: `Fix all ${ruleId} problems`,
      kind: 'quickfix',
      edit: { changes: { [uri]: [minimalEdit(text, applyFixes(text, fixes).output)] } },
    });
  }
  return actions;
}

/** One edit turning `before` into `after`: the span between their common prefix and common suffix. */
export function minimalEdit(before: string, after: string): TextEdit {
  let start = 0;
  const max = Math.min(before.length, after.length);
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let end = 0;
  while (end < max - start && before.charCodeAt(before.length - 1 - end) === after.charCodeAt(after.length - 1 - end)) end++;
  // Never split a UTF-16 surrogate pair or a CRLF.
  const low = (s: string, i: number) => {
    const c = s.charCodeAt(i);
    return (c >= 0xdc00 && c <= 0xdfff) || (c === 10 && s.charCodeAt(i - 1) === 13);
  };
  while (start > 0 && low(before, start)) start--;
  while (end > 0 && low(before, before.length - end)) end--;
  const index = new LineIndex(before);
  return { range: index.range([start, before.length - end]), newText: after.slice(start, after.length - end) };
}

/** Apply every safe fix as `zonelint --fix` does (passes, rollback when the result parses worse). */
export async function fixAllText(path: string, text: string, cwd: string): Promise<string | undefined> {
  const file = await lintDocument(path, text, cwd);
  if (!file) return undefined;
  if (!(file.messages as ZoneMessage[]).some((m) => m.fix)) return undefined;
  const outcome = await fixFile(file, text, engineOptions(cwd), { write: false });
  if (outcome.error || outcome.output === text) return undefined;
  return outcome.output;
}

export async function fixAllAction(uri: string, path: string, text: string, cwd: string): Promise<CodeAction | undefined> {
  const output = await fixAllText(path, text, cwd);
  if (output === undefined) return undefined;
  return {
    title: 'Fix all auto-fixable zonelint problems',
    kind: FIX_ALL_KIND,
    edit: { changes: { [uri]: [minimalEdit(text, output)] } },
  };
}
