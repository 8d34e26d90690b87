// fixtures/repo: a zone repository with a top config, a folder with its own config, and an ignore file.
// The messages show which config applied to each file (see fixtures/repo/README.md).
import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { runCli } from '../helpers/cli.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

function summary(stdout: string, base: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const f of JSON.parse(stdout) as { filePath: string; messages: { ruleId: string; severity: number; line: number; column: number }[] }[]) {
    out[f.filePath.slice(base.length)] = f.messages.map((m) => `${m.line}:${m.column} ${m.severity === 2 ? 'error' : 'warn'} ${m.ruleId}`);
  }
  return out;
}

const EXPECTED = {
  'legacy/legacy.example.db': ['1:33 warn soa-serial', '4:17 warn cname-chain'],
  'zones/example.com.zone': [],
  'zones/example.net.zone': ['8:1 error cname-and-other-data', '10:1 warn rrset-ttl-mismatch', '11:9 warn ttl-max'],
};

describe('fixtures/repo: per-folder configuration and ignore files', () => {
  it('from the repository root', async () => {
    const r = await runCli(['-f', 'json', 'fixtures/repo'], { cwd: root });
    expect(summary(r.stdout, `${root}fixtures/repo/`)).toEqual(EXPECTED);
    expect(r.code).toBe(1);
  });

  it('from inside the fixture folder', async () => {
    const cwd = `${root}fixtures/repo`;
    const r = await runCli(['-f', 'json', '.'], { cwd });
    expect(summary(r.stdout, `${cwd}/`)).toEqual(EXPECTED);
  });

  it('the legacy folder config replaces the top one (nearest config wins)', async () => {
    const r = await runCli(['--print-config', 'fixtures/repo/legacy/legacy.example.db'], { cwd: root });
    const printed = JSON.parse(r.stdout) as { rules: Record<string, unknown>; configFiles: string[] };
    expect(printed.configFiles).toEqual([`${root}fixtures/repo/legacy/.zonelintrc.json`]);
    expect(printed.rules['missing-default-ttl']).toBeUndefined();
    expect(printed.rules['soa-serial']).toEqual(['warn']);
    expect(printed.rules['ttl-max']).toBeUndefined();
  });
});
