// Lint a text without unified-engine (no file discovery, no config files): the programmatic API, used by
// rule tests and the language server. The CLI goes through the engine, which calls the same pieces.
import { VFile } from 'vfile';
import { parseZone, type IncludeReader } from '../syntax/parser.js';
import { resolveConfig, type RawConfig } from './config.js';
import { reportParse, runRules } from './run.js';
import { builtinRules } from '../../rules/index.js';
import { toResult, type LintResult } from '../report/results.js';
import { applyFixes } from './fix.js';
import type { Rule } from './types.js';
import type { ZoneMessage } from './run.js';

export interface LintTextOptions {
  origin?: string;
  path?: string;
  /** Config (ESLint shape); default: zonelint:recommended. */
  config?: RawConfig;
  /** Extra rules (e.g. a rule under test that is not built in). */
  rules?: Rule[];
  readInclude?: IncludeReader;
}

export async function lintText(text: string, options: LintTextOptions = {}): Promise<LintResult> {
  const file = new VFile({ path: options.path, value: text });
  const tree = parseZone(text, { origin: options.origin ?? '.', path: options.path, readInclude: options.readInclude });
  reportParse(tree, file);
  const config = await resolveConfig(
    [{ config: options.config ?? { extends: ['zonelint:recommended'] }, dir: process.cwd() }],
    [...builtinRules, ...(options.rules ?? [])],
  );
  await runRules(tree, file, config);
  const result = toResult(file);
  result.filePath = options.path ?? '<text>';
  return result;
}

/** Lint, apply safe fixes, repeat up to 10 passes (as --fix does); returns the final text and result. */
export async function fixText(text: string, options: LintTextOptions = {}): Promise<{ output: string; result: LintResult; passes: number }> {
  let current = text;
  let result = await lintText(current, options);
  let passes = 0;
  for (; passes < 10; passes++) {
    const fixes = result.messages.flatMap((m) => (m.fix ? [m.fix] : []));
    if (fixes.length === 0) break;
    const { output } = applyFixes(current, fixes);
    if (output === current) break;
    current = output;
    result = await lintText(current, options);
  }
  return { output: current, result, passes };
}

export type { ZoneMessage };
