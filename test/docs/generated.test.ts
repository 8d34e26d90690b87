// Generated files are up to date: rules/index.ts lists every rule file, the README lists every rule.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { builtinRules } from '../../rules/index.js';
import { withRuleTable } from '../../src/lint/rule-table.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

describe('generated files', () => {
  it('rules/index.ts has one entry per rule file, and ids match file names', () => {
    const files = readdirSync(`${root}rules`).filter((f) => f.endsWith('.ts') && f !== 'index.ts').map((f) => f.replace(/\.ts$/, '')).sort();
    expect(builtinRules.map((r) => r.meta.id).sort()).toEqual(files);
  });

  it('README rule table matches rule meta (npm run build && npm run gen:readme)', () => {
    const readme = readFileSync(`${root}README.md`, 'utf8');
    expect(withRuleTable(readme, builtinRules)).toBe(readme);
  });

  it('every rule has complete meta', () => {
    for (const r of builtinRules) {
      expect(r.meta.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(r.meta.description.length).toBeGreaterThan(10);
      expect(['off', 'warn', 'error']).toContain(r.meta.severity);
      expect(typeof r.meta.fixable).toBe('boolean');
    }
  });
});

describe('README quick start', () => {
  it('shows the real output of zonelint on fixtures/examples/ (npm run build && npm run gen:readme)', async () => {
    const { runCli } = await import('../helpers/cli.js');
    const { exampleBlock, withExample } = await import('../../src/lint/readme-example.js');
    const r = await runCli(['fixtures/examples/'], { cwd: root });
    const readme = readFileSync(`${root}README.md`, 'utf8');
    expect(withExample(readme, exampleBlock(r.stdout + r.stderr, r.code))).toBe(readme);
  });
});
