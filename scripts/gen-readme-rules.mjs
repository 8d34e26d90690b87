#!/usr/bin/env node
// Regenerates the rule table in README.md from rule meta (needs a build: reads dist/).
import { readFileSync, writeFileSync } from 'node:fs';

const { builtinRules } = await import(new URL('../dist/rules/index.js', import.meta.url).href);
const { withRuleTable } = await import(new URL('../dist/src/lint/rule-table.js', import.meta.url).href);
const readme = new URL('../README.md', import.meta.url);
const text = readFileSync(readme, 'utf8');
const next = withRuleTable(text, builtinRules);
if (next !== text) writeFileSync(readme, next);
