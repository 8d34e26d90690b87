// GitHub Actions workflow commands: one `::error …::message` (or `::warning`) line per message, which the
// runner turns into annotations on the files of a pull request. Escaping follows @actions/core: `%`, CR and LF
// in the message; additionally `:` and `,` in property values. Paths are relative to the working directory
// (run zonelint from the repository root). Columns are given only for single-line ranges, as GitHub
// annotations support columns only within one line; endColumn is exclusive, as in the other formats.
import type { Formatter } from './formatters.js';
import { relativePath, severityName } from './paths.js';

export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export const formatGithub: Formatter = (results, context) => {
  let out = '';
  for (const r of results) {
    const file = relativePath(r.filePath, context.cwd);
    for (const m of r.messages) {
      const line = m.line || 1;
      const endLine = Math.max(m.endLine ?? line, line);
      const props: [string, string | number][] = [['file', file], ['line', line]];
      // @actions/core: columns "cannot be sent when startLine and endLine are different values".
      if (endLine === line) props.push(['col', m.column || 1]);
      props.push(['endLine', endLine]);
      if (endLine === line && m.endColumn !== undefined && m.endColumn > m.column) props.push(['endColumn', m.endColumn]);
      props.push(['title', m.ruleId ? `zonelint ${m.ruleId}` : 'zonelint']);
      const list = props.map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(',');
      out += `::${severityName(m)} ${list}::${escapeData(m.message)}\n`;
    }
  }
  return out;
};
