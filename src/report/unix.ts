// `file:line:col: severity: message [rule-id]`, the compiler-style line that Vim's errorformat, Emacs'
// compilation mode and VS Code problem matchers (editors/vscode-problem-matcher.json) read. Paths are relative
// to the working directory; nothing but message lines is printed.
import type { Formatter } from './formatters.js';
import { oneLine, relativePath, severityName } from './paths.js';

export const formatUnix: Formatter = (results, context) => {
  let out = '';
  for (const r of results) {
    const path = relativePath(r.filePath, context.cwd);
    for (const m of r.messages) {
      out += `${path}:${m.line || 1}:${m.column || 1}: ${severityName(m)}: ${oneLine(m.message)}`;
      out += m.ruleId ? ` [${m.ruleId}]\n` : '\n';
    }
  }
  return out;
};
