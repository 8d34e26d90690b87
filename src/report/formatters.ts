// Output formats, loaded lazily so that start-up pays only for the one in use. A formatter turns finished
// results into text; it never decides exit codes or writes files.
import type { LintResult } from './results.js';

export interface FormatContext {
  color: boolean;
  /** Working directory (for relative paths). */
  cwd: string;
  /** Text of each linted file by absolute path (after fixes for --fix/--fix-dry-run), for formats that quote it. */
  texts: Map<string, string>;
  /** Original text of each file (before fixes), for the diff format. */
  originals: Map<string, string>;
  /** Rule metadata by id (docs URLs, descriptions), for formats that describe rules. */
  rules: Map<string, { description: string; docs: string; severity: string }>;
}

export type Formatter = (results: LintResult[], context: FormatContext) => string;

export const FORMATTERS: Record<string, () => Promise<Formatter>> = {
  stylish: async () => (await import('./stylish.js')).formatStylish,
  json: async () => (await import('./json.js')).formatJson,
  compact: async () => (await import('./compact.js')).formatCompact,
  unix: async () => (await import('./unix.js')).formatUnix,
  sarif: async () => (await import('./sarif.js')).formatSarif,
  github: async () => (await import('./github.js')).formatGithub,
  checkstyle: async () => (await import('./checkstyle.js')).formatCheckstyle,
  diff: async () => (await import('./diff.js')).formatDiff,
  gitlab: async () => (await import('./gitlab.js')).formatGitlab,
};

export function formatNames(): string[] {
  return Object.keys(FORMATTERS);
}
