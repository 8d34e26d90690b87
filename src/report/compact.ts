// ESLint's `compact` format: one line per message, absolute paths, and a problem count.
import type { Formatter } from './formatters.js';
import { oneLine, severityName } from './paths.js';

export const formatCompact: Formatter = (results) => {
  let out = '';
  let total = 0;
  for (const r of results) {
    for (const m of r.messages) {
      total++;
      const severity = severityName(m) === 'error' ? 'Error' : 'Warning';
      out += `${r.filePath}: line ${m.line || 0}, col ${m.column || 0}, ${severity} - ${oneLine(m.message)}`;
      out += m.ruleId ? ` (${m.ruleId})\n` : '\n';
    }
  }
  if (total > 0) out += `\n${total} problem${total === 1 ? '' : 's'}\n`;
  return out;
};
