// The README's rule table, generated from rule meta (scripts/gen-readme-rules.mjs writes it; a test checks it).
import type { Rule } from './types.js';
import { presetRules } from './presets.js';

export const TABLE_BEGIN = '<!-- rules:begin -->';
export const TABLE_END = '<!-- rules:end -->';

export function ruleTable(rules: Rule[]): string {
  const kms = presetRules('zonelint:kms', rules);
  const strict = presetRules('zonelint:strict', rules);
  const rows = [...rules]
    .sort((a, b) => a.meta.id.localeCompare(b.meta.id))
    .map((r) => {
      const m = r.meta;
      const rec = m.severity === 'off' ? (strict[m.id] ? `strict: ${strict[m.id]}` : 'off') : m.severity;
      const flags = [m.fixable ? '🔧 fix' : '', m.hasSuggestions ? '💡 suggestions' : '', kms[m.id] ? 'kms' : ''].filter(Boolean).join(', ');
      return `| [\`${m.id}\`](docs/rules/${m.id}.md) | ${m.description.replace(/\|/g, '\\|')} | ${rec} | ${flags} |`;
    });
  return ['| rule | what it reports | recommended | |', '|---|---|---|---|', ...rows].join('\n');
}

/** README text with the table between the markers replaced. */
export function withRuleTable(readme: string, rules: Rule[]): string {
  const i = readme.indexOf(TABLE_BEGIN);
  const j = readme.indexOf(TABLE_END);
  if (i < 0 || j < 0) throw new Error('README.md has no rules:begin/rules:end markers');
  return readme.slice(0, i + TABLE_BEGIN.length) + '\n' + ruleTable(rules) + '\n' + readme.slice(j);
}
