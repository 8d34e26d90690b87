// Every rule has a docs page with at least one invalid and one valid example, and every example on it behaves
// as the page says: `<!-- invalid -->` examples get at least one message from the page's rule (enabled alone),
// `<!-- valid -->` examples none. (This replaced test/rules/kms-docs-examples.test.ts, which checked the same
// for the KMS and SRV pages; their examples set their own $ORIGIN, so the default origin does not matter.)
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { builtinRules } from '../../rules/index.js';
import { lintText } from '../../src/lint/lint-text.js';

const docsDir = fileURLToPath(new URL('../../docs/rules/', import.meta.url));

interface Example {
  kind: 'valid' | 'invalid';
  origin: string;
  code: string;
  line: number;
}

export function examplesOf(markdown: string): Example[] {
  const out: Example[] = [];
  const lines = markdown.split('\n');
  for (let i = 1; i < lines.length; i++) {
    if (!/^```zone\s*$/.test(lines[i]!)) continue;
    const m = /^<!--\s*(valid|invalid)(?:\s+origin=(\S+))?\s*-->\s*$/.exec(lines[i - 1]!);
    if (!m) continue;
    const end = lines.indexOf('```', i + 1);
    out.push({ kind: m[1] as 'valid' | 'invalid', origin: m[2] ?? 'example.com.', code: lines.slice(i + 1, end).join('\n') + '\n', line: i + 1 });
    i = end;
  }
  return out;
}

describe('rule docs', () => {
  for (const rule of builtinRules) {
    const id = rule.meta.id;
    const page = `${docsDir}${id}.md`;
    describe(id, () => {
      it('has a docs page and its meta points to it', () => {
        expect(existsSync(page), `docs/rules/${id}.md is missing`).toBe(true);
        expect(rule.meta.docs).toBe(`https://github.com/zonelint/zonelint/blob/main/docs/rules/${id}.md`);
      });
      if (!existsSync(page)) return;
      const examples = examplesOf(readFileSync(page, 'utf8'));
      it('has at least one invalid and one valid example', () => {
        expect(examples.some((e) => e.kind === 'invalid')).toBe(true);
        expect(examples.some((e) => e.kind === 'valid')).toBe(true);
      });
      for (const ex of examples) {
        it(`${ex.kind} example at line ${ex.line}`, async () => {
          const result = await lintText(ex.code, { origin: ex.origin, config: { rules: { [id]: 'error' } } });
          const mine = result.messages.filter((m) => m.ruleId === id);
          const syntax = result.messages.filter((m) => m.ruleId === 'syntax' && m.severity === 2);
          expect(syntax, 'docs examples must parse').toEqual([]);
          if (ex.kind === 'invalid') expect(mine.length).toBeGreaterThan(0);
          else expect(mine).toEqual([]);
        });
      }
    });
  }
});
