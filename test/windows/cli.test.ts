// Windows DNS exports through the CLI: --fix keeps CRLF and the Windows layout byte for byte outside the edited
// lines, dump finds the origin in the header, and vlmcs-stale-host measures ages from --as-of or the newest
// [AGE:n]. The fixture fixtures/windows/corp.example.dns is the README's example.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli, scratch } from '../helpers/cli.js';
import type { JsonResult } from '../../src/report/json.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const FIXTURE = readFileSync(fileURLToPath(new URL('../../fixtures/windows/corp.example.dns', import.meta.url)), 'utf8');

const json = (s: string) => JSON.parse(s) as JsonResult[];

/** The fixture with extra lines inserted after the line that starts with `after`. */
function withLines(after: string, ...lines: string[]): string {
  const i = FIXTURE.indexOf('\r\n', FIXTURE.indexOf(after)) + 2;
  return FIXTURE.slice(0, i) + lines.map((l) => l + '\r\n').join('') + FIXTURE.slice(i);
}

describe('Windows DNS exports through the CLI', () => {
  it('the fixture is a CRLF Windows export', () => {
    expect(FIXTURE.split('\r\n').length).toBe(FIXTURE.split('\n').length);
    expect(FIXTURE).toContain(';  Database file corp.example.dns for corp.example zone.\r\n');
    expect(FIXTURE).toContain('[AGE:');
  });

  it('--fix deletes a duplicate and keeps CRLF, tabs, padding, comments and [AGE:n] byte for byte', async () => {
    const dup = 'dc01                    A\t10.1.0.10';
    const input = withLines(dup, '                        A\t10.1.0.10');
    expect(input.length).toBe(FIXTURE.length + 37);
    const cwd = scratch({ 'corp.example.dns': input });
    const r = await runCli(['--fix', 'corp.example.dns'], { cwd });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(readFileSync(join(cwd, 'corp.example.dns'), 'utf8')).toBe(FIXTURE);
  });

  it('--fix writes the owner into a blank-owner follower of a deleted duplicate, CRLF kept', async () => {
    // kms01's A record twice, then a blank-owner AAAA that inherits the owner of the deleted copy.
    const a = 'kms01                   [AGE:3733486]\t1200\tA\t10.1.0.20';
    const input = withLines(a, a, '                        [AGE:3733486]\t1200\tAAAA\tfd00::20');
    const cwd = scratch({ 'corp.example.dns': input });
    const r = await runCli(['--fix', 'corp.example.dns'], { cwd });
    expect(r.code).toBe(0);
    // The owner is written before the line's blank padding (only the edited lines change).
    expect(readFileSync(join(cwd, 'corp.example.dns'), 'utf8')).toBe(withLines(a, 'kms01' + ' '.repeat(24) + '[AGE:3733486]\t1200\tAAAA\tfd00::20'));
  });

  it('dump takes the origin from the header, drops timestamps or keeps them with --with-age', async () => {
    const cwd = scratch({ 'export.txt': FIXTURE });
    const r = await runCli(['dump', 'export.txt'], { cwd });
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('corp.example.\t3600\tIN\tSOA\tdc01.corp.example. hostmaster.corp.example. 4127 900 600 86400 3600');
    expect(r.stdout).toContain('kms02.corp.example.\t1200\tIN\tA\t10.1.0.21\n');
    expect(r.stdout).not.toContain('AGE');
    const aged = await runCli(['dump', '--with-age', 'export.txt'], { cwd });
    expect(aged.stdout).toContain('kms02.corp.example.\t1200\tIN\tA\t10.1.0.21 ; [AGE:3732998]\n');
    const other = await runCli(['dump', '--origin', 'other.example', 'export.txt'], { cwd });
    expect(other.stdout.split('\n')[0]).toMatch(/^other\.example\.\t/);
  });

  it('vlmcs-stale-host without --as-of: ages against the newest [AGE:n] in the file', async () => {
    const cwd = scratch({ 'corp.example.dns': FIXTURE });
    const r = await runCli(['-f', 'json', 'corp.example.dns'], { cwd });
    const stale = json(r.stdout)[0]!.messages.filter((m) => m.ruleId === 'vlmcs-stale-host');
    expect(stale.map((m) => [m.line, m.severity])).toEqual([[27, 1]]);
    expect(stale[0]!.message).toContain(
      '_vlmcs._tcp.corp.example. record for KMS host kms02.corp.example. on line 27 was registered 2026-11-10 14:00 UTC, 20 days 19 hours before the newest record in this zone (2026-12-01 09:00 UTC, line 23)',
    );
    expect(stale[0]!.message).toContain('slmgr /ipk');
    expect(stale[0]!.message).toContain('Scavenging is off by default');
  });

  it('vlmcs-stale-host with --as-of: an earlier reference time finds nothing, a later one finds both hosts', async () => {
    const cwd = scratch({ 'corp.example.dns': FIXTURE });
    const early = await runCli(['-f', 'json', '--as-of', '2026-11-15T00:00Z', 'corp.example.dns'], { cwd });
    expect(json(early.stdout)[0]!.messages.filter((m) => m.ruleId === 'vlmcs-stale-host')).toEqual([]);
    const late = await runCli(['-f', 'json', '--as-of', '2027-01-01T00:00Z', 'corp.example.dns'], { cwd });
    const stale = json(late.stdout)[0]!.messages.filter((m) => m.ruleId === 'vlmcs-stale-host');
    expect(stale.map((m) => m.line)).toEqual([26, 27]);
    expect(stale[0]!.message).toContain('before the reference time 2027-01-01 00:00 UTC (--as-of)');
  });

  it("the README's Windows example is an excerpt of the real output on the fixture", async () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const block = /<!-- windows-example:begin -->\n```console\n([\s\S]*?)```\n<!-- windows-example:end -->/.exec(readme);
    expect(block, 'README windows-example block').not.toBeNull();
    const [command, ...lines] = block![1]!.trimEnd().split('\n');
    expect(command).toBe('$ zonelint fixtures/windows/corp.example.dns');
    const r = await runCli(['fixtures/windows/corp.example.dns'], { cwd: ROOT });
    const squash = (t: string) => t.replace(/\s+/g, ' ').trim();
    const output = r.stdout.split('\n').map(squash);
    for (const line of lines) expect(output, line).toContain(squash(line));
  });
});
