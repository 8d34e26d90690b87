// The one fixture every format test lints (fixtures/formats/): errors, warnings with suggestions, a syntax
// error and safe fixes in two files. Each test copies it into a scratch directory and runs the CLI there.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';
import { runCli, scratch, type CliRun } from '../helpers/cli.js';

export const FIXTURE_DIR = fileURLToPath(new URL('../../fixtures/formats/', import.meta.url));

export function fixtureFiles(): Record<string, string> {
  const files: Record<string, string> = {};
  for (const name of readdirSync(FIXTURE_DIR).sort()) files[name] = readFileSync(join(FIXTURE_DIR, name), 'utf8');
  return files;
}

/** A scratch copy of the fixture. */
export function fixtureDir(): string {
  return scratch(fixtureFiles());
}

// The JSON format's own types: a change to the result shape is a change here.
export type { JsonMessage, JsonResult } from '../../src/report/json.js';
import type { JsonResult } from '../../src/report/json.js';

/** Lint the fixture with `-f FORMAT` (plus extra args) and, in the same directory, with `-f json` for reference. */
export async function lintFixture(format: string, extra: string[] = []): Promise<{ cwd: string; run: CliRun; json: JsonResult[] }> {
  const cwd = fixtureDir();
  const run = await runCli([...extra, '-f', format, '.'], { cwd });
  const ref = await runCli([...extra, '-f', 'json', '.'], { cwd });
  return { cwd, run, json: JSON.parse(ref.stdout) as JsonResult[] };
}

export function sh(cmd: string, args: string[], options: { cwd?: string; input?: string } = {}): { status: number; stdout: string; stderr: string } {
  const r = spawnSync(cmd, args, { cwd: options.cwd, input: options.input, encoding: 'utf8' });
  if (r.error) throw r.error;
  return { status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}
