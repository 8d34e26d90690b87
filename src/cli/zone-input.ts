// What the subcommands that read zone files (dump, export) share: reading a named file with the same error
// line, and parsing it as the lint command does (src/engine/origin.ts parseZoneFile) with $INCLUDE confined
// to --include-root (default: the working directory).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { createIncludeReader } from '../syntax/include.js';
import type { IncludeReader } from '../syntax/parser.js';
import type { ZoneRoot } from '../syntax/types.js';
import { parseZoneFile } from '../engine/origin.js';
import type { Io } from './main.js';

/** `$INCLUDE` reader for --include-root (relative to `cwd`; default `cwd`). */
export function includeReaderFor(cwd: string, includeRoot: string | undefined): IncludeReader {
  return createIncludeReader({ root: includeRoot ? resolve(cwd, includeRoot) : cwd });
}

/**
 * Read and parse the file `f` (as named on the command line, relative to `cwd`). Undefined when it cannot be
 * read: the reason is on stderr, and the command exits 2.
 */
export function parseNamedFile(
  f: string,
  cwd: string,
  io: Io,
  options: { origin?: string; readInclude: IncludeReader },
): { path: string; tree: ZoneRoot } | undefined {
  const path = resolve(cwd, f);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    io.stderr(`zonelint: cannot read ${f}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}\n`);
    return undefined;
  }
  return { path, tree: parseZoneFile(text, path, options) };
}

/**
 * Syntax errors on stderr as `file:line:col: error: message [syntax]`, the file named by `display` (given the
 * path of the file the error is in: the named file or one it includes). True when there were any.
 */
export function reportSyntaxErrors(tree: ZoneRoot, io: Io, display: (path: string | undefined) => string): boolean {
  for (const e of tree.errors) {
    const p = e.source.point(e.start);
    io.stderr(`${display(e.source.path)}:${p.line}:${p.column}: error: ${e.message} [syntax]\n`);
  }
  return tree.errors.length > 0;
}

/**
 * Parse `argv` with node:util parseArgs; a usage error (unknown flag, missing value) goes to stderr as
 * `zonelint: MESSAGE` followed by `usage` when given, and gives undefined (the command exits 2).
 */
export function parseSubcommandArgs<T extends ParseArgsConfig['options']>(
  argv: string[],
  options: T,
  io: Io,
  usage?: string,
): { values: Record<string, string | boolean | undefined>; positionals: string[] } | undefined {
  try {
    const parsed = parseArgs({ args: argv, allowPositionals: true, options });
    return { values: parsed.values as Record<string, string | boolean | undefined>, positionals: parsed.positionals };
  } catch (e) {
    io.stderr(`zonelint: ${(e as Error).message}\n${usage ? usage + '\n' : ''}`);
    return undefined;
  }
}
