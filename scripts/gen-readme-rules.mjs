#!/usr/bin/env node
// Regenerates the rule table in README.md (between the rules:begin/rules:end markers) from rule meta.
// Needs a build (reads dist/). `--check` exits 1 when the README is out of date.
import { readFileSync, writeFileSync } from 'node:fs';

const { builtinRules } = await import(new URL('../dist/rules/index.js', import.meta.url).href);
const { presetRules } = await import(new URL('../dist/src/lint/presets.js', import.meta.url).href);
export function ruleTable(rules, presets) {
  const kms = presets('zonelint:kms', rules);
  const strict = presets('zonelint:strict', rules);
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
const readme = new URL('../README.md', import.meta.url);
const text = readFileSync(readme, 'utf8');
const begin = '<!-- rules:begin -->';
const end = '<!-- rules:end -->';
const i = text.indexOf(begin);
const j = text.indexOf(end);
if (i < 0 || j < 0) {
  console.error('README.md has no rules:begin/rules:end markers');
  process.exit(1);
}
const next = text.slice(0, i + begin.length) + '\n' + ruleTable(builtinRules, presetRules) + '\n' + text.slice(j);
if (process.argv.includes('--check')) {
  if (next !== text) {
    console.error('README.md rule table is out of date: run npm run gen:readme');
    process.exit(1);
  }
} else if (next !== text) writeFileSync(readme, next);
