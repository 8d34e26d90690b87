import { describe, expect, it } from 'vitest';
import { readFileSync, statSync, chmodSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ORIGINLESS_ZONE as CLEAN, runCli, scratch } from '../helpers/cli.js';
import type { JsonResult } from '../../src/report/json.js';
import { formatNames } from '../../src/report/formatters.js';

const DUP = CLEAN + 'www IN A 192.0.2.10\n';
const BROKEN = CLEAN + 'bad IN A 192.0.2.300\n';

function json(stdout: string) {
  return JSON.parse(stdout) as JsonResult[];
}

describe('exit codes and formats', () => {
  it('exits 0 on a clean zone and prints nothing', async () => {
    const cwd = scratch({ 'example.com.zone': CLEAN });
    const r = await runCli(['example.com.zone'], { cwd });
    expect(r).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('exits 1 on lint errors, with ESLint-shaped JSON', async () => {
    const cwd = scratch({ 'example.com.zone': DUP });
    const r = await runCli(['-f', 'json', 'example.com.zone'], { cwd });
    expect(r.code).toBe(1);
    const [res] = json(r.stdout);
    expect(res!.filePath).toBe(join(cwd, 'example.com.zone'));
    expect(res!.errorCount).toBe(1);
    expect(res!.fixableErrorCount).toBe(1);
    expect(res!.messages).toEqual([
      {
        ruleId: 'no-duplicate-records',
        severity: 2,
        message: expect.stringContaining('line 7'),
        line: 8,
        column: 1,
        endLine: 8,
        endColumn: 20,
        fix: { range: [DUP.length - 20, DUP.length], text: '' },
      },
    ]);
  });

  it('reports syntax errors with exact positions in stylish output', async () => {
    const cwd = scratch({ 'example.com.zone': BROKEN });
    const r = await runCli(['example.com.zone'], { cwd });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('example.com.zone');
    expect(r.stdout).toMatch(/8:10-8:21\s+error\s+invalid IPv4 address "192\.0\.2\.300".*syntax/);
  });

  it('exits 2 on usage errors, missing files and unknown formats', async () => {
    const cwd = scratch({ 'a.zone': CLEAN });
    expect((await runCli([], { cwd })).code).toBe(2);
    expect((await runCli(['--bogus', 'a.zone'], { cwd })).code).toBe(2);
    const missing = await runCli(['nope.zone'], { cwd });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('no such file or directory: nope.zone');
    expect((await runCli(['-f', 'nope', 'a.zone'], { cwd })).stderr).toContain('unknown format "nope"');
  });

  it('--quiet drops warnings and --max-warnings turns them into a failure', async () => {
    const cwd = scratch({ 'example.com.zone': DUP });
    const warn = ['--rule', 'no-duplicate-records: warn'];
    const normal = await runCli([...warn, '-f', 'json', 'example.com.zone'], { cwd });
    expect(normal.code).toBe(0);
    expect(json(normal.stdout)[0]!.warningCount).toBe(1);
    const quiet = await runCli([...warn, '--quiet', '-f', 'json', 'example.com.zone'], { cwd });
    expect(json(quiet.stdout)[0]!.messages).toEqual([]);
    expect((await runCli([...warn, '--max-warnings', '0', 'example.com.zone'], { cwd })).code).toBe(1);
    expect((await runCli([...warn, '--max-warnings', '1', 'example.com.zone'], { cwd })).code).toBe(0);
  });

  it('-o writes the report to a file', async () => {
    const cwd = scratch({ 'example.com.zone': DUP });
    const r = await runCli(['-f', 'json', '-o', 'report.json', 'example.com.zone'], { cwd });
    expect(r.stdout).toBe('');
    expect(json(readFileSync(join(cwd, 'report.json'), 'utf8'))[0]!.errorCount).toBe(1);
  });

  it('--version and --help', async () => {
    const cwd = scratch({});
    expect((await runCli(['--version'], { cwd })).stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
    expect((await runCli(['--help'], { cwd })).stdout).toContain('--max-warnings');
  });

  it('--help and the README name every output format there is, and no other', async () => {
    const names = formatNames();
    const help = (await runCli(['--help'], { cwd: scratch({}) })).stdout;
    const helpRow = help.slice(help.indexOf('-f, --format NAME'), help.indexOf('-o, --output-file'));
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const readmeRow = readme.split('\n').find((l) => l.startsWith('| `-f, --format NAME`'))!;
    expect(readmeRow).toBeDefined();
    const helpNames = [...helpRow.replace('-f, --format NAME', '').matchAll(/\b([a-z]+)\b(?=,| \(|\s*$)/gm)].map((m) => m[1]);
    const readmeNames = [...readmeRow.matchAll(/`([a-z]+)`/g)].map((m) => m[1]);
    expect(new Set(helpNames)).toEqual(new Set(names));
    expect(new Set(readmeNames)).toEqual(new Set(names));
  });
});

describe('file discovery and origin', () => {
  it('searches directories for *.zone, *.db and db.* and derives the origin from the file name', async () => {
    const rel = CLEAN.replace('www IN A', 'www IN CNAME www.example.com.\nwww2 IN A');
    const cwd = scratch({
      'zones/example.com.zone': DUP,
      'zones/db.example.org': DUP,
      'zones/example.net.db': DUP,
      'zones/notes.txt': DUP,
      'zones/sub/x.example.zone': rel,
    });
    const r = await runCli(['-f', 'json', 'zones'], { cwd });
    const files = json(r.stdout).map((f) => f.filePath.slice(cwd.length + 1)).sort();
    expect(files).toEqual(['zones/db.example.org', 'zones/example.com.zone', 'zones/example.net.db', 'zones/sub/x.example.zone']);
  });

  it('honours .zonelintignore', async () => {
    const cwd = scratch({ 'a.zone': DUP, 'legacy/b.zone': DUP, '.zonelintignore': 'legacy/\n' });
    const r = await runCli(['-f', 'json', '.'], { cwd });
    expect(json(r.stdout).map((f) => f.filePath)).toEqual([join(cwd, 'a.zone')]);
  });

  it('lints standard input with --stdin-filename', async () => {
    const cwd = scratch({});
    const r = await runCli(['--stdin', '--stdin-filename', 'example.com.zone', '-f', 'json'], { cwd, stdin: DUP });
    expect(r.code).toBe(1);
    const [res] = json(r.stdout);
    expect(res!.filePath).toBe(join(cwd, 'example.com.zone'));
    expect(res!.messages[0]!.message).toContain('www.example.com.');
  });

  it('--origin overrides the file name', async () => {
    const cwd = scratch({ 'zone.txt': DUP });
    const r = await runCli(['--origin', 'corp.example', '-f', 'json', 'zone.txt'], { cwd });
    expect(json(r.stdout)[0]!.messages[0]!.message).toContain('www.corp.example.');
  });
});

describe('configuration', () => {
  it('finds .zonelintrc.json upward from each file', async () => {
    const cwd = scratch({
      '.zonelintrc.json': JSON.stringify({ extends: ['zonelint:recommended'], rules: { 'no-duplicate-records': 'warn' } }),
      'a/example.com.zone': DUP,
      'b/.zonelintrc.yaml': 'extends: zonelint:recommended\nrules:\n  no-duplicate-records: off\n',
      'b/example.com.zone': DUP,
    });
    const r = await runCli(['-f', 'json', '.'], { cwd });
    const byFile = Object.fromEntries(json(r.stdout).map((f) => [f.filePath.slice(cwd.length + 1), f.messages.map((m) => m.severity)]));
    expect(byFile).toEqual({ 'a/example.com.zone': [1], 'b/example.com.zone': [] });
    expect(r.code).toBe(0);
  });

  it('reads .zonelintrc (JSON), .zonelintrc.mjs, .zonelintrc.cjs and .zonelintrc.yml', async () => {
    const off = { rules: { 'no-duplicate-records': 'off' } };
    const cwd = scratch({
      'a/.zonelintrc': JSON.stringify(off),
      'a/example.com.zone': DUP,
      'b/.zonelintrc.mjs': `export default ${JSON.stringify(off)};`,
      'b/example.com.zone': DUP,
      'c/.zonelintrc.cjs': `module.exports = ${JSON.stringify(off)};`,
      'c/example.com.zone': DUP,
      'd/.zonelintrc.yml': 'rules:\n  no-duplicate-records: off\n',
      'd/example.com.zone': DUP,
      'e/example.com.zone': DUP,
    });
    const r = await runCli(['-f', 'json', '.'], { cwd });
    const errors = Object.fromEntries(json(r.stdout).map((f) => [f.filePath.slice(cwd.length + 1), f.errorCount]));
    expect(errors).toEqual({ 'a/example.com.zone': 0, 'b/example.com.zone': 0, 'c/example.com.zone': 0, 'd/example.com.zone': 0, 'e/example.com.zone': 1 });
  });

  it('reads the zonelint field of package.json', async () => {
    const cwd = scratch({ 'package.json': JSON.stringify({ name: 'zones', zonelint: { rules: { 'no-duplicate-records': 'off' } } }), 'example.com.zone': DUP });
    expect((await runCli(['example.com.zone'], { cwd })).code).toBe(0);
  });

  it('-c uses a given file; --no-config ignores config files', async () => {
    const cwd = scratch({
      '.zonelintrc.json': JSON.stringify({ rules: { 'no-duplicate-records': 'off' } }),
      'strict.json': JSON.stringify({ extends: 'zonelint:recommended' }),
      'example.com.zone': DUP,
    });
    expect((await runCli(['example.com.zone'], { cwd })).code).toBe(0);
    const withC = await runCli(['-c', 'strict.json', 'example.com.zone'], { cwd });
    expect(withC.stderr).toBe('');
    expect(withC.code).toBe(1);
    expect((await runCli(['--no-config', 'example.com.zone'], { cwd })).code).toBe(1);
  });

  it('makes unknown rules, bad severities and bad options config errors (exit 2)', async () => {
    const cwd = scratch({ 'example.com.zone': DUP });
    const unknown = await runCli(['--rule', 'no-duplicate-record: error', 'example.com.zone'], { cwd });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown rule "no-duplicate-record" (did you mean "no-duplicate-records"?)');
    const cwd2 = scratch({ '.zonelintrc.json': JSON.stringify({ rules: { 'no-duplicate-records': 'loud' } }), 'example.com.zone': DUP });
    const sev = await runCli(['example.com.zone'], { cwd: cwd2 });
    expect(sev.code).toBe(2);
    expect(sev.stderr).toContain('severity "loud"');
    const cwd3 = scratch({ '.zonelintrc.json': JSON.stringify({ rules: { 'no-duplicate-records': ['error', { x: 1 }] } }), 'example.com.zone': DUP });
    expect((await runCli(['example.com.zone'], { cwd: cwd3 })).stderr).toContain('takes no options');
    const cwd4 = scratch({ '.zonelintrc.json': '{ nope', 'example.com.zone': DUP });
    expect((await runCli(['example.com.zone'], { cwd: cwd4 })).code).toBe(2);
  });

  it('--print-config shows the rules that apply to a file', async () => {
    const cwd = scratch({ '.zonelintrc.json': JSON.stringify({ extends: ['zonelint:recommended'], rules: { 'no-duplicate-records': 'warn' } }) });
    const r = await runCli(['--print-config', 'x.zone'], { cwd });
    expect(r.code).toBe(0);
    const printed = JSON.parse(r.stdout) as { rules: Record<string, unknown>; configFiles: string[] };
    expect(printed.rules['no-duplicate-records']).toEqual(['warn']);
    expect(printed.configFiles).toEqual([join(cwd, '.zonelintrc.json')]);
  });

  it('loads third-party rules from a local plugin file named in config', async () => {
    const plugin = `
export const rules = [{
  meta: { id: 'no-www', description: 'no www', severity: 'warn', fixable: false, docs: 'https://example.invalid/no-www' },
  check(context) {
    for (const rec of context.zone.records) {
      if (rec.owner.startsWith('www.')) context.report({ node: rec, message: 'www is so 1999' });
    }
  },
}];
`;
    const cwd = scratch({
      'my-rules.mjs': plugin,
      '.zonelintrc.json': JSON.stringify({ extends: ['zonelint:recommended'], plugins: ['./my-rules.mjs'], rules: { 'no-www': 'error' } }),
      'example.com.zone': CLEAN,
    });
    const r = await runCli(['-f', 'json', 'example.com.zone'], { cwd });
    expect(r.code).toBe(1);
    expect(json(r.stdout)[0]!.messages.map((m) => [m.ruleId, m.line, m.message])).toEqual([['no-www', 7, 'www is so 1999']]);
  });
});

describe('inline control comments', () => {
  it('supports disable-next-line, disable-line and disable/enable blocks', async () => {
    const zone =
      CLEAN +
      '; zonelint-disable-next-line no-duplicate-records -- known, tracked in TICKET-1\n' +
      'www IN A 192.0.2.10\n' +
      'www IN A 192.0.2.10 ; zonelint-disable-line no-duplicate-records\n' +
      '; zonelint-disable no-duplicate-records\n' +
      'www IN A 192.0.2.10\n' +
      '; zonelint-enable no-duplicate-records\n' +
      'www IN A 192.0.2.10\n' +
      'www IN A 192.0.2.10 ; zonelint-disable-line other-rule-id\n';
    const cwd = scratch({ 'example.com.zone': zone });
    const r = await runCli(['-f', 'json', 'example.com.zone'], { cwd });
    const msgs = json(r.stdout)[0]!.messages;
    expect(msgs.filter((m) => m.ruleId === 'no-duplicate-records').map((m) => m.line)).toEqual([14, 15]);
    expect(msgs.filter((m) => m.ruleId !== 'no-duplicate-records').map((m) => m.message)).toEqual(['Unknown rule "other-rule-id" in a zonelint-disable/enable comment']);
  });

  it('cannot hide syntax errors', async () => {
    const cwd = scratch({ 'example.com.zone': CLEAN + '; zonelint-disable\nbad A 192.0.2.300\n' });
    expect((await runCli(['example.com.zone'], { cwd })).code).toBe(1);
  });
});

describe('--fix', () => {
  it('deletes duplicates, keeps everything else byte for byte, keeps mode and CRLF', async () => {
    const crlf = DUP.replace(/\n/g, '\r\n');
    const cwd = scratch({ 'example.com.zone': crlf });
    const path = join(cwd, 'example.com.zone');
    chmodSync(path, 0o640);
    const r = await runCli(['--fix', 'example.com.zone'], { cwd });
    expect(r.code).toBe(0);
    expect(readFileSync(path, 'utf8')).toBe(CLEAN.replace(/\n/g, '\r\n'));
    expect(statSync(path).mode & 0o777).toBe(0o640);
  });

  it('--fix-dry-run writes nothing and puts the fixed text in output', async () => {
    const cwd = scratch({ 'example.com.zone': DUP });
    const r = await runCli(['--fix-dry-run', '-f', 'json', 'example.com.zone'], { cwd });
    expect(json(r.stdout)[0]!.output).toBe(CLEAN);
    expect(readFileSync(join(cwd, 'example.com.zone'), 'utf8')).toBe(DUP);
  });

  it('fixes files that also have syntax errors', async () => {
    const cwd = scratch({ 'example.com.zone': DUP + 'bad IN A 192.0.2.300\n' });
    const r = await runCli(['--fix', 'example.com.zone'], { cwd });
    expect(r.code).toBe(1);
    expect(readFileSync(join(cwd, 'example.com.zone'), 'utf8')).toBe(CLEAN + 'bad IN A 192.0.2.300\n');
  });

  it('gives a blank-owner follower the deleted record its owner', async () => {
    const zone = CLEAN + 'www IN A 192.0.2.10\n    IN AAAA 2001:db8::10\n';
    const cwd = scratch({ 'example.com.zone': zone });
    await runCli(['--fix', 'example.com.zone'], { cwd });
    expect(readFileSync(join(cwd, 'example.com.zone'), 'utf8')).toBe(CLEAN + 'www    IN AAAA 2001:db8::10\n');
  });

  it('refuses to write a file that is not valid UTF-8', async () => {
    const cwd = scratch({});
    const path = join(cwd, 'example.com.zone');
    writeFileSync(path, Buffer.concat([Buffer.from(DUP), Buffer.from('; caf\xe9\n', 'latin1')]));
    const r = await runCli(['--fix', '-f', 'json', 'example.com.zone'], { cwd });
    expect(json(r.stdout)[0]!.messages.map((m) => m.message)).toContain('fixes were not written: it is not valid UTF-8');
    expect(readFileSync(path).includes(Buffer.from('www IN A 192.0.2.10\nwww IN A 192.0.2.10\n'))).toBe(true);
  });
});

describe('dump', () => {
  it('prints the expanded zone and sends errors to stderr', async () => {
    const cwd = scratch({ 'example.com.zone': BROKEN });
    const r = await runCli(['dump', 'example.com.zone'], { cwd });
    expect(r.code).toBe(1);
    expect(r.stdout.split('\n')[0]).toBe('example.com.\t3600\tIN\tSOA\tns1.example.com. hostmaster.example.com. 2024010101 7200 3600 1209600 300');
    expect(r.stdout.split('\n').filter(Boolean)).toHaveLength(6);
    expect(r.stderr).toBe(`${join(cwd, 'example.com.zone')}:8:10: error: invalid IPv4 address "192.0.2.300" in A address [syntax]\n`);
  });
});
