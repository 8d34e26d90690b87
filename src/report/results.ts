// Lint results in ESLint's shape (the JSON formatter prints them as is; other formatters read them).
import { resolve } from 'node:path';
import type { VFile } from 'vfile';
import type { Fix, Suggestion } from '../lint/types.js';
import type { ZoneMessage } from '../lint/run.js';

export interface ResultMessage {
  ruleId: string | null;
  severity: 1 | 2;
  message: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  fatal?: boolean;
  fix?: Fix;
  suggestions?: Suggestion[];
  /** Docs URL of the rule (not in ESLint's JSON; formatters use it). */
  url?: string;
  note?: string;
}

export interface LintResult {
  filePath: string;
  messages: ResultMessage[];
  errorCount: number;
  fatalErrorCount: number;
  warningCount: number;
  fixableErrorCount: number;
  fixableWarningCount: number;
  /** Fixed text (--fix-dry-run, or --fix when something changed). */
  output?: string;
}

export function toResult(file: VFile, options: { quiet?: boolean; cwd?: string } = {}): LintResult {
  const messages: ResultMessage[] = [];
  let errorCount = 0;
  let warningCount = 0;
  let fatalErrorCount = 0;
  let fixableErrorCount = 0;
  let fixableWarningCount = 0;
  const list = (file.messages as ZoneMessage[]).slice().sort((a, b) => {
    return (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0) || String(a.ruleId).localeCompare(String(b.ruleId)) || a.reason.localeCompare(b.reason);
  });
  for (const m of list) {
    if (m.fatal === undefined || m.fatal === null) continue; // informational
    const severity: 1 | 2 = m.fatal ? 2 : 1;
    if (options.quiet && severity === 1) continue;
    const place = m.place;
    const start = place && 'start' in place ? place.start : place;
    const end = place && 'start' in place ? place.end : undefined;
    // Engine-level failures (unreadable file, broken config) carry the real reason in `cause`.
    const cause = m.cause instanceof Error ? m.cause.message : undefined;
    const out: ResultMessage = {
      ruleId: m.ruleId ?? null,
      severity,
      message: cause && !m.ruleId ? `${m.reason}: ${cause}` : m.reason,
      line: start?.line ?? 1,
      column: start?.column ?? 1,
    };
    if (end) {
      out.endLine = end.line;
      out.endColumn = end.column;
    }
    if (m.ruleId === 'syntax' || (m.fatal && !m.ruleId)) out.fatal = true;
    if (m.fix) out.fix = m.fix;
    if (m.suggestions) out.suggestions = m.suggestions;
    if (m.url) out.url = m.url;
    if (m.note) out.note = m.note;
    messages.push(out);
    if (severity === 2) {
      errorCount++;
      if (out.fatal) fatalErrorCount++;
      if (m.fix) fixableErrorCount++;
    } else {
      warningCount++;
      if (m.fix) fixableWarningCount++;
    }
  }
  return {
    filePath: file.path ? resolve(options.cwd ?? file.cwd ?? process.cwd(), file.path) : '<text>',
    messages,
    errorCount,
    fatalErrorCount,
    warningCount,
    fixableErrorCount,
    fixableWarningCount,
  };
}
