// `zonelint dump`: the expanded zone, one RR per line (errors to stderr, as `file:line:col: error: msg`).
import { dumpZone } from '../syntax/dump.js';
import { HELP } from './args.js';
import type { Io } from './main.js';
import { includeReaderFor, parseNamedFile, parseSubcommandArgs, reportSyntaxErrors } from './zone-input.js';

export interface DumpArgs {
  files: string[];
  origin?: string;
  withAge: boolean;
  includeRoot?: string;
}

export function runDump(args: DumpArgs, io: Io): number {
  const cwd = io.cwd ?? process.cwd();
  const readInclude = includeReaderFor(cwd, args.includeRoot);
  let failed = false;
  for (const f of args.files) {
    const parsed = parseNamedFile(f, cwd, io, { origin: args.origin, readInclude });
    if (!parsed) return 2;
    // The file's own errors name it by its absolute path, included files' errors by theirs.
    if (reportSyntaxErrors(parsed.tree, io, (p) => p ?? f)) failed = true;
    io.stdout(dumpZone(parsed.tree, { withAge: args.withAge }));
  }
  return failed ? 1 : 0;
}

export function dumpCommand(argv: string[], io: Io): number {
  const parsed = parseSubcommandArgs(
    argv,
    {
      origin: { type: 'string' },
      'with-age': { type: 'boolean', default: false },
      'include-root': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    io,
  );
  if (!parsed) return 2;
  const v = parsed.values as { origin?: string; 'with-age'?: boolean; 'include-root'?: string; help?: boolean };
  if (v.help) {
    io.stdout(HELP);
    return 0;
  }
  if (parsed.positionals.length === 0) {
    io.stderr('zonelint: zonelint dump needs at least one file\n');
    return 2;
  }
  return runDump({ files: parsed.positionals, origin: v.origin, withAge: v['with-age'] ?? false, includeRoot: v['include-root'] }, io);
}
