// Checkstyle XML (ESLint's `checkstyle` shape), read by Jenkins (warnings-ng), reviewdog and other CI tools:
// <checkstyle version="4.3"><file name="/abs/path"><error line column severity message source/></file></checkstyle>.
// Paths are absolute, as ESLint's; `source` is `zonelint.<rule-id>`.
import type { Formatter } from './formatters.js';
import { severityName } from './paths.js';

/**
 * Escape text for an XML 1.0 attribute value. Tab, LF and CR become character references (an XML parser would
 * otherwise normalise them to spaces); characters XML 1.0 cannot carry at all (other C0 controls, lone
 * surrogates, U+FFFE/U+FFFF) become U+FFFD.
 */
export function xmlAttr(text: string): string {
  return text.replace(
    /[&<>"'\t\n\r\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
    (c) => {
      switch (c) {
        case '&':
          return '&amp;';
        case '<':
          return '&lt;';
        case '>':
          return '&gt;';
        case '"':
          return '&quot;';
        case "'":
          return '&apos;';
        case '\t':
          return '&#9;';
        case '\n':
          return '&#10;';
        case '\r':
          return '&#13;';
        default:
          return '\uFFFD';
      }
    },
  );
}

export const formatCheckstyle: Formatter = (results) => {
  let out = '<?xml version="1.0" encoding="utf-8"?>\n<checkstyle version="4.3">\n';
  for (const r of results) {
    out += `  <file name="${xmlAttr(r.filePath)}">\n`;
    for (const m of r.messages) {
      out +=
        `    <error line="${m.line || 0}" column="${m.column || 0}" severity="${severityName(m)}"` +
        ` message="${xmlAttr(m.ruleId ? `${m.message} (${m.ruleId})` : m.message)}"` +
        ` source="${xmlAttr(m.ruleId ? `zonelint.${m.ruleId}` : 'zonelint')}"/>\n`;
    }
    out += '  </file>\n';
  }
  out += '</checkstyle>\n';
  return out;
};
