// `zonelint dump`: the expanded zone, one RR per line (errors to stderr, as `file:line:col: error: msg`).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseZone } from '../syntax/parser.js';
import { createIncludeReader } from '../syntax/include.js';
import { dumpZone } from '../syntax/dump.js';
import { defaultOrigin } from '../engine/origin.js';
import { parseCliArgs, UsageError, HELP, type DumpArgs } from './args.js';
import type { Io } from './main.js';

export function runDump(args: DumpArgs, io: Io): number {
  const cwd = io.cwd ?? process.cwd();
  const readInclude = createIncludeReader({ root: args.includeRoot ? resolve(cwd, args.includeRoot) : cwd });
  let failed = false;
  for (const f of args.files) {
    const path = resolve(cwd, f);
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch (e) {
      io.stderr(`zonelint: cannot read ${f}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}\n`);
      return 2;
    }
    const tree = parseZone(text, { origin: args.origin ?? defaultOrigin(text, path) ?? '.', originGuessed: args.origin === undefined, path, readInclude });
    for (const e of tree.errors) {
      const p = e.source.point(e.start);
      io.stderr(`${e.source.path ?? f}:${p.line}:${p.column}: error: ${e.message} [syntax]\n`);
      failed = true;
    }
    io.stdout(dumpZone(tree, { withAge: args.withAge }));
  }
  return failed ? 1 : 0;
}

export function dumpCommand(argv: string[], io: Io): number {
  try {
    const args = parseCliArgs(['dump', ...argv]);
    if (args.command === 'help') {
      io.stdout(HELP);
      return 0;
    }
    return runDump(args as DumpArgs, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`zonelint: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
}
