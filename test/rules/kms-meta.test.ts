// Meta of the KMS and SRV rules (issue 3): severities, presets, fix flags, docs.
import { existsSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { presetRules } from '../../src/lint/presets.js';
import { builtinRules } from '../../rules/index.js';
import { ruleById } from './kms-helpers.js';

const EXPECTED: Record<string, { severity: 'warn' | 'error'; kms?: 'warn' | 'error'; fixable: boolean; options?: boolean }> = {
  'vlmcs-duplicate': { severity: 'error', kms: 'error', fixable: true },
  'vlmcs-multiple-hosts': { severity: 'warn', kms: 'warn', fixable: false, options: true },
  'srv-zero-weight': { severity: 'warn', kms: 'warn', fixable: false },
  'srv-priority-collision': { severity: 'warn', kms: 'warn', fixable: false },
  'vlmcs-misnamed': { severity: 'error', kms: 'error', fixable: false },
  'vlmcs-port': { severity: 'warn', kms: 'warn', fixable: false, options: true },
  'srv-owner-format': { severity: 'error', fixable: false },
  'srv-null-target': { severity: 'error', fixable: false },
  'no-duplicate-records': { severity: 'error', fixable: true },
  'target-cname': { severity: 'error', fixable: false },
  'target-no-address': { severity: 'warn', fixable: false },
  'target-ip': { severity: 'error', fixable: false },
  'missing-trailing-dot': { severity: 'warn', fixable: false },
};

describe('KMS and SRV rules: meta', () => {
  for (const [id, want] of Object.entries(EXPECTED)) {
    test(id, () => {
      const { meta } = ruleById(id);
      expect(meta.id).toBe(id);
      expect(meta.severity).toBe(want.severity);
      expect(meta.presets?.kms).toBe(want.kms);
      expect(meta.fixable).toBe(want.fixable);
      expect(typeof meta.options === 'function').toBe(!!want.options);
      expect(meta.description.length).toBeGreaterThan(20);
      expect(meta.docs).toBe(`https://github.com/zonelint/zonelint/blob/main/docs/rules/${id}.md`);
      expect(existsSync(new URL(`../../docs/rules/${id}.md`, import.meta.url))).toBe(true);
      expect(existsSync(new URL(`../../rules/${id}.ts`, import.meta.url))).toBe(true);
    });
  }

  test('zonelint:kms holds exactly the KMS rules; recommended holds all of them', () => {
    const kms = presetRules('zonelint:kms', builtinRules);
    const want = Object.fromEntries(Object.entries(EXPECTED).flatMap(([id, w]) => (w.kms ? [[id, w.kms]] : [])));
    expect(Object.fromEntries(Object.entries(kms).filter(([id]) => id in EXPECTED))).toEqual(want);
    const recommended = presetRules('zonelint:recommended', builtinRules);
    for (const [id, w] of Object.entries(EXPECTED)) expect(recommended[id]).toBe(w.severity);
  });
});
