// unified-engine wiring: file discovery (globs, ignore files), config discovery (.zonelintrc*, package.json
// `zonelint`), reading, and running the processor. Reporting, fixing and exit codes stay with the CLI.
import { engine } from 'unified-engine';
import { unified } from 'unified';
import type { VFile } from 'vfile';
import { dirname } from 'node:path';
import { zonelint, type CliSettings, type PluginOptions } from './plugin.js';
import type { RawConfig } from '../lint/config.js';

export interface EngineOptions {
  /** Paths, directories (already expanded to globs by the caller) or globs, or VFiles with `value`. */
  files: (string | VFile)[];
  cwd?: string;
  /** Explicit config file (-c); undefined = discover. */
  configPath?: string;
  /** false = --no-config. */
  useConfig?: boolean;
  /** false = --no-ignore. */
  useIgnore?: boolean;
  ignorePath?: string;
  /** Read one file from this stream (--stdin), named `filePath`. */
  streamIn?: NodeJS.ReadableStream;
  filePath?: string;
  cli: CliSettings;
}

export const RC_NAME = '.zonelintrc';
export const IGNORE_NAME = '.zonelintignore';
export const DEFAULT_CONFIG: RawConfig = { extends: ['zonelint:recommended'] };

/** Options both engine runs share: discovery and ignore files, and no output of the engine's own. */
function commonOptions(options: Omit<EngineOptions, 'cli'>, cwd: string) {
  const sink = { write: () => true } as unknown as NodeJS.WritableStream;
  return {
    processor: unified,
    cwd,
    files: options.files,
    ignoreName: options.useIgnore === false ? undefined : IGNORE_NAME,
    detectIgnore: options.useIgnore !== false,
    ignorePath: options.useIgnore === false ? undefined : options.ignorePath,
    ignorePatterns: ['**/node_modules/**', '**/.git/**'],
    silentlyIgnore: true,
    extensions: ['zone', 'db'],
    out: false,
    output: false,
    quiet: true,
    silent: true,
    color: false,
    reporter: () => '',
    streamOut: sink,
    streamError: sink,
  };
}

/** Run unified-engine with these options; resolves to its files. */
function run(settings: Record<string, unknown>): Promise<VFile[]> {
  return new Promise((resolveFiles, reject) => {
    engine(settings as never, (error, _code, context) => {
      if (error) reject(error);
      else resolveFiles((context?.files ?? []) as VFile[]);
    });
  });
}

/** Run the engine; resolves to the processed files (each with its messages). */
export function runEngine(options: EngineOptions): Promise<VFile[]> {
  const cwd = options.cwd ?? process.cwd();
  const given: PluginOptions = { cli: options.cli };
  return run({
    ...commonOptions(options, cwd),
    streamIn: options.streamIn,
    filePath: options.filePath,
    rcName: RC_NAME,
    packageField: 'zonelint',
    rcPath: options.configPath,
    detectConfig: options.useConfig !== false && !options.configPath,
    defaultConfig: { plugins: [[zonelint, { config: { raw: DEFAULT_CONFIG, dir: cwd } }]] },
    configTransform: (raw: unknown, filePath: string) => ({
      plugins: [[zonelint, { config: { raw: (raw ?? {}) as RawConfig, dir: dirname(filePath), file: filePath } }]],
    }),
    plugins: [[zonelint, given]],
  });
}

/**
 * The files a run would lint (globs expanded, ignore files applied) without reading any of them: the CLI
 * checks their sizes before the engine reads them. unified-engine skips reading files that no config file
 * claims when `ignoreUnconfigured` is set; a config name that never exists makes that every file.
 */
export function discoverFiles(options: Omit<EngineOptions, 'cli'>): Promise<VFile[]> {
  return run({
    ...commonOptions(options, options.cwd ?? process.cwd()),
    rcName: '.zonelint-discovery-only-never-a-file',
    detectConfig: true,
    ignoreUnconfigured: true,
  });
}
