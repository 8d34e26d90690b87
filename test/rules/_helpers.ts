// Shared helpers of the integrity-rule tests (run one rule on a text, see what a message covers, apply edits).
// NOTE: reconstructed from its callers after it was overwritten by mistake by the KMS-rules session (see its
// report); the author may want to compare it with their original.
import { lintText } from '../../src/lint/lint-text.js';
import { builtinRules } from '../../rules/index.js';
import type { ResultMessage } from '../../src/report/results.js';
import type { Fix, Rule } from '../../src/lint/types.js';

/** A small clean zone (origin example.com.): $TTL on line 1, SOA on line 2, two NS with addresses. */
export const BASE = '$TTL 3600\n@ SOA ns1 hostmaster 2024010100 7200 3600 1209600 3600\n@ NS ns1\n@ NS ns2\nns1 A 192.0.2.1\nns2 A 192.0.2.2\n';

export function ruleById(id: string): Rule {
  const rule = builtinRules.find((r) => r.meta.id === id);
  if (!rule) throw new Error(`no rule ${id}`);
  return rule;
}

function offsetOf(text: string, line: number, column: number): number {
  let offset = 0;
  for (let l = 1; l < line; l++) {
    const i = text.indexOf('\n', offset);
    if (i < 0) return text.length;
    offset = i + 1;
  }
  return offset + column - 1;
}

export interface RunResult {
  text: string;
  /** Messages of the rule under test. */
  messages: ResultMessage[];
  /** Text covered by message `i` (default 0). */
  covered(i?: number): string;
  /** Line of message `i` (default 0). */
  line(i?: number): number;
}

/** Lint `text` with only `id` enabled (at its recommended severity, 'warn' when off by default). */
export async function run(
  id: string,
  text: string,
  opts: { options?: unknown; origin?: string; /** $INCLUDE targets by name (the text is linted as main.zone). */ includes?: Record<string, string> } = {},
): Promise<RunResult> {
  const rule = ruleById(id);
  const severity = rule.meta.severity === 'off' ? 'warn' : rule.meta.severity;
  const result = await lintText(text, {
    origin: opts.origin ?? 'example.com.',
    config: { rules: { [id]: opts.options === undefined ? severity : [severity, opts.options] } },
    path: opts.includes ? 'main.zone' : undefined,
    readInclude: opts.includes
      ? (target) => (opts.includes![target] !== undefined ? { path: target, text: opts.includes![target]! } : { error: `no ${target}` })
      : undefined,
  });
  const messages = result.messages.filter((m) => m.ruleId === id);
  return {
    text,
    messages,
    covered(i = 0) {
      const m = messages[i]!;
      return text.slice(offsetOf(text, m.line, m.column), offsetOf(text, m.endLine ?? m.line, m.endColumn ?? m.column));
    },
    line(i = 0) {
      return messages[i]!.line;
    },
  };
}

/** All messages of a preset on `text`. */
export async function preset(text: string, name: string, origin = 'example.com.'): Promise<ResultMessage[]> {
  return (await lintText(text, { origin, config: { extends: [name] } })).messages;
}

/** Apply one edit. */
export function apply(text: string, fix: Fix | undefined): string {
  if (!fix) throw new Error('no fix');
  return text.slice(0, fix.range[0]) + fix.text + text.slice(fix.range[1]);
}
