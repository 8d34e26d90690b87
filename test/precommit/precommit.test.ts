// The pre-commit hooks as published: the real `pre-commit` tool (Debian's package) installs this repository
// (a throw-away git copy of the working tree, pinned by commit hash) as a `language: node` hook repo — npm
// install, `npm pack` (the `prepare` script builds dist/), `npm install -g` — and runs it on commits in a
// throw-away zone repository. npm reads its cache first (npm_config_prefer_offline): after `npm ci` the
// install needs the registry only for metadata the cache lacks.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CLEAN_ZONE, DUPLICATE_ZONE, ROOT } from '../helpers/zones.js';

const HAVE_PRE_COMMIT = spawnSync('pre-commit', ['--version'], { encoding: 'utf8' }).status === 0;
const HAVE_GIT = spawnSync('git', ['--version'], { encoding: 'utf8' }).status === 0;
// CI installs pre-commit (.ci/run); elsewhere the suite is skipped rather than failing.
const REQUIRE = process.env.CI !== undefined || process.env.ZONELINT_REQUIRE_PRE_COMMIT === '1';

const GOOD = CLEAN_ZONE;
const BAD = DUPLICATE_ZONE; // no-duplicate-records at 9:1-9:22

let work: string;
let env: NodeJS.ProcessEnv;
let rev: string;
let hookRepo: string;

function run(cmd: string, args: string[], cwd: string, timeout = 600_000): SpawnSyncReturns<string> {
  return spawnSync(cmd, args, { cwd, env, encoding: 'utf8', timeout });
}

function ok(cmd: string, args: string[], cwd: string): string {
  const r = run(cmd, args, cwd);
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${r.status}): ${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

/** A git repository holding what a clone of zonelint at a tag holds (the working tree's versions). */
function makeHookRepo(dir: string): string {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { files?: string[] };
  const entries = new Set([
    'package.json',
    'package-lock.json',
    '.npmrc',
    '.pre-commit-hooks.yaml',
    'tsconfig.json',
    'src',
    'rules',
    'scripts',
    ...(pkg.files ?? []),
  ]);
  entries.delete('dist'); // built by `prepare`, as from a real clone (dist/ is not in git)
  mkdirSync(dir, { recursive: true });
  for (const e of entries) if (existsSync(join(ROOT, e))) cpSync(join(ROOT, e), join(dir, e), { recursive: true });
  ok('git', ['init', '-q'], dir);
  ok('git', ['add', '-A'], dir);
  ok('git', ['commit', '-q', '-m', 'zonelint'], dir);
  return ok('git', ['rev-parse', 'HEAD'], dir).trim();
}

function zoneRepo(name: string, hookIds: string[]): string {
  const dir = join(work, name);
  mkdirSync(dir);
  ok('git', ['init', '-q'], dir);
  const hooks = hookIds.map((id) => `      - id: ${id}\n`).join('');
  writeFileSync(join(dir, '.pre-commit-config.yaml'), `repos:\n  - repo: ${hookRepo}\n    rev: ${rev}\n    hooks:\n${hooks}`);
  ok('git', ['add', '.pre-commit-config.yaml'], dir);
  ok('git', ['commit', '-q', '--no-verify', '-m', 'config'], dir);
  ok('pre-commit', ['install'], dir);
  return dir;
}

function commit(dir: string, files: Record<string, string>): SpawnSyncReturns<string> {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  ok('git', ['add', '-A'], dir);
  return run('git', ['commit', '-m', `add ${Object.keys(files).join(', ')}`], dir);
}

function commits(dir: string): number {
  return Number(ok('git', ['rev-list', '--count', 'HEAD'], dir).trim());
}

describe.skipIf((!HAVE_PRE_COMMIT || !HAVE_GIT) && !REQUIRE)('pre-commit hooks (.pre-commit-hooks.yaml, language: node)', () => {
  beforeAll(() => {
    expect(HAVE_PRE_COMMIT, 'pre-commit is not installed (apt-get install pre-commit)').toBe(true);
    expect(HAVE_GIT, 'git is not installed').toBe(true);
    work = mkdtempSync(join(tmpdir(), 'zonelint-pre-commit-'));
    env = {
      ...process.env,
      PRE_COMMIT_HOME: join(work, 'cache'),
      PRE_COMMIT_COLOR: 'never',
      npm_config_prefer_offline: 'true',
      npm_config_audit: 'false',
      npm_config_fund: 'false',
      npm_config_update_notifier: 'false',
      GIT_AUTHOR_NAME: 'zonelint test',
      GIT_AUTHOR_EMAIL: 'test@example.com',
      GIT_COMMITTER_NAME: 'zonelint test',
      GIT_COMMITTER_EMAIL: 'test@example.com',
      GIT_CONFIG_NOSYSTEM: '1',
      GIT_CONFIG_GLOBAL: '/dev/null',
    };
    hookRepo = join(work, 'zonelint');
    rev = makeHookRepo(hookRepo);
    // Install the hook environment once (both hooks share it); report how long it took.
    const dir = zoneRepo('install', ['zonelint', 'zonelint-fix']);
    const started = Date.now();
    ok('pre-commit', ['install-hooks'], dir);
    console.log(`pre-commit install-hooks (language: node, npm install + npm pack + npm install -g): ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }, 600_000);

  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('the hooks file is a valid pre-commit manifest', () => {
    const r = run('pre-commit', ['validate-manifest', join(ROOT, '.pre-commit-hooks.yaml')], ROOT);
    expect(r.status, r.stdout + r.stderr).toBe(0);
  });

  it('zonelint: a zone with an error blocks the commit, with zonelint’s message', () => {
    const dir = zoneRepo('lint-bad', ['zonelint']);
    const r = commit(dir, { 'zones/example.com.zone': BAD });
    expect(r.status).not.toBe(0);
    const out = r.stdout + r.stderr;
    expect(out).toMatch(/zonelint\.+Failed/);
    expect(out).toContain('zones/example.com.zone');
    expect(out).toContain('9:1-9:22');
    expect(out).toContain('Duplicate A record for www.example.com. on line 9: identical to the record on line 8.');
    expect(out).toContain('no-duplicate-records');
    expect(commits(dir)).toBe(1);
  });

  it('zonelint: a clean zone passes; files that are not zones are not linted', () => {
    const dir = zoneRepo('lint-good', ['zonelint']);
    const r = commit(dir, { 'zones/example.com.zone': GOOD, 'notes.txt': 'www IN A 999.1.1.1\n' });
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(r.stdout + r.stderr).toMatch(/zonelint\.+Passed/);
    expect(commits(dir)).toBe(2);
    const txt = commit(dir, { 'more-notes.txt': 'not a zone\n' });
    expect(txt.status).toBe(0);
    expect(txt.stdout + txt.stderr).toMatch(/zonelint\.+\(no files to check\)Skipped/);
  });

  it('zonelint: the `files` pattern matches *.db and db.* names too', () => {
    const dir = zoneRepo('lint-names', ['zonelint']);
    for (const name of ['example.com.db', 'bind/db.example.com']) {
      const r = commit(dir, { [name]: BAD });
      expect(r.status, name).not.toBe(0);
      expect(r.stdout + r.stderr).toContain(name);
      expect(r.stdout + r.stderr).toContain('no-duplicate-records');
      ok('git', ['reset', '-q', '--hard', 'HEAD'], dir);
      rmSync(join(dir, name), { force: true });
    }
  });

  it('zonelint-fix: rewrites the zone (the commit stops so the fix can be reviewed), then it commits', () => {
    const dir = zoneRepo('fix', ['zonelint-fix']);
    const first = commit(dir, { 'example.com.zone': BAD });
    expect(first.status).not.toBe(0);
    expect(first.stdout + first.stderr).toContain('files were modified by this hook');
    expect(readFileSync(join(dir, 'example.com.zone'), 'utf8')).toBe(GOOD);
    expect(commits(dir)).toBe(1);
    const second = commit(dir, {});
    expect(second.status, second.stdout + second.stderr).toBe(0);
    expect(commits(dir)).toBe(2);
    expect(ok('git', ['show', 'HEAD:example.com.zone'], dir)).toBe(GOOD);
  });
});
