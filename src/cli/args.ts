// Command-line flags, with ESLint's names where they apply. Parsed with node:util parseArgs.
import { parseArgs } from 'node:util';

export class UsageError extends Error {
  override name = 'UsageError';
}

export interface LintArgs {
  command: 'lint';
  files: string[];
  stdin: boolean;
  stdinFilename?: string;
  origin?: string;
  config?: string;
  useConfig: boolean;
  useIgnore: boolean;
  ignorePath?: string;
  rules: Record<string, unknown>;
  format: string;
  quiet: boolean;
  maxWarnings: number;
  outputFile?: string;
  color?: boolean;
  printConfig?: string;
  fix: boolean;
  fixDryRun: boolean;
  includeRoot?: string;
  patterns?: string[];
  /** Reference time for rules about record age (Windows [AGE:n]), ISO 8601. */
  asOf?: string;
}

export type Args = LintArgs | { command: 'help' } | { command: 'version' };

export const HELP = `zonelint [options] [file|dir|glob ...]
zonelint dump [--origin NAME] [--with-age] FILE...
zonelint export --format dns-zonefile [--origin NAME] [--strict] FILE
                           Print the zone as dns-zonefile's parse() JSON; records it cannot hold are
                           reported on stderr (exit 1 for them only with --strict)
zonelint import [-o OUT.zone] FILE.json
                           Write a zone with dns-zonefile's generate() (default OUT: FILE.zone), then lint it

Lint DNS zone files (RFC 1035 master files with BIND's extensions). Directories are searched for
*.zone, *.db, db.* and *.dns (Windows DNS) files.

Basic:
  --origin NAME            Zone origin (default: $ORIGIN, else a Windows export header's zone, else the file name: example.com.zone, db.example.com)
  -c, --config FILE        Use this config file instead of looking for .zonelintrc*
  --no-config              Ignore config files (zonelint:recommended plus --rule)
  --rule 'ID: SEVERITY'    Set a rule: 'vlmcs-port: off' or 'vlmcs-port: ["error", {"port": 1689}]' (repeatable)
  --include-root DIR       $INCLUDE may only read files inside DIR (default: the working directory)
  --pattern GLOB           File pattern for directories (repeatable; default *.zone, *.db, db.*, *.dns)
  --as-of TIME             Reference time for record-age rules (Windows [AGE:n]); default: newest [AGE:n]
  --ignore-path FILE       Ignore file to use instead of .zonelintignore
  --no-ignore              Do not use ignore files

Input:
  --stdin                  Lint text from standard input
  --stdin-filename NAME    File name for --stdin (config lookup, origin)

Fixing:
  --fix                    Apply safe fixes to the files
  --fix-dry-run            Compute fixes without writing (JSON output carries "output")

Output:
  -f, --format NAME        stylish (default), json, compact, unix, sarif, github, checkstyle, gitlab,
                           diff (with --fix-dry-run: the fixes as a unified diff)
  -o, --output-file FILE   Write the report to FILE
  --quiet                  Report errors only
  --max-warnings N         Exit 1 when there are more than N warnings
  --color, --no-color      Force color on or off
  --print-config FILE      Print the configuration that applies to FILE

Other:
  -h, --help               Show this help
  -v, --version            Show the version

Exit codes: 0 no errors (and warnings within --max-warnings), 1 lint errors, 2 usage, config or I/O error.
`;

/** `id: severity` or `id: [severity, options]` (the value after the colon may be JSON). */
export function parseRuleFlag(text: string): [string, unknown] {
  const i = text.indexOf(':');
  if (i < 0) throw new UsageError(`--rule "${text}": expected 'rule-id: severity'`);
  const id = text.slice(0, i).trim();
  const raw = text.slice(i + 1).trim();
  if (!id || !raw) throw new UsageError(`--rule "${text}": expected 'rule-id: severity'`);
  if (raw.startsWith('[') || raw.startsWith('{') || /^\d+$/.test(raw) || raw.startsWith('"')) {
    try {
      return [id, JSON.parse(raw)];
    } catch {
      throw new UsageError(`--rule "${text}": the value after the colon is not valid JSON`);
    }
  }
  return [id, raw];
}

/** The lint command's arguments (subcommands such as `dump` parse their own: src/cli/commands.ts). */
export function parseCliArgs(argv: string[]): Args {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      allowNegative: true,
      options: {
        stdin: { type: 'boolean', default: false },
        'stdin-filename': { type: 'string' },
        origin: { type: 'string' },
        config: { type: 'string', short: 'c' },
        rule: { type: 'string', multiple: true },
        format: { type: 'string', short: 'f', default: 'stylish' },
        quiet: { type: 'boolean', default: false },
        'max-warnings': { type: 'string' },
        'output-file': { type: 'string', short: 'o' },
        color: { type: 'boolean' },
        'print-config': { type: 'string' },
        fix: { type: 'boolean', default: false },
        'fix-dry-run': { type: 'boolean', default: false },
        'include-root': { type: 'string' },
        pattern: { type: 'string', multiple: true },
        'as-of': { type: 'string' },
        'ignore-path': { type: 'string' },
        ignore: { type: 'boolean' },
        'no-config': { type: 'boolean' },
        'no-ignore': { type: 'boolean' },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', short: 'v', default: false },
      },
    } as const);
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  // allowNegative turns --no-config into config: false and --no-ignore into ignore: false.
  const v = parsed.values as typeof parsed.values & { config?: string | boolean; ignore?: boolean };
  if (v.help) return { command: 'help' };
  if (v.version) return { command: 'version' };
  const rules: Record<string, unknown> = {};
  for (const r of v.rule ?? []) {
    const [id, value] = parseRuleFlag(r);
    rules[id] = value;
  }
  let maxWarnings = -1;
  if (v['max-warnings'] !== undefined) {
    if (!/^-?\d+$/.test(v['max-warnings'])) throw new UsageError(`--max-warnings needs an integer; found "${v['max-warnings']}"`);
    maxWarnings = Number(v['max-warnings']);
  }
  if (v['as-of'] !== undefined && Number.isNaN(Date.parse(v['as-of']))) {
    throw new UsageError(`--as-of needs a date and time such as 2026-11-20T14:00Z; found "${v['as-of']}"`);
  }
  if (v.stdin && parsed.positionals.length > 0) throw new UsageError('--stdin cannot be combined with file arguments');
  if (v['stdin-filename'] && !v.stdin) throw new UsageError('--stdin-filename needs --stdin');
  if (v.fix && v['fix-dry-run']) throw new UsageError('--fix and --fix-dry-run cannot be combined');
  if (v.fix && v.stdin) throw new UsageError('--fix cannot write to standard input; use --fix-dry-run');
  if (!v.stdin && parsed.positionals.length === 0 && !v['print-config']) {
    throw new UsageError('no files given: zonelint [options] file|dir|glob ...  (or --stdin; see --help)');
  }
  return {
    command: 'lint',
    files: parsed.positionals,
    stdin: v.stdin ?? false,
    stdinFilename: v['stdin-filename'],
    origin: v.origin,
    config: typeof v.config === 'string' ? v.config : undefined,
    useConfig: (v.config as unknown) !== false && !v['no-config'],
    useIgnore: (v.ignore as unknown) !== false && !v['no-ignore'],
    ignorePath: v['ignore-path'],
    rules,
    format: v.format ?? 'stylish',
    quiet: v.quiet ?? false,
    maxWarnings,
    outputFile: v['output-file'],
    color: v.color,
    printConfig: v['print-config'],
    fix: v.fix ?? false,
    fixDryRun: v['fix-dry-run'] ?? false,
    includeRoot: v['include-root'],
    patterns: v.pattern,
    asOf: v['as-of'],
  };
}
