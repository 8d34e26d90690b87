// Worker threads (src/cli/parallel.ts) give the report a single thread gives, byte for byte: lint, --fix-dry-run,
// config errors and unreadable files, run through the bundled CLI (workers need compiled code) built afresh.
import { beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, mkdirSync, readFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
let cli: string;

beforeAll(() => {
  const out = mkdtempSync(join(tmpdir(), 'zonelint-bundle-'));
  const r = spawnSync(process.execPath, ['scripts/bundle.mjs', '--outdir', out], { cwd: root, encoding: 'utf8' });
  expect(r.stderr).toBe('');
  cli = join(out, 'run.mjs');
  writeFileSync(cli, "const { main } = await import('./cli.js');\nprocess.exitCode = await main(process.argv.slice(2));\n");
});

function run(args: string[], cwd: string, workers: string) {
  const r = spawnSync(process.execPath, [cli, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, ZONELINT_WORKERS: workers },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A zone with a few findings (a duplicate record, a fixable one) that vary with i. */
function zone(i: number): string {
  const lines = [`$TTL 3600`, `@ IN SOA ns1 hostmaster ${2024010100 + i} 7200 3600 1209600 300`, `  IN NS ns1`, `  IN NS ns2`, `ns1 IN A 192.0.2.1`, `ns2 IN A 192.0.2.2`];
  for (let j = 0; j < 20 + (i % 7); j++) lines.push(`host${j} IN A 192.0.2.${(j * 7 + i) % 250}`);
  if (i % 3 === 0) lines.push(`host1 IN A 192.0.2.${(7 + i) % 250}`); // duplicate
  if (i % 4 === 0) lines.push(`mail IN MX 10 mx.example.net`);
  if (i % 5 === 0) lines.push(`bad IN A 192.0.2.300`);
  if (i % 6 === 0) lines.push(`alias IN CNAME www`, `alias IN A 192.0.2.9`);
  return lines.join('\n') + '\n';
}

function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'zonelint-workers-'));
  mkdirSync(join(dir, 'zones', 'sub'), { recursive: true });
  for (let i = 0; i < 40; i++) writeFileSync(join(dir, 'zones', i % 4 === 0 ? 'sub' : '', `z${i}.example.com.zone`), zone(i));
  return dir;
}

describe('worker threads', () => {
  it('lint a folder: the same JSON, in the same order, with and without workers', () => {
    const cwd = folder();
    const one = run(['-f', 'json', 'zones'], cwd, '0');
    const two = run(['-f', 'json', 'zones'], cwd, '2');
    expect(JSON.parse(one.stdout)).toHaveLength(40);
    expect(one.stdout.length).toBeGreaterThan(1000);
    expect(two).toEqual(one);
  });

  it('--fix-dry-run and explicit files: the same output', () => {
    const cwd = folder();
    const files = Array.from({ length: 40 }, (_, i) => join('zones', i % 4 === 0 ? 'sub' : '', `z${i}.example.com.zone`)).reverse();
    const one = run(['-f', 'json', '--fix-dry-run', ...files], cwd, '0');
    const two = run(['-f', 'json', '--fix-dry-run', ...files], cwd, '2');
    expect(one.stdout).toContain('"output"');
    expect(two).toEqual(one);
    const stylish = run(['--fix-dry-run', '-f', 'diff', 'zones'], cwd, '0');
    expect(run(['--fix-dry-run', '-f', 'diff', 'zones'], cwd, '2')).toEqual(stylish);
  });

  it('--fix writes the same files', () => {
    const a = folder();
    const b = folder();
    const one = run(['-f', 'json', '--fix', 'zones'], a, '0');
    const two = run(['-f', 'json', '--fix', 'zones'], b, '2');
    expect(two.code).toBe(one.code);
    expect(two.stdout.split(b).join('<dir>')).toBe(one.stdout.split(a).join('<dir>'));
    for (let i = 0; i < 40; i++) {
      const rel = join('zones', i % 4 === 0 ? 'sub' : '', `z${i}.example.com.zone`);
      expect(readFileSync(join(b, rel), 'utf8')).toBe(readFileSync(join(a, rel), 'utf8'));
    }
  });

  it('config errors and unreadable files: the same messages and exit codes', () => {
    const cwd = folder();
    writeFileSync(join(cwd, 'zones', 'sub', '.zonelintrc.json'), '{"rules": {"no-such-rule": "error"}}');
    const one = run(['-f', 'json', '--fix', 'zones'], cwd, '0');
    expect(one.code).toBe(2);
    expect(run(['-f', 'json', '--fix', 'zones'], cwd, '2')).toEqual(one);
    expect(readFileSync(join(cwd, 'zones', 'z1.example.com.zone'), 'utf8')).toBe(zone(1)); // nothing fixed

    const other = folder();
    chmodSync(join(other, 'zones', 'z5.example.com.zone'), 0);
    const files = Array.from({ length: 40 }, (_, i) => join('zones', i % 4 === 0 ? 'sub' : '', `z${i}.example.com.zone`));
    const r1 = run(['-f', 'json', ...files, 'zones/missing.zone'], other, '0');
    const r2 = run(['-f', 'json', ...files, 'zones/missing.zone'], other, '2');
    expect(r2).toEqual(r1);
    const r3 = run(['-f', 'json', ...files], other, '0');
    expect(run(['-f', 'json', ...files], other, '2')).toEqual(r3);
  });
});
