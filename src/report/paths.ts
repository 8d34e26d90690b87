// Helpers shared by the line-oriented formatters.
import { isAbsolute, relative, sep } from 'node:path';
import type { ResultMessage } from './results.js';

/** A result's path relative to `cwd` with `/` separators; `<text>` (stdin) and paths on another drive as they are. */
export function relativePath(filePath: string, cwd: string): string {
  if (filePath === '<text>') return filePath;
  const rel = relative(cwd, filePath);
  if (rel === '' || isAbsolute(rel)) return filePath.split(sep).join('/');
  return rel.split(sep).join('/');
}

/** `error` or `warning`. */
export function severityName(message: ResultMessage): 'error' | 'warning' {
  return message.severity === 2 || message.fatal ? 'error' : 'warning';
}

/** A message on one line (line-based consumers such as Vim and problem matchers read one line per message). */
export function oneLine(text: string): string {
  return text.replace(/\s*(?:\r\n|[\r\n\u2028\u2029])\s*/g, ' ');
}
