// The examples in the docs pages of the KMS and SRV rules: `<!-- invalid -->` blocks produce at least one
// message of the page's rule, `<!-- valid -->` blocks none (the rule enabled alone, at warn).
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { lintText } from '../../src/lint/lint-text.js';

const IDS = [
  'vlmcs-duplicate', 'vlmcs-multiple-hosts', 'srv-zero-weight', 'srv-priority-collision', 'vlmcs-misnamed', 'vlmcs-port',
  'srv-owner-format', 'srv-null-target', 'no-duplicate-records', 'target-cname', 'target-no-address', 'target-ip',
  'missing-trailing-dot',
];

const BLOCK = /<!--\s*(valid|invalid)(?:\s+origin=(\S+))?\s*-->\n```zone\n([\s\S]*?)```/g;

describe('docs examples of the KMS and SRV rules', () => {
  for (const id of IDS) {
    test(id, async () => {
      const page = readFileSync(new URL(`../../docs/rules/${id}.md`, import.meta.url), 'utf8');
      const blocks = [...page.matchAll(BLOCK)];
      expect(blocks.some((b) => b[1] === 'invalid')).toBe(true);
      expect(blocks.some((b) => b[1] === 'valid')).toBe(true);
      for (const [, kind, origin, text] of blocks) {
        const result = await lintText(text!, { origin: origin ?? 'corp.example.', config: { rules: { [id]: 'warn' } } });
        expect(result.messages.filter((m) => m.ruleId === 'syntax' && m.severity === 2)).toEqual([]);
        const mine = result.messages.filter((m) => m.ruleId === id);
        if (kind === 'invalid') expect(mine.length, text).toBeGreaterThan(0);
        else expect(mine, text).toEqual([]);
      }
    });
  }
});
