// The zonelint command: arguments → engine → fixes → report → exit code. The only place that writes files
// and decides exit codes (0 clean, 1 lint errors or too many warnings, 2 usage/config/I-O errors).
import { existsSync, lstatSync, readFileSync, realpathSync, statSync, writeFileSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { VFile } from 'vfile';
import { HELP, UsageError, parseCliArgs, type LintArgs } from './args.js';
import { discoverFiles, runEngine, type EngineOptions } from '../engine/engine.js';
import type { CliSettings } from '../engine/plugin.js';
import type { ResolvedConfig } from '../lint/config.js';
import type { LintResult } from '../report/results.js';
import { FORMATTERS, formatNames, type Formatter } from '../report/formatters.js';
import { builtinRules } from '../../rules/index.js';
import { MIN_FILES, finishFiles, lintWithEngine, type FileOutcome, type LintJob } from './lint-files.js';
import { COMMANDS } from './commands.js';
import { version } from './version.js';

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  stdin?: NodeJS.ReadableStream;
  cwd?: string;
  isTTY?: boolean;
}

// Windows DNS Server names its zone files <zone>.dns.
const DEFAULT_PATTERNS = ['*.zone', '*.db', 'db.*', '*.dns'];

/** Turn directory arguments into globs for the default (or --pattern) file patterns. */
function expandInputs(files: string[], cwd: string, patterns: string[] | undefined): { inputs: string[]; missing: string[] } {
  const inputs: string[] = [];
  const missing: string[] = [];
  for (const f of files) {
    if (/[*?[\]{}]/.test(f)) {
      inputs.push(f);
      continue;
    }
    const full = resolve(cwd, f);
    if (!existsSync(full)) {
      // A symbolic link loop exists but cannot be followed: the engine reports it for that file alone.
      if (isLinkLoop(full)) inputs.push(f);
      else missing.push(f);
      continue;
    }
    if (statSync(full).isDirectory()) {
      const base = f.replace(/\/+$/, '') || '.';
      for (const p of patterns ?? DEFAULT_PATTERNS) inputs.push(`${base}/**/${p}`);
    } else inputs.push(f);
  }
  return { inputs, missing };
}

/** Largest zone file zonelint reads (its text must fit in one JavaScript string, with room to spare). */
export const MAX_FILE_BYTES = 256 * 1024 * 1024;

function tooLarge(size: number): string {
  return `file is ${size} bytes, larger than zonelint's limit of ${MAX_FILE_BYTES / (1024 * 1024)} MB`;
}

/**
 * The files to lint, with those zonelint must not read turned into files that carry the error, so that the
 * engine neither reads them nor stops linting the others: files over MAX_FILE_BYTES (a 2 GB file would be
 * read whole before failing), devices and pipes (/dev/zero never ends), and files found in a directory or by a
 * glob that are symbolic links to a place outside the include root (a pull request could add
 * `zones/x.zone -> /etc/shadow`, and syntax errors quote the text they are about).
 */
async function screenFiles(inputs: string[], root: string, options: Omit<EngineOptions, 'cli' | 'files'>): Promise<(string | VFile)[]> {
  const cwd = options.cwd ?? process.cwd();
  const explicit = inputs.filter((f) => !/[*?[\]{}]/.test(f));
  if (explicit.length === inputs.length && explicit.every((f) => refusal(resolve(cwd, f), undefined) === undefined)) return inputs;
  const given = new Set(explicit.map((f) => resolve(cwd, f)));
  let realRoot = root;
  try {
    realRoot = realpathSync(root);
  } catch {
    // a root that does not exist: every link target is outside it
  }
  // Discovered files are passed on as VFiles (not paths): a name with glob characters must not be globbed again.
  const found = await discoverFiles({ ...options, files: inputs });
  return found.map((f) => {
    const path = resolve(cwd, f.path);
    const file = new VFile({ path });
    const why = refusal(path, given.has(path) ? undefined : realRoot);
    if (why) file.message(why, { source: 'zonelint' }).fatal = true;
    return file;
  });
}

/** Why zonelint will not read `path` (undefined: it will); `root`: refuse symbolic links leading outside it. */
function refusal(path: string, root: string | undefined): string | undefined {
  let st;
  try {
    st = statSync(path);
  } catch {
    return undefined; // the engine reports what is wrong with it
  }
  if (!st.isFile()) return st.isDirectory() ? undefined : 'not a regular file (a device, pipe or socket): not read';
  if (st.size > MAX_FILE_BYTES) return tooLarge(st.size);
  if (root !== undefined && lstatSync(path).isSymbolicLink()) {
    const rel = relative(root, realpathSync(path));
    if (rel === '..' || rel.startsWith('..' + sep) || isAbsolute(rel)) {
      return `a symbolic link to a file outside the include root ${root}: not read (name the file itself, or use --include-root)`;
    }
  }
  return undefined;
}

function isLinkLoop(path: string): boolean {
  try {
    statSync(path);
    return false;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'ELOOP';
  }
}

async function readStream(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const c of stream) {
    const chunk = typeof c === 'string' ? Buffer.from(c) : (c as Buffer);
    size += chunk.length;
    if (size > MAX_FILE_BYTES) throw new Error(`standard input is larger than zonelint's limit of ${MAX_FILE_BYTES / (1024 * 1024)} MB`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

async function loadFormatter(name: string): Promise<Formatter> {
  const load = FORMATTERS[name];
  if (!load) throw new UsageError(`unknown format "${name}": expected one of ${formatNames().join(', ')}`);
  return load();
}

export async function main(argv: string[], io: Io = defaultIo()): Promise<number> {
  const sub = argv[0] !== undefined ? COMMANDS[argv[0]] : undefined;
  if (sub) return (await sub())(argv.slice(1), io);
  let args;
  try {
    args = parseCliArgs(argv);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`zonelint: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
  if (args.command === 'help') {
    io.stdout(HELP);
    return 0;
  }
  if (args.command === 'version') {
    io.stdout(`${version}\n`);
    return 0;
  }
  try {
    return await runLint(args, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`zonelint: ${e.message}\n`);
      return 2;
    }
    io.stderr(`zonelint: ${(e as Error).message}\n`);
    return 2;
  }
}

async function runLint(args: LintArgs, io: Io): Promise<number> {
  const cwd = io.cwd ?? process.cwd();
  const format = await loadFormatter(args.format);
  if (args.format === 'diff' && !args.fixDryRun) throw new UsageError('-f diff shows the fixes of --fix-dry-run: add --fix-dry-run');
  const configErrors = new Set<string>();
  const cli: CliSettings = {
    origin: args.origin,
    includeRoot: args.includeRoot ? resolve(cwd, args.includeRoot) : cwd,
    rules: args.rules,
    settings: args.asOf ? { asOf: args.asOf } : undefined,
    configErrors,
  };
  const base = {
    cwd,
    configPath: args.config ? resolve(cwd, args.config) : undefined,
    useConfig: args.useConfig,
    useIgnore: args.useIgnore,
    ignorePath: args.ignorePath,
  };
  if (args.config && !existsSync(resolve(cwd, args.config))) {
    io.stderr(`zonelint: config file ${args.config} not found\n`);
    return 2;
  }

  if (args.printConfig) {
    let captured: ResolvedConfig | undefined;
    const file = new VFile({ path: resolve(cwd, args.printConfig), value: '' });
    await runEngine({ ...base, files: [file], cli: { ...cli, onConfig: (_f, c) => (captured = c) } });
    if (configErrors.size) return reportConfigErrors(configErrors, io);
    if (!captured) {
      io.stderr(`zonelint: no configuration applies to ${args.printConfig} (is it ignored?)\n`);
      return 2;
    }
    const rules: Record<string, unknown> = {};
    for (const [id, r] of [...captured.rules].sort((a, b) => a[0].localeCompare(b[0]))) {
      rules[id] = r.rawOptions === undefined ? [r.severity] : [r.severity, r.rawOptions];
    }
    io.stdout(JSON.stringify({ configFiles: captured.files, rules, settings: captured.settings }, null, 2) + '\n');
    return 0;
  }

  let files: VFile[];
  let outcomes: FileOutcome[] | undefined;
  const { configErrors: _errors, onConfig: _onConfig, ...settings } = cli;
  const job: LintJob = { cwd, base, cli: settings, fix: args.fix, fixDryRun: args.fixDryRun, quiet: args.quiet };
  const texts = new Map<string, string>();
  if (args.stdin) {
    const text = await readStream(io.stdin ?? process.stdin);
    const file = new VFile({ path: args.stdinFilename ? resolve(cwd, args.stdinFilename) : undefined, value: text });
    if (!file.path) file.cwd = cwd;
    files = await lintWithEngine([file], job, configErrors);
  } else {
    const { inputs, missing } = expandInputs(args.files, cwd, args.patterns);
    if (missing.length) {
      io.stderr(missing.map((m) => `zonelint: no such file or directory: ${m}\n`).join(''));
      return 2;
    }
    const targets = await screenFiles(inputs, cli.includeRoot ?? cwd, base);
    // Many files: worker threads (src/cli/parallel.ts), loaded only then; the report is the same.
    const workers =
      targets.length >= MIN_FILES || (targets.length >= 2 && process.env.ZONELINT_WORKERS)
        ? await import('./parallel.js').then((p) => ({ p, n: p.plannedWorkers(targets, cwd) }))
        : undefined;
    if (workers && workers.n > 0) {
      outcomes = await workers.p.lintInParallel(targets, job, workers.n, configErrors);
      files = [];
    } else files = await lintWithEngine(targets, job, configErrors);
  }
  if (configErrors.size) return reportConfigErrors(configErrors, io);

  let ioError = false;
  const results: LintResult[] = [];
  const originals = new Map<string, string>();
  for (const { result, original, output, ioError: failed } of outcomes ?? (await finishFiles(files, job, configErrors))) {
    if (original !== undefined) {
      // Messages (and their fixes) refer to the final text: after --fix, the fixed one.
      texts.set(result.filePath, output ?? original);
      originals.set(result.filePath, original);
    }
    ioError ||= failed;
    results.push(result);
  }

  const color = args.color ?? (io.isTTY === true && !process.env.NO_COLOR);
  const rules = new Map(builtinRules.map((r) => [r.meta.id, { description: r.meta.description, docs: r.meta.docs, severity: r.meta.severity }]));
  const report = format(results, { color: args.outputFile ? false : color, cwd, texts, originals, rules });
  if (args.outputFile) writeFileSync(resolve(cwd, args.outputFile), report.endsWith('\n') || report === '' ? report : report + '\n');
  else if (report) io.stdout(report.endsWith('\n') ? report : report + '\n');

  if (ioError) return 2;
  const errors = results.reduce((n, r) => n + r.errorCount, 0);
  const warnings = results.reduce((n, r) => n + r.warningCount, 0);
  if (errors > 0) return 1;
  if (args.maxWarnings >= 0 && warnings > args.maxWarnings) {
    io.stderr(`zonelint found too many warnings (maximum: ${args.maxWarnings}).\n`);
    return 1;
  }
  return 0;
}

function reportConfigErrors(errors: Set<string>, io: Io): number {
  for (const e of errors) io.stderr(`zonelint: configuration error: ${e}\n`);
  return 2;
}

function defaultIo(): Io {
  return {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    stdin: process.stdin,
    isTTY: process.stdout.isTTY,
  };
}

export function readTextFile(path: string): string {
  return readFileSync(path, 'utf8');
}
