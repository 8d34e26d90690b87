// GitLab CI code quality report (`artifacts: reports: codequality`): the Code Climate subset GitLab reads, a JSON
// array of {description, check_name, fingerprint, severity, location: {path, lines: {begin, end}}}. Paths are
// relative to the working directory (run zonelint from the repository root). GitLab matches the reports of a
// merge request's base and head by fingerprint: a hash of path, rule, message and the occurrence number of that
// triple in the file, not of the position.
import { createHash } from 'node:crypto';
import type { Formatter } from './formatters.js';
import { relativePath } from './paths.js';

type Severity = 'info' | 'minor' | 'major' | 'critical' | 'blocker';

interface Issue {
  description: string;
  check_name: string;
  fingerprint: string;
  severity: Severity;
  location: { path: string; lines: { begin: number; end: number } };
}

export const formatGitlab: Formatter = (results, context) => {
  const issues: Issue[] = [];
  for (const r of results) {
    const path = relativePath(r.filePath, context.cwd);
    const seen = new Map<string, number>();
    for (const m of r.messages) {
      const check = m.ruleId ?? 'zonelint';
      const key = `${path}\0${check}\0${m.message}`;
      const n = (seen.get(key) ?? 0) + 1;
      seen.set(key, n);
      const line = m.line || 1;
      issues.push({
        description: m.message,
        check_name: check,
        fingerprint: createHash('sha256').update(`${key}\0${n}`).digest('hex').slice(0, 32),
        severity: m.fatal ? 'critical' : m.severity === 2 ? 'major' : 'minor',
        location: { path, lines: { begin: line, end: Math.max(m.endLine ?? line, line) } },
      });
    }
  }
  return JSON.stringify(issues, null, 2) + '\n';
};
