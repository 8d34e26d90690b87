// One test per output format on the same fixture (fixtures/formats/), each read back by the real consumer
// where there is one: Vim's errorformat, the VS Code problem matcher's regexp, the SARIF 2.1.0 JSON schema,
// GitHub's workflow-command rules, xmllint, git apply.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { createRequire } from 'node:module';
import { runCli } from '../helpers/cli.js';
import { fixtureFiles, fixtureDir, lintFixture, sh, type JsonMessage, type JsonResult } from './fixture.js';
import { formatGithub } from '../../src/report/github.js';
import { formatCheckstyle } from '../../src/report/checkstyle.js';
import { formatSarif } from '../../src/report/sarif.js';
import type { FormatContext } from '../../src/report/formatters.js';
import type { LintResult } from '../../src/report/results.js';

const require = createRequire(import.meta.url);
const ROOT = new URL('../../', import.meta.url);

/** All messages of the JSON reference run with their file path relative to cwd. */
function flat(json: JsonResult[], cwd: string): Array<JsonMessage & { file: string; abs: string }> {
  return json.flatMap((r) => r.messages.map((m) => ({ ...m, file: relative(cwd, r.filePath), abs: r.filePath })));
}

describe('the fixture', () => {
  it('has errors, warnings, a syntax error, fixes and suggestions', async () => {
    const { json, cwd } = await lintFixture('json');
    const all = flat(json, cwd);
    expect(all.some((m) => m.severity === 2 && m.ruleId !== 'syntax')).toBe(true);
    expect(all.some((m) => m.severity === 1)).toBe(true);
    expect(all.some((m) => m.ruleId === 'syntax')).toBe(true);
    expect(all.some((m) => m.fix)).toBe(true);
    expect(all.some((m) => m.suggestions?.length)).toBe(true);
    expect(new Set(all.map((m) => m.file)).size).toBe(2);
  });
});

describe('compact', () => {
  it("prints ESLint's compact lines and a problem count", async () => {
    const { run, json, cwd } = await lintFixture('compact');
    expect(run.code).toBe(1);
    const all = flat(json, cwd);
    const lines = run.stdout.split('\n');
    expect(lines.slice(all.length)).toEqual(['', `${all.length} problems`, '']);
    all.forEach((m, i) => {
      const severity = m.severity === 2 ? 'Error' : 'Warning';
      expect(lines[i]).toBe(`${m.abs}: line ${m.line}, col ${m.column}, ${severity} - ${m.message} (${m.ruleId})`);
    });
  });
});

describe('unix', () => {
  const EFM = String.raw`%f:%l:%c:\ %trror:\ %m,%f:%l:%c:\ %tarning:\ %m`;

  it("is read by Vim's errorformat (the one documented in the README)", async () => {
    const readme = readFileSync(new URL('README.md', ROOT), 'utf8');
    expect(readme).toContain(`set errorformat=${EFM}`);
    const { run, json, cwd } = await lintFixture('unix');
    expect(run.code).toBe(1);
    writeFileSync(join(cwd, 'errors.txt'), run.stdout);
    const vim = sh(
      'vim',
      [
        '-es', '-N', '-u', 'NONE', '-i', 'NONE',
        '-c', `set errorformat=${EFM}`,
        '-c', 'cgetfile errors.txt',
        '-c', `call writefile([json_encode(map(getqflist(), {_, e -> extend(e, {'file': bufname(e.bufnr)})}))], 'qf.json')`,
        '-c', 'qa!',
      ],
      { cwd },
    );
    expect(vim.status, vim.stderr).toBe(0);
    const qf = JSON.parse(readFileSync(join(cwd, 'qf.json'), 'utf8')) as Array<{ file: string; lnum: number; col: number; type: string; text: string; valid: number }>;
    const all = flat(json, cwd);
    expect(qf.map((e) => ({ file: e.file, lnum: e.lnum, col: e.col, type: e.type, text: e.text, valid: e.valid }))).toEqual(
      all.map((m) => ({
        file: m.file,
        lnum: m.line,
        col: m.column,
        type: m.severity === 2 ? 'e' : 'w',
        text: `${m.message} [${m.ruleId}]`,
        valid: 1,
      })),
    );
  });

  it('is matched by the shipped VS Code problem matcher', async () => {
    const matcher = JSON.parse(readFileSync(new URL('editors/vscode-problem-matcher.json', ROOT), 'utf8')) as {
      owner: string;
      fileLocation: unknown;
      pattern: { regexp: string; file: number; line: number; column: number; severity: number; message: number; code: number };
    };
    expect(matcher.owner).toBe('zonelint');
    const { run, json, cwd } = await lintFixture('unix');
    const re = new RegExp(matcher.pattern.regexp);
    const lines = run.stdout.split('\n').filter(Boolean);
    const all = flat(json, cwd);
    expect(lines).toHaveLength(all.length);
    lines.forEach((line, i) => {
      const m = re.exec(line);
      expect(m, line).not.toBeNull();
      const p = matcher.pattern;
      const want = all[i]!;
      expect({
        file: m![p.file],
        line: Number(m![p.line]),
        column: Number(m![p.column]),
        severity: m![p.severity],
        message: m![p.message],
        code: m![p.code],
      }).toEqual({
        file: want.file,
        line: want.line,
        column: want.column,
        severity: want.severity === 2 ? 'error' : 'warning',
        message: want.message,
        code: want.ruleId,
      });
    });
    // A message without a rule id (an unreadable file) still matches, with no code.
    const bare = re.exec('a b.zone:1:1: error: cannot read file: EACCES');
    expect(bare?.slice(1)).toEqual(['a b.zone', '1', '1', 'error', 'cannot read file: EACCES', undefined]);
  });
});

const CONTEXT: FormatContext = { color: false, cwd: '/repo', texts: new Map(), originals: new Map(), rules: new Map() };

function result(filePath: string, messages: LintResult['messages']): LintResult {
  return { filePath, messages, errorCount: 0, fatalErrorCount: 0, warningCount: 0, fixableErrorCount: 0, fixableWarningCount: 0 };
}

describe('sarif', () => {
  type Sarif = {
    version: string;
    runs: Array<{
      tool: { driver: { name: string; version: string; rules: Array<{ id: string; helpUri?: string; shortDescription?: { text: string } }> } };
      originalUriBaseIds?: Record<string, { uri: string }>;
      results: Array<{
        ruleId: string;
        ruleIndex?: number;
        level: string;
        message: { text: string };
        locations: Array<{
          physicalLocation: {
            artifactLocation: { uri: string; uriBaseId?: string };
            region: { startLine: number; startColumn: number; endLine: number; endColumn: number };
          };
        }>;
      }>;
    }>;
  };

  function validator() {
    // The OASIS schema is draft-04 (see its $schema), which needs Ajv's draft-04 class.
    // shared/ sits beside the checkout (here and in CI).
    const schema = JSON.parse(readFileSync(new URL('../shared/schemas/sarif-schema-2.1.0.json', ROOT), 'utf8')) as { $schema: string };
    expect(schema.$schema).toBe('http://json-schema.org/draft-04/schema#');
    const Ajv04 = require('ajv-draft-04') as typeof import('ajv-draft-04').default;
    const addFormats = require('ajv-formats') as typeof import('ajv-formats').default;
    const ajv = new Ajv04({ allErrors: true, strict: false });
    addFormats(ajv);
    return ajv.compile(schema);
  }

  it('validates against the SARIF 2.1.0 schema and meets GitHub code scanning requirements', async () => {
    const { run, json, cwd } = await lintFixture('sarif');
    expect(run.code).toBe(1);
    const log = JSON.parse(run.stdout) as Sarif;
    const validate = validator();
    expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true);

    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    const r = log.runs[0]!;
    expect(r.tool.driver.name).toBe('zonelint');
    expect(r.originalUriBaseIds?.['%SRCROOT%']?.uri).toBe(`file://${cwd}/`);
    const files = fixtureFiles();
    const all = flat(json, cwd);
    expect(r.results).toHaveLength(all.length);
    r.results.forEach((res, i) => {
      const want = all[i]!;
      expect(res.ruleId).toBe(want.ruleId);
      expect(r.tool.driver.rules[res.ruleIndex!]!.id).toBe(res.ruleId);
      expect(res.level).toBe(want.severity === 2 ? 'error' : 'warning');
      expect(res.message.text).toBe(want.message);
      const loc = res.locations[0]!.physicalLocation;
      // Repo-relative: no scheme, no leading slash.
      expect(loc.artifactLocation).toMatchObject({ uri: want.file, uriBaseId: '%SRCROOT%' });
      expect(loc.artifactLocation.uri).not.toMatch(/^(\/|[a-z]+:)/);
      expect(loc.region).toEqual({ startLine: want.line, startColumn: want.column, endLine: want.endLine, endColumn: want.endColumn });
      // endColumn is exclusive: the region is exactly the reported text.
      const line = files[want.file]!.split('\n')[loc.region.startLine - 1]!;
      if (loc.region.endLine === loc.region.startLine) {
        const text = line.slice(loc.region.startColumn - 1, loc.region.endColumn - 1);
        if (res.ruleId === 'syntax') expect(text).toBe('192.0.2.300');
        if (res.ruleId === 'no-duplicate-records') expect(text).toBe(line);
      }
    });
    // Rules: each one used, with its docs URL and description; syntax errors under the pseudo-rule `syntax`.
    const ids = r.tool.driver.rules.map((x) => x.id);
    expect(new Set(ids)).toEqual(new Set(all.map((m) => m.ruleId)));
    expect(ids).toContain('syntax');
    for (const rule of r.tool.driver.rules) {
      expect(rule.helpUri).toMatch(/^https:\/\//);
      expect(rule.shortDescription?.text).toBeTruthy();
      if (rule.id !== 'syntax') expect(rule.helpUri).toBe(`https://github.com/zonelint/zonelint/blob/main/docs/rules/${rule.id}.md`);
    }
  });

  it('is stable across checkouts (same ids and URIs from another directory)', async () => {
    const a = await lintFixture('sarif');
    const b = await lintFixture('sarif');
    const strip = (s: string) => {
      const log = JSON.parse(s) as Sarif;
      delete log.runs[0]!.originalUriBaseIds;
      return log;
    };
    expect(a.cwd).not.toBe(b.cwd);
    expect(strip(a.run.stdout)).toEqual(strip(b.run.stdout));
  });

  it('puts failures without a rule id into tool execution notifications; stdin results have no location', () => {
    const out = formatSarif(
      [
        result('/repo/zones/unreadable db.zone', [{ ruleId: null, severity: 2, message: 'Cannot process file: EACCES', line: 1, column: 1, fatal: true }]),
        result('<text>', [{ ruleId: 'syntax', severity: 2, message: 'bad', line: 1, column: 1, endLine: 1, endColumn: 2, fatal: true }]),
      ],
      CONTEXT,
    );
    const log = JSON.parse(out) as Sarif & {
      runs: Array<{ invocations: Array<{ executionSuccessful: boolean; toolExecutionNotifications: Array<{ level: string; message: { text: string }; locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }> }> }>;
    };
    const validate = validator();
    expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true);
    const inv = log.runs[0]!.invocations[0]!;
    expect(inv.executionSuccessful).toBe(false);
    expect(inv.toolExecutionNotifications).toEqual([
      {
        level: 'error',
        message: { text: 'Cannot process file: EACCES' },
        locations: [{ physicalLocation: { artifactLocation: { uri: 'zones/unreadable%20db.zone', uriBaseId: '%SRCROOT%' } } }],
      },
    ]);
    expect(log.runs[0]!.results).toEqual([expect.objectContaining({ ruleId: 'syntax', message: { text: 'bad' } })]);
    expect(log.runs[0]!.results[0]!.locations).toBeUndefined();
  });
});

/** Parse workflow commands as GitHub's runner does: `::name k=v,k=v::data`, then unescape. */
function parseWorkflowCommand(line: string): { command: string; properties: Record<string, string>; data: string } | undefined {
  if (!line.startsWith('::')) return undefined;
  const end = line.indexOf('::', 2);
  if (end < 0) return undefined;
  const info = line.slice(2, end);
  const data = line.slice(end + 2);
  const space = info.indexOf(' ');
  const command = space < 0 ? info : info.slice(0, space);
  const properties: Record<string, string> = {};
  if (space >= 0) {
    for (const pair of info.slice(space + 1).split(',')) {
      const eq = pair.indexOf('=');
      if (eq <= 0) continue;
      properties[pair.slice(0, eq)] = pair
        .slice(eq + 1)
        .replace(/%(25|0D|0A|3A|2C)/g, (_, c: string) => ({ '25': '%', '0D': '\r', '0A': '\n', '3A': ':', '2C': ',' })[c]!);
    }
  }
  return { command, properties, data: data.replace(/%(25|0D|0A)/g, (_, c: string) => ({ '25': '%', '0D': '\r', '0A': '\n' })[c]!) };
}

describe('github', () => {
  it('escapes messages and property values so that they parse back unchanged', () => {
    const nasty = 'a: 100% sure, b::c\r\nline two %0A literal %25, end';
    const out = formatGithub(
      [
        result('/repo/zones/we,ird:name%.zone', [
          { ruleId: 'some-rule', severity: 2, message: nasty, line: 3, column: 5, endLine: 3, endColumn: 9 },
          { ruleId: 'other', severity: 1, message: 'spans lines', line: 4, column: 2, endLine: 6, endColumn: 1 },
        ]),
      ],
      CONTEXT,
    );
    const lines = out.split('\n');
    expect(lines.pop()).toBe('');
    expect(lines).toHaveLength(2);
    expect(lines[0]).not.toMatch(/[\r]/);
    expect(parseWorkflowCommand(lines[0]!)).toEqual({
      command: 'error',
      properties: { file: 'zones/we,ird:name%.zone', line: '3', col: '5', endLine: '3', endColumn: '9', title: 'zonelint some-rule' },
      data: nasty,
    });
    // Multi-line ranges carry no columns (GitHub annotations support columns only within one line).
    expect(parseWorkflowCommand(lines[1]!)).toEqual({
      command: 'warning',
      properties: { file: 'zones/we,ird:name%.zone', line: '4', endLine: '6', title: 'zonelint other' },
      data: 'spans lines',
    });
  });

  it('annotates the fixture with repo-relative paths', async () => {
    const { run, json, cwd } = await lintFixture('github');
    expect(run.code).toBe(1);
    const all = flat(json, cwd);
    const cmds = run.stdout.split('\n').filter(Boolean).map(parseWorkflowCommand);
    expect(cmds).toEqual(
      all.map((m) => ({
        command: m.severity === 2 ? 'error' : 'warning',
        properties: {
          file: m.file,
          line: String(m.line),
          col: String(m.column),
          endLine: String(m.endLine),
          endColumn: String(m.endColumn),
          title: `zonelint ${m.ruleId}`,
        },
        data: m.message,
      })),
    );
  });
});

function xpath(file: string, expr: string): string {
  const r = sh('xmllint', ['--xpath', expr, file]);
  expect(r.status, r.stderr).toBe(0);
  return r.stdout.replace(/\n$/, '');
}

describe('checkstyle', () => {
  it('escapes XML specials and control characters (well-formed, attributes round-trip through xmllint)', () => {
    const message = `<tag attr="x" other='y'> & ]]> tab\there\nnew line\r\nCR bell\x07 nul\x00 esc\x1b lone\uD800 ok😀 \uFFFE end`;
    const xml = formatCheckstyle([result('/repo/a&b "c".zone', [{ ruleId: 'r', severity: 1, message, line: 2, column: 3 }])], CONTEXT);
    const dir = mkdtempSync(join(tmpdir(), 'zonelint-xml-'));
    const file = join(dir, 'out.xml');
    writeFileSync(file, xml);
    const check = sh('xmllint', ['--noout', file]);
    expect(check.status, check.stderr).toBe(0);
    expect(xpath(file, 'string(/checkstyle/file/@name)')).toBe('/repo/a&b "c".zone');
    const expected = message.replace(/[\x00\x07\x1b\uD800\uFFFE]/g, '\uFFFD') + ' (r)';
    expect(xpath(file, 'string(/checkstyle/file/error/@message)')).toBe(expected);
    expect(xpath(file, 'string(/checkstyle/file/error/@severity)')).toBe('warning');
  });

  it('reports the fixture in checkstyle 4.3 XML', async () => {
    const { run, json, cwd } = await lintFixture('checkstyle');
    expect(run.code).toBe(1);
    const file = join(cwd, 'report.xml');
    writeFileSync(file, run.stdout);
    const check = sh('xmllint', ['--noout', file]);
    expect(check.status, check.stderr).toBe(0);
    expect(xpath(file, 'string(/checkstyle/@version)')).toBe('4.3');
    expect(xpath(file, 'count(/checkstyle/file)')).toBe(String(json.length));
    json.forEach((r, i) => {
      const f = `/checkstyle/file[${i + 1}]`;
      expect(xpath(file, `string(${f}/@name)`)).toBe(r.filePath);
      expect(xpath(file, `count(${f}/error)`)).toBe(String(r.messages.length));
      r.messages.forEach((m, j) => {
        const e = `${f}/error[${j + 1}]`;
        const attrs = ['line', 'column', 'severity', 'message', 'source'].map((a) => xpath(file, `string(${e}/@${a})`));
        expect(attrs).toEqual([
          String(m.line),
          String(m.column),
          m.severity === 2 ? 'error' : 'warning',
          `${m.message} (${m.ruleId})`,
          `zonelint.${m.ruleId}`,
        ]);
      });
    });
  });
});

describe('diff', () => {
  it('needs --fix-dry-run (usage error otherwise)', async () => {
    const cwd = fixtureDir();
    const r = await runCli(['-f', 'diff', '.'], { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--fix-dry-run');
    expect((await runCli(['--fix', '-f', 'diff', '.'], { cwd })).code).toBe(2);
    expect(readFileSync(join(cwd, 'corp.example.zone'), 'utf8')).toBe(fixtureFiles()['corp.example.zone']);
  });

  it('is a unified diff that git apply accepts and that gives exactly the --fix result', async () => {
    const { run, cwd } = await lintFixture('diff', ['--fix-dry-run']);
    expect(run.code).toBe(1); // the syntax error remains
    const patch = run.stdout;
    // Dry run: nothing written.
    for (const [name, text] of Object.entries(fixtureFiles())) expect(readFileSync(join(cwd, name), 'utf8')).toBe(text);
    expect(patch).toMatch(/^--- a\/corp\.example\.zone\n\+\+\+ b\/corp\.example\.zone\n@@ /);
    expect(patch).toContain('--- a/shop.example.zone\n+++ b/shop.example.zone\n');

    // What --fix writes, in another copy.
    const fixedDir = fixtureDir();
    await runCli(['--fix', '.'], { cwd: fixedDir });

    const repo = fixtureDir();
    const git = (...args: string[]) => sh('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd: repo });
    expect(git('init', '-q').status).toBe(0);
    git('add', '.');
    expect(git('commit', '-q', '-m', 'fixture').status).toBe(0);
    const patchFile = join(mkdtempSync(join(tmpdir(), 'zonelint-patch-')), 'fixes.diff');
    writeFileSync(patchFile, patch);
    const check = git('apply', '--check', patchFile);
    expect(check.status, check.stderr).toBe(0);
    const apply = git('apply', patchFile);
    expect(apply.status, apply.stderr).toBe(0);
    for (const name of Object.keys(fixtureFiles())) {
      const fixed = readFileSync(join(fixedDir, name), 'utf8');
      expect(readFileSync(join(repo, name), 'utf8')).toBe(fixed);
      expect(fixed).not.toBe(fixtureFiles()[name]);
    }
    // Applying it again fails: the diff carries context, not just line numbers.
    expect(git('apply', '--check', patchFile).status).not.toBe(0);
  });

  it('prints nothing when there is nothing to fix', async () => {
    const cwd = fixtureDir();
    await runCli(['--fix', '.'], { cwd });
    const r = await runCli(['--fix-dry-run', '-f', 'diff', '.'], { cwd });
    expect(r.stdout).toBe('');
  });
});

describe('stylish with very many messages', () => {
  it('reports a file with more messages than vfile-reporter takes at once in parts, none lost, cut between lines', async () => {
    const { formatStylish, MESSAGES_PER_PART } = await import('../../src/report/stylish.js');
    const count = 2 * MESSAGES_PER_PART + 2;
    // Two messages on each line: the parts may only be cut between lines.
    const messages = Array.from({ length: count }, (_, i) => ({ ruleId: i % 2 ? 'b-rule' : 'a-rule', severity: 2 as const, message: 'm', line: (i >> 1) + 1, column: 1 }));
    const result: LintResult = { filePath: '/tmp/big.zone', messages, errorCount: count, fatalErrorCount: 0, warningCount: 0, fixableErrorCount: 0, fixableWarningCount: 0 };
    const out = formatStylish([result], { cwd: '/tmp' });
    const lines = out.split('\n');
    expect(lines.filter((l) => l === 'big.zone')).toHaveLength(3);
    expect(lines.filter((l) => /^\d+:1-\d+:1\s+error\s+m\s+[ab]-rule\s+zonelint$/.test(l))).toHaveLength(count);
    expect(out).toContain(`✖ ${count} errors`);
    // Each part after the first starts on a new line (the two messages of a line stay in one part).
    const heads = lines.flatMap((l, i) => (l === 'big.zone' ? [lines[i + 1]!] : []));
    expect(heads.map((l) => /^(\d+):/.exec(l)![1])).toEqual(['1', String(MESSAGES_PER_PART / 2 + 1), String(MESSAGES_PER_PART + 1)]);
  });
});
