// --fix and --fix-dry-run: apply safe fixes, re-lint, repeat (at most 10 passes), then write atomically.
// Never loses data: the file on disk must still be the text that was linted (and valid UTF-8, so that the
// decoded text re-encodes to the same bytes); a result that parses worse than the original is rolled back.
import { readFileSync, renameSync, statSync, unlinkSync, writeFileSync, chmodSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { VFile } from 'vfile';
import { runEngine, type EngineOptions } from '../engine/engine.js';
import { applyFixes } from '../lint/fix.js';
import type { ZoneMessage } from '../lint/run.js';
import type { Fix } from '../lint/types.js';

export const MAX_PASSES = 10;

/** Test seam: called after the fixes are made and before the file on disk is compared with the linted text. */
export const fixHooks: { beforeWrite?: (path: string) => void } = {};

export interface FixOutcome {
  file: VFile;
  output: string;
  error?: string;
  ioError?: boolean;
}

function fixesOf(file: VFile): Fix[] {
  const out: Fix[] = [];
  for (const m of file.messages as ZoneMessage[]) if (m.fix) out.push(m.fix);
  return out;
}

function syntaxErrors(file: VFile): number {
  return file.messages.filter((m) => m.ruleId === 'syntax' && m.fatal).length;
}

export async function fixFile(
  file: VFile,
  original: string,
  engineOptions: Omit<EngineOptions, 'files'>,
  options: { write: boolean },
): Promise<FixOutcome> {
  let text = original;
  let current = file;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const fixes = fixesOf(current);
    if (fixes.length === 0) break;
    const { output } = applyFixes(text, fixes);
    if (output === text) break;
    // An absolute path: unified-engine resolves a VFile's relative path against the process's directory.
    const next = new VFile({ path: file.path ? resolve(file.cwd, file.path) : undefined, value: output });
    if (!file.path) next.cwd = file.cwd;
    const [relinted] = await runEngine({ ...engineOptions, files: [next] });
    if (!relinted) break;
    text = output;
    current = relinted;
  }
  if (text === original) return { file: current, output: text };
  if (syntaxErrors(current) > syntaxErrors(file)) {
    return { file, output: original, error: 'fixes were not applied: the fixed zone would not parse (rolled back)' };
  }
  if (options.write && file.path) {
    const path = resolve(file.cwd, file.path);
    fixHooks.beforeWrite?.(path);
    try {
      const onDisk = readFileSync(path);
      if (!onDisk.equals(Buffer.from(original, 'utf8'))) {
        const why = onDisk.toString('utf8') === original ? 'it is not valid UTF-8' : 'it changed while zonelint was running';
        return { file, output: original, error: `fixes were not written: ${why}` };
      }
      const mode = statSync(path).mode & 0o7777;
      const tmp = join(dirname(path), `.${basename(path)}.zonelint-${process.pid}.tmp`);
      try {
        writeFileSync(tmp, text, { mode });
        chmodSync(tmp, mode);
        renameSync(tmp, path);
      } catch (e) {
        try {
          unlinkSync(tmp);
        } catch {
          // nothing to clean up
        }
        throw e;
      }
    } catch (e) {
      return { file, output: original, error: `fixes were not written: ${(e as Error).message}`, ioError: true };
    }
  }
  return { file: current, output: text };
}
