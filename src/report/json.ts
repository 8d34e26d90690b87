import type { LintResult } from './results.js';

/** ESLint's `json` formatter shape; our extra `url`/`note` fields are left out so consumers see ESLint's keys. */
export function formatJson(results: LintResult[], _context?: unknown): string {
  return JSON.stringify(
    results.map((r) => ({
      ...r,
      messages: r.messages.map(({ url: _url, note: _note, ...m }) => m),
    })),
  );
}
