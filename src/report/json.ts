import type { LintResult, ResultMessage } from './results.js';

/** A message as the JSON format prints it: ESLint's keys (our extra `url`/`note` are left out). */
export type JsonMessage = Omit<ResultMessage, 'url' | 'note'>;
/** A file's result as the JSON format prints it. */
export type JsonResult = Omit<LintResult, 'messages'> & { messages: JsonMessage[] };

/** ESLint's `json` formatter shape; our extra `url`/`note` fields are left out so consumers see ESLint's keys. */
export function formatJson(results: LintResult[], _context?: unknown): string {
  const out: JsonResult[] = results.map((r) => ({
    ...r,
    messages: r.messages.map(({ url: _url, note: _note, ...m }) => m),
  }));
  return JSON.stringify(out);
}
