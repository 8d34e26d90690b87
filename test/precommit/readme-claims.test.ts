// README claims about the command line that no other test backs: directory walking (`node_modules` and `.git`
// skipped), `--ignore-path` / `--no-ignore`, `--color` / `--no-color`, the `$INCLUDE` depth limit, the
// `zonelint:strict` preset, the GitLab severity of warnings, numeric severities, plugins from npm packages and
// the inline-control spellings of the README's example (rule lists with commas, comments without rule ids).
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, scratch } from '../helpers/cli.js';
import { CLEAN_ZONE, DUPLICATE_ZONE } from '../helpers/zones.js';

const ANSI = /\u001b\[\d+m/;

function files(stdout: string): string[] {
  return [...new Set(stdout.trimEnd().split('\n').filter(Boolean).map((l) => l.split(':')[0]!))].sort();
}

describe('README claims: the command line', () => {
  it('directories: node_modules and .git are skipped; .zonelintignore is honoured, --ignore-path replaces it, --no-ignore drops it', async () => {
    const dir = scratch({
      'a.zone': DUPLICATE_ZONE,
      'sub/b.zone': DUPLICATE_ZONE,
      'node_modules/pkg/c.zone': DUPLICATE_ZONE,
      '.git/d.zone': DUPLICATE_ZONE,
      '.zonelintignore': 'a.zone\n',
      '.other-ignore': 'sub/\n',
    });
    const plain = await runCli(['-f', 'unix', '.'], { cwd: dir });
    expect(plain.code).toBe(1);
    expect(files(plain.stdout)).toEqual(['sub/b.zone']);
    const other = await runCli(['-f', 'unix', '--ignore-path', '.other-ignore', '.'], { cwd: dir });
    expect(files(other.stdout)).toEqual(['a.zone']);
    const none = await runCli(['-f', 'unix', '--no-ignore', '.'], { cwd: dir });
    expect(files(none.stdout)).toEqual(['a.zone', 'sub/b.zone']);
  });

  it('--color forces colour on (even when not a terminal), --no-color off', async () => {
    const dir = scratch({ 'a.zone': DUPLICATE_ZONE });
    const on = await runCli(['--color', 'a.zone'], { cwd: dir });
    expect(on.stdout).toMatch(ANSI);
    const off = await runCli(['--no-color', 'a.zone'], { cwd: dir });
    expect(off.stdout).toContain('no-duplicate-records');
    expect(off.stdout).not.toMatch(ANSI);
  });

  it('$INCLUDE stops at 16 levels', async () => {
    const chain = (levels: number): Record<string, string> => {
      const out: Record<string, string> = { 'z.zone': CLEAN_ZONE + '$INCLUDE l1.inc\n' };
      for (let i = 1; i <= levels; i++) out[`l${i}.inc`] = i < levels ? `$INCLUDE l${i + 1}.inc\n` : `x${i} IN A 192.0.2.3\n`;
      return out;
    };
    const ok = await runCli(['-f', 'unix', 'z.zone'], { cwd: scratch(chain(16)) });
    expect(ok.stdout).toBe('');
    expect(ok.code).toBe(0);
    const deep = await runCli(['-f', 'unix', 'z.zone'], { cwd: scratch(chain(17)) });
    expect(deep.code).toBe(1);
    expect(deep.stdout).toContain('$INCLUDE nesting deeper than 16 levels');
  });

  it('extends: zonelint:strict turns on the rules marked "strict: warn" in the rule table', async () => {
    const oneNs = CLEAN_ZONE.replace('@   IN NS  ns2\n', '');
    const recommended = await runCli(['-f', 'json', 'a.zone'], { cwd: scratch({ 'a.zone': oneNs }) });
    expect(JSON.parse(recommended.stdout)[0].messages).toEqual([]);
    const strict = await runCli(['-f', 'json', 'a.zone'], { cwd: scratch({ 'a.zone': oneNs, '.zonelintrc.json': '{"extends": ["zonelint:strict"]}' }) });
    const messages = JSON.parse(strict.stdout)[0].messages as { ruleId: string; severity: number }[];
    expect(messages.map((m) => [m.ruleId, m.severity])).toEqual([['ns-count', 1]]);
  });

  it('-f gitlab: warnings are `minor`', async () => {
    const dir = scratch({ 'a.zone': DUPLICATE_ZONE });
    const r = await runCli(['-f', 'gitlab', '-o', 'report.json', '--rule', 'no-duplicate-records: warn', 'a.zone'], { cwd: dir });
    expect(r.code).toBe(0);
    const report = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')) as { check_name: string; severity: string }[];
    expect(report.map((i) => [i.check_name, i.severity])).toEqual([['no-duplicate-records', 'minor']]);
  });

  it('rules: severities 0/1/2 mean off/warn/error', async () => {
    const json = async (severity: number) => {
      const dir = scratch({ 'a.zone': DUPLICATE_ZONE, '.zonelintrc.json': JSON.stringify({ extends: ['zonelint:recommended'], rules: { 'no-duplicate-records': severity } }) });
      const r = await runCli(['-f', 'json', 'a.zone'], { cwd: dir });
      return (JSON.parse(r.stdout)[0].messages as { ruleId: string; severity: number }[]).map((m) => [m.ruleId, m.severity]);
    };
    expect(await json(0)).toEqual([]);
    expect(await json(1)).toEqual([['no-duplicate-records', 1]]);
    expect(await json(2)).toEqual([['no-duplicate-records', 2]]);
  });

  it('plugins: an npm package exporting `rules`', async () => {
    const dir = scratch({
      'node_modules/zonelint-plugin-www/package.json': JSON.stringify({ name: 'zonelint-plugin-www', type: 'module', main: 'index.js' }),
      'node_modules/zonelint-plugin-www/index.js': `export const rules = [{
  meta: { id: 'no-www', description: 'No www names', severity: 'warn', fixable: false, docs: 'https://example.com/no-www' },
  check(context) {
    for (const rec of context.zone.records) if (rec.owner.startsWith('www.')) context.report({ node: rec, message: 'www is so 1999' });
  },
}];
`,
      '.zonelintrc.json': JSON.stringify({ extends: ['zonelint:recommended'], plugins: ['zonelint-plugin-www'] }),
      'a.zone': CLEAN_ZONE,
    });
    const r = await runCli(['-f', 'json', 'a.zone'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect((JSON.parse(r.stdout)[0].messages as { ruleId: string; line: number; message: string }[]).map((m) => [m.ruleId, m.line, m.message])).toEqual([['no-www', 8, 'www is so 1999']]);
  });

  it('inline control: comma-separated rule lists, and comments without rule ids apply to every rule', async () => {
    // Line 9 duplicates www (no-duplicate-records); line 10 is a CNAME beside www's A record (cname-and-other-data).
    const body = (open: string, close: string) => CLEAN_ZONE + open + 'www IN A   192.0.2.10\nwww IN CNAME ns1\n' + close;
    const rules = async (zone: string) => {
      const r = await runCli(['-f', 'json', 'a.zone'], { cwd: scratch({ 'a.zone': zone }) });
      return (JSON.parse(r.stdout)[0].messages as { ruleId: string }[]).map((m) => m.ruleId).sort();
    };
    const baseline = await rules(body('', ''));
    expect(baseline).toContain('no-duplicate-records');
    expect(baseline).toContain('cname-and-other-data');
    expect(await rules(body('; zonelint-disable no-duplicate-records, cname-and-other-data\n', '; zonelint-enable no-duplicate-records, cname-and-other-data\n'))).toEqual([]);
    expect(await rules(body('; zonelint-disable\n', '; zonelint-enable\n'))).toEqual([]);
  });
});
