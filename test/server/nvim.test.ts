// End to end with a real editor: Neovim (Debian's package; 0.7 on bookworm) loads test/server/nvim/init.lua
// — the README's Neovim snippet, verbatim — opens a zone, receives zonelint's diagnostics, runs
// :ZonelintFixAll (the source.fixAll.zonelint code action) and writes what it saw to a JSON file.
import { describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../helpers/cli.js';
import { BROKEN_ZONE, editorZone, withoutExtraWww, zoneProject } from '../helpers/zones.js';
import { assertBuilt, ROOT, SERVER_BIN } from './client.js';

const NVIM = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
const HAVE_NVIM = NVIM.status === 0;
// CI installs neovim (.ci/run); elsewhere the test is skipped with a note rather than failing.
const REQUIRE = process.env.CI !== undefined || process.env.ZONELINT_REQUIRE_NVIM === '1';

const INIT = join(ROOT, 'test/server/nvim/init.lua');
const CAPTURE = join(ROOT, 'test/server/nvim/capture.lua');

// The language-server zone without the emoji lines: www three times, a CNAME beside TXT, a syntax error on line 13.
const ZONE = editorZone();

interface NvimDiagnostic {
  lnum: number;
  col: number;
  end_lnum: number;
  end_col: number;
  severity: number;
  code: string;
  source: string;
  message: string;
}

interface Captured {
  nvim: string;
  clients: string[];
  got_diagnostics: boolean;
  diagnostics: NvimDiagnostic[];
  fixed_lines: string[];
  got_new_diagnostics: boolean;
  after: NvimDiagnostic[];
}

function runNvim(dir: string, file: string, env: NodeJS.ProcessEnv, timeoutMs: number): Promise<{ code: number | null; stderr: string; ms: number }> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const proc = spawn('nvim', ['--headless', '-i', 'NONE', '-u', INIT, '-c', `luafile ${CAPTURE}`, file], {
      cwd: dir,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    proc.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    proc.stdout.on('data', () => {});
    const timer = setTimeout(() => {
      proc.kill('SIGKILL');
      reject(new Error(`nvim did not finish within ${timeoutMs} ms; stderr: ${stderr}`));
    }, timeoutMs);
    proc.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stderr, ms: Date.now() - started });
    });
  });
}

describe.skipIf(!HAVE_NVIM && !REQUIRE)('Neovim with the README snippet (nvim --headless)', () => {
  it('shows zonelint diagnostics, and :ZonelintFixAll applies the safe fixes', async () => {
    assertBuilt();
    expect(HAVE_NVIM, 'nvim is not installed (apt-get install neovim)').toBe(true);
    const dir = zoneProject({ 'zones/example.com.zone': ZONE });
    // `zonelint-language-server` on PATH, as `npm install -g zonelint` would put it.
    mkdirSync(join(dir, '.bin'));
    symlinkSync(SERVER_BIN, join(dir, '.bin', 'zonelint-language-server'));
    const xdg = join(dir, '.xdg');
    const out = join(dir, 'nvim.json');
    const env = {
      ...process.env,
      PATH: `${join(dir, '.bin')}:${process.env.PATH}`,
      XDG_CONFIG_HOME: xdg,
      XDG_DATA_HOME: xdg,
      XDG_STATE_HOME: xdg,
      XDG_CACHE_HOME: xdg,
      ZONELINT_NVIM_OUT: out,
      ZONELINT_NVIM_TIMEOUT: '20000',
    };
    const run = await runNvim(dir, 'zones/example.com.zone', env, 60_000);
    expect(run.code, run.stderr).toBe(0);
    const captured = JSON.parse(readFileSync(out, 'utf8')) as Captured;
    expect(captured.clients).toEqual(['zonelint']);
    expect(captured.got_diagnostics).toBe(true);
    expect(captured.diagnostics.map((d) => [d.lnum, d.col, d.end_lnum, d.end_col, d.severity, d.code, d.source])).toEqual([
      [8, 0, 8, 23, 1, 'no-duplicate-records', 'zonelint'],
      [9, 0, 9, 23, 1, 'no-duplicate-records', 'zonelint'],
      [11, 0, 11, 20, 1, 'cname-and-other-data', 'zonelint'],
      [12, 13, 12, 22, 1, 'syntax', 'zonelint-syntax'],
    ]);
    expect(captured.diagnostics[0]!.message).toBe(
      'Duplicate A record for www.example.com. on line 9: identical to the record on line 8. DNS keeps one copy of an RR; delete this one.',
    );
    // Fix all: both extra copies gone (two passes), the syntax error left alone; then fresh diagnostics.
    expect(captured.fixed_lines.join('\n') + '\n').toBe(withoutExtraWww(ZONE));
    expect(captured.got_new_diagnostics).toBe(true);
    expect(captured.after.map((d) => [d.lnum, d.code])).toEqual([
      [9, 'cname-and-other-data'],
      [10, 'syntax'],
    ]);
    console.log(`nvim ${captured.nvim}: ${run.ms} ms`);
  });

  it('the README\'s Vim errorformat reads `zonelint -f unix` into the quickfix list', async () => {
    expect(HAVE_NVIM, 'nvim is not installed (apt-get install neovim)').toBe(true);
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const errorformat = /^\s*(set errorformat=.*)$/m.exec(readme)?.[1];
    expect(errorformat, 'README has no `set errorformat=` line').toBeDefined();
    const dir = zoneProject({ 'zones/example.com.zone': BROKEN_ZONE });
    const report = await runCli(['-f', 'unix', '-o', 'report.txt', '.'], { cwd: dir });
    expect(report.code).toBe(1);
    writeFileSync(
      join(dir, 'qf.vim'),
      `${errorformat}\ncgetfile report.txt\ncall writefile([json_encode(map(getqflist(), {_, e -> [bufname(e.bufnr), e.lnum, e.col, e.type, e.text]}))], 'qf.json')\nqall!\n`,
    );
    const r = spawnSync('nvim', ['--headless', '-i', 'NONE', '-u', 'NONE', '-S', 'qf.vim'], { cwd: dir, encoding: 'utf8', timeout: 30_000 });
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'qf.json'), 'utf8'))).toEqual([
      ['zones/example.com.zone', 9, 1, 'e', expect.stringMatching(/^Duplicate A record for www\.example\.com\. .* \[no-duplicate-records\]$/)],
      ['zones/example.com.zone', 10, 12, 'e', 'invalid IPv4 address "300.1.2.3" in A address [syntax]'],
    ]);
  });
});
