// The README's "Use it in…" and "Editors" snippets, exercised: each is parsed as its tool would parse it, and
// the zonelint commands in them are run on a zone with an error.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import YAML from 'yaml';
import { runCli, scratch } from '../helpers/cli.js';
import { BROKEN_ZONE, ROOT } from '../helpers/zones.js';

const README = readFileSync(join(ROOT, 'README.md'), 'utf8');
const REQUIRE_PRE_COMMIT = process.env.CI !== undefined || process.env.ZONELINT_REQUIRE_PRE_COMMIT === '1';

/** The fenced code blocks (of `lang`) in the README section under `heading` (up to the next heading of its level or above). */
function blocks(heading: string, lang: string): string[] {
  const level = /^#+/.exec(heading)![0].length;
  const start = README.indexOf(`\n${heading}\n`);
  expect(start, `README has no "${heading}"`).toBeGreaterThanOrEqual(0);
  const rest = README.slice(start + heading.length + 2);
  // The next heading of this level or above, outside code blocks (`# comments` in YAML are not headings).
  const lines = rest.split('\n');
  let fenced = false;
  let end = lines.length;
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]!.startsWith('```')) fenced = !fenced;
    else if (!fenced && new RegExp(`^#{1,${level}} `).test(lines[i]!)) {
      end = i;
      break;
    }
  }
  const section = lines.slice(0, end).join('\n') + '\n';
  return [...section.matchAll(new RegExp('^```' + lang + '\\n([\\s\\S]*?)^```$', 'gm'))].map((m) => m[1]!);
}

// A duplicate record (9:1) and a syntax error (10:12).
const ZONE = BROKEN_ZONE;

/** `npx --yes zonelint ARGS` → ARGS. */
function zonelintArgs(command: string): string[] {
  const m = /^(?:npx (?:--yes )?)?zonelint (.*)$/.exec(command.trim());
  expect(m, command).not.toBeNull();
  return m![1]!.split(/\s+/);
}

describe('README snippets', () => {
  it('Neovim: the snippet is test/server/nvim/init.lua, which the nvim end-to-end test runs', () => {
    const [lua] = blocks('### Neovim', 'lua');
    expect(lua).toBe(readFileSync(join(ROOT, 'test/server/nvim/init.lua'), 'utf8'));
  });

  it('pre-commit: the config is valid, names the published hooks, and their `files` pattern matches zone names', () => {
    const [yaml] = blocks('## Use it in pre-commit', 'yaml');
    const config = YAML.parse(yaml!) as { repos: { repo: string; rev: string; hooks: { id: string }[] }[] };
    const manifest = YAML.parse(readFileSync(join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as { id: string; entry: string; files: string; language: string }[];
    expect(manifest.map((h) => [h.id, h.entry, h.language])).toEqual([
      ['zonelint', 'zonelint', 'node'],
      ['zonelint-fix', 'zonelint --fix', 'node'],
    ]);
    for (const hook of config.repos[0]!.hooks) expect(manifest.map((h) => h.id)).toContain(hook.id);
    // pre-commit applies `files` with Python's re.search; this pattern means the same in JavaScript.
    const files = new RegExp(manifest[0]!.files);
    for (const name of ['example.com.zone', 'zones/example.com.db', 'db.example.com', 'bind/db.example.com']) expect(files.test(name), name).toBe(true);
    for (const name of ['README.md', 'zone.txt', 'mydb.example', 'zones/dbexample', 'example.zone.bak']) expect(files.test(name), name).toBe(false);
    // pre-commit's own check of the config: required in CI (which installs pre-commit), skipped elsewhere without it.
    if (REQUIRE_PRE_COMMIT || spawnSync('pre-commit', ['--version']).status === 0) {
      const dir = scratch({ '.pre-commit-config.yaml': yaml! });
      const r = spawnSync('pre-commit', ['validate-config', '.pre-commit-config.yaml'], { cwd: dir, encoding: 'utf8' });
      expect(r.status, r.stdout + r.stderr).toBe(0);
    }
  });

  it('lint-staged: the package.json block is JSON with a zonelint --fix command', () => {
    const [json] = blocks('## husky / lint-staged', 'json');
    const config = JSON.parse(json!) as { 'lint-staged': Record<string, string> };
    expect(Object.values(config['lint-staged'])).toEqual(['zonelint --fix']);
  });

  it('GitHub Actions: the workflow runs zonelint to a SARIF file that upload-sarif uploads', async () => {
    const [yaml] = blocks('## GitHub Actions', 'yaml');
    const workflow = YAML.parse(yaml!) as { permissions: Record<string, string>; jobs: Record<string, { steps: { run?: string; uses?: string; with?: Record<string, string> }[] }> };
    expect(workflow.permissions['security-events']).toBe('write');
    const steps = Object.values(workflow.jobs)[0]!.steps;
    const run = steps.find((s) => s.run?.includes('zonelint'))!.run!;
    const upload = steps.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif@'))!;
    const args = zonelintArgs(run);
    const out = args[args.indexOf('-o') + 1]!;
    expect(upload.with?.sarif_file).toBe(out);
    const dir = scratch({ 'zones/example.com.zone': ZONE });
    const r = await runCli(args, { cwd: dir });
    expect(r.code).toBe(1);
    const sarif = JSON.parse(readFileSync(join(dir, out), 'utf8')) as { version: string; runs: { results: { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[] };
    expect(sarif.version).toBe('2.1.0');
    const results = sarif.runs[0]!.results;
    expect(results.map((x) => x.ruleId).sort()).toEqual(['no-duplicate-records', 'syntax']);
    expect(results[0]!.locations[0]!.physicalLocation.artifactLocation.uri).toBe('zones/example.com.zone');
  });

  it('GitLab CI: the job writes a code quality report in the shape GitLab reads', async () => {
    const [yaml] = blocks('## GitLab CI', 'yaml');
    const ci = YAML.parse(yaml!) as Record<string, { script: string[]; artifacts: { when: string; reports: { codequality: string } } }>;
    const job = ci.zonelint!;
    expect(job.artifacts.when).toBe('always');
    const args = zonelintArgs(job.script[0]!);
    const dir = scratch({ 'zones/example.com.zone': ZONE, 'zones/ok.zone': ZONE.replace(/^www.*\n(?=www)/m, '').replace(/^bad.*\n/m, '') });
    const r = await runCli(args, { cwd: dir });
    expect(r.code).toBe(1);
    const report = JSON.parse(readFileSync(join(dir, job.artifacts.reports.codequality), 'utf8')) as unknown[];
    expect(report).toHaveLength(2);
    for (const issue of report) {
      expect(issue).toEqual({
        description: expect.any(String),
        check_name: expect.any(String),
        fingerprint: expect.stringMatching(/^[0-9a-f]{32}$/),
        severity: expect.stringMatching(/^(info|minor|major|critical|blocker)$/),
        location: { path: 'zones/example.com.zone', lines: { begin: expect.any(Number), end: expect.any(Number) } },
      });
    }
    expect(report.map((i) => [(i as { check_name: string }).check_name, (i as { severity: string }).severity, (i as { location: { lines: { begin: number } } }).location.lines.begin])).toEqual([
      ['no-duplicate-records', 'major', 9],
      ['syntax', 'critical', 10],
    ]);
    // Fingerprints are stable from run to run (GitLab matches a merge request's base and head reports by them).
    const first = (report as { fingerprint: string }[]).map((i) => i.fingerprint);
    await runCli(args, { cwd: dir });
    const again = JSON.parse(readFileSync(join(dir, job.artifacts.reports.codequality), 'utf8')) as { fingerprint: string }[];
    expect(again.map((i) => i.fingerprint)).toEqual(first);
    expect(new Set(first).size).toBe(first.length);
  });

  it('VS Code: the task’s problem matcher is editors/vscode-problem-matcher.json and reads `zonelint -f unix`', async () => {
    const [json] = blocks('### VS Code', 'json');
    const tasks = JSON.parse(json!) as { tasks: { command: string; problemMatcher: { pattern: { regexp: string } } }[] };
    const task = tasks.tasks[0]!;
    expect(task.problemMatcher).toEqual(JSON.parse(readFileSync(join(ROOT, 'editors/vscode-problem-matcher.json'), 'utf8')));
    const dir = scratch({ 'zones/example.com.zone': ZONE });
    const r = await runCli(zonelintArgs(task.command), { cwd: dir });
    const re = new RegExp(task.problemMatcher.pattern.regexp);
    const matched = r.stdout.trimEnd().split('\n').map((line) => re.exec(line)?.slice(1, 7));
    expect(matched).toEqual([
      ['zones/example.com.zone', '9', '1', 'error', expect.stringMatching(/^Duplicate A record/), 'no-duplicate-records'],
      ['zones/example.com.zone', '10', '12', 'error', 'invalid IPv4 address "300.1.2.3" in A address', 'syntax'],
    ]);
  });

  it('Helix: the languages.toml snippet starts zonelint-language-server --stdio for zone files', () => {
    const [toml] = blocks('### Helix', 'toml');
    expect(toml).toContain('[language-server.zonelint]\ncommand = "zonelint-language-server"\nargs = ["--stdio"]\n');
    expect(toml).toMatch(/^file-types = \["zone", "db", \{ glob = "db\.\*" \}\]$/m);
    expect(toml).toMatch(/^language-servers = \["zonelint"\]$/m);
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { bin: Record<string, string> };
    expect(pkg.bin['zonelint-language-server']).toBe('bin/zonelint-language-server.js');
  });
});
