// Helpers of the KMS/SRV rule tests: lint a zone text under zonelint:recommended (severities as the preset sets
// them, syntax errors failing the test) and apply fixes and suggestions. Rule lookup and edit application are
// shared with the integrity-rule tests (./_helpers.ts), whose `run` lints with the one rule alone.
import { expect } from 'vitest';
import { fixText, lintText } from '../../src/lint/lint-text.js';
import type { ResultMessage } from '../../src/report/results.js';
import type { Suggestion } from '../../src/lint/types.js';
import { parseZone } from '../../src/syntax/parser.js';
import { dumpRecord } from '../../src/syntax/dump.js';
import { apply, ruleById } from './_helpers.js';

export { ruleById };

export const ORIGIN = 'corp.example.';

/** A zone text from lines (LF, final newline). */
export function zone(...lines: string[]): string {
  return lines.join('\n') + '\n';
}

/** The usual head of a test zone: $ORIGIN, $TTL, SOA, NS (lines 1-4). */
export const HEAD = [
  '$ORIGIN corp.example.',
  '$TTL 3600',
  '@ IN SOA ns1 hostmaster 1 900 600 1209600 300',
  '  IN NS ns1',
];

export interface RunOptions {
  severity?: 'warn' | 'error';
  options?: unknown;
  origin?: string;
}

/** zonelint:recommended (so that severities are the preset's), with the rule's options or severity when given. */
function config(ruleId: string, o: RunOptions) {
  const sev = o.severity ?? (ruleById(ruleId).meta.severity as 'warn' | 'error');
  if (o.options === undefined && o.severity === undefined) return { extends: ['zonelint:recommended'] };
  return { extends: ['zonelint:recommended'], rules: { [ruleId]: o.options === undefined ? sev : ([sev, o.options] as [typeof sev, unknown]) } };
}

/** Messages of one rule under zonelint:recommended; fails on syntax errors so that tests use valid zones. */
export async function run(text: string, ruleId: string, o: RunOptions = {}): Promise<ResultMessage[]> {
  const result = await lintText(text, { origin: o.origin ?? ORIGIN, config: config(ruleId, o) });
  const syntax = result.messages.filter((m) => m.ruleId === 'syntax' && m.severity === 2);
  expect(syntax.map((m) => m.message)).toEqual([]);
  return result.messages.filter((m) => m.ruleId === ruleId);
}

/** --fix with only `ruleId` enabled. */
export async function fix(text: string, ruleId: string, o: RunOptions = {}) {
  const sev = o.severity ?? (ruleById(ruleId).meta.severity as 'warn' | 'error');
  const rules = { [ruleId]: o.options === undefined ? sev : ([sev, o.options] as [typeof sev, unknown]) };
  return fixText(text, { origin: o.origin ?? ORIGIN, config: { rules } });
}

export function applySuggestion(text: string, s: Suggestion): string {
  return apply(text, s.fix);
}

/** `line:column-endLine:endColumn` of a message. */
export function where(m: ResultMessage): string {
  return `${m.line}:${m.column}-${m.endLine}:${m.endColumn}`;
}

/** The RRs of a text (dump lines, sorted): what a fix must preserve. */
export function rrs(text: string, origin = ORIGIN): string[] {
  const tree = parseZone(text, { origin });
  expect(tree.errors.map((e) => e.message)).toEqual([]);
  const out: string[] = [];
  for (const n of tree.children) if (n.type === 'record') out.push(dumpRecord(n));
  return out.sort();
}
