// The part of a lint run that is the same on the main thread and on a worker thread (src/cli/worker.ts): run
// the engine over some files, then fix each (--fix, --fix-dry-run) and turn it into a result. Everything a
// worker sends back is plain data, so the main thread assembles the same report from either.
import type { VFile } from 'vfile';
import { runEngine, type EngineOptions } from '../engine/engine.js';
import type { CliSettings } from '../engine/plugin.js';
import { toResult, type LintResult } from '../report/results.js';
import { fixFile } from './fix.js';

/** Fewer files than this are linted on the main thread (unless ZONELINT_WORKERS says otherwise): a worker's
 * start-up would not pay. src/cli/parallel.ts decides for more. */
export const MIN_FILES = 8;

/** What a lint run needs besides its files; structured-cloneable (it is a worker's workerData). */
export interface LintJob {
  cwd: string;
  base: Omit<EngineOptions, 'files' | 'cli'>;
  /** Command-line settings without the callbacks (configErrors is per thread). */
  cli: Omit<CliSettings, 'configErrors' | 'onConfig'>;
  fix: boolean;
  fixDryRun: boolean;
  quiet: boolean;
}

/** One linted file, in the order of the report. */
export interface FileOutcome {
  result: LintResult;
  /** The text that was linted (undefined: the file could not be read). */
  original?: string;
  /** The fixed text, when fixing changed it. */
  output?: string;
  /** The file could not be read or written, or a config file is broken (exit 2). */
  ioError: boolean;
}

/** Run the engine over `files`; configuration errors go to `configErrors`. */
export function lintWithEngine(files: (string | VFile)[], job: LintJob, configErrors: Set<string>): Promise<VFile[]> {
  return runEngine({ ...job.base, files, cli: { ...job.cli, configErrors } });
}

/** Fix (when asked) and report the files the engine returned, in their order. */
export async function finishFiles(files: VFile[], job: LintJob, configErrors: Set<string>): Promise<FileOutcome[]> {
  const outcomes: FileOutcome[] = [];
  for (let file of files) {
    let ioError = false;
    const original = file.value === undefined ? undefined : String(file.value);
    let output: string | undefined;
    if ((job.fix || job.fixDryRun) && original !== undefined) {
      const fixed = await fixFile(file, original, { ...job.base, cli: { ...job.cli, configErrors } }, { write: job.fix });
      if (fixed.error) {
        file.message(fixed.error, { ruleId: 'fix', source: 'zonelint' }).fatal = true;
        ioError ||= fixed.ioError === true;
      } else {
        file = fixed.file;
        if (fixed.output !== original) output = fixed.output;
      }
    }
    const result = toResult(file, { quiet: job.quiet, cwd: job.cwd });
    if (output !== undefined) result.output = output;
    // A fatal message without a rule id comes from the engine: unreadable file or broken config file.
    if (file.messages.some((m) => m.fatal && !m.ruleId)) ioError = true;
    outcomes.push({ result, original, output, ioError });
  }
  return outcomes;
}
