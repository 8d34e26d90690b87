// Run the CLI in-process with captured output, in a scratch directory.
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Readable } from 'node:stream';
import { main } from '../../src/cli/main.js';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runCli(args: string[], options: { cwd: string; stdin?: string }): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    stdin: options.stdin === undefined ? undefined : Readable.from([Buffer.from(options.stdin)]),
    cwd: options.cwd,
    isTTY: false,
  });
  return { code, stdout, stderr };
}

/** A scratch directory with the given files (path → content). */
export function scratch(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'zonelint-test-'));
  for (const [path, content] of Object.entries(files)) {
    const full = join(dir, path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, content);
  }
  return dir;
}

/** A small zone with no findings under zonelint:recommended and no $ORIGIN: its origin comes from the file name (example.com.zone in the tests). test/helpers/zones.ts has the $ORIGIN variant the editor tests use. */
export const ORIGINLESS_ZONE = `$TTL 3600
@ IN SOA ns1 hostmaster 2024010101 7200 3600 1209600 300
  IN NS ns1
  IN NS ns2
ns1 IN A 192.0.2.1
ns2 IN A 192.0.2.2
www IN A 192.0.2.10
`;
