// The file reader behind $INCLUDE. Relative paths resolve against the including file's directory (as Knot
// does; BIND uses its working directory). Files outside the include root are refused before they are read,
// so nothing of them is echoed: CI runs zonelint on pull requests from anyone.
import { readFileSync, realpathSync, statSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import type { IncludeReader } from './parser.js';

export interface IncludeReaderOptions {
  /** Directory that included files must stay inside (default: the working directory). */
  root?: string;
  /** Largest included file, in bytes. */
  maxBytes?: number;
}

export function createIncludeReader(options: IncludeReaderOptions = {}): IncludeReader {
  const given = resolve(options.root ?? process.cwd());
  let root: string;
  try {
    root = realpathSync(given);
  } catch {
    root = given;
  }
  const maxBytes = options.maxBytes ?? 256 * 1024 * 1024;
  return (target, from) => {
    const base = from.path ? dirname(resolve(from.path)) : process.cwd();
    const full = isAbsolute(target) ? target : resolve(base, target);
    // Outside the root as written: refused without touching the file system (not even to see if it exists).
    if (outside(root, full) && outside(given, full)) return { error: refused(target, root) };
    let real: string;
    try {
      real = realpathSync(full);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'ELOOP') return { error: `$INCLUDE "${target}": symbolic link loop` };
      return { error: `$INCLUDE "${target}": file not found (looked for ${full})` };
    }
    if (outside(root, real)) return { error: refused(target, root) };
    try {
      const st = statSync(real);
      if (st.isDirectory()) return { error: `$INCLUDE "${target}" is a directory` };
      if (!st.isFile()) return { error: `$INCLUDE "${target}" is not a regular file (a device, pipe or socket): not read` };
      if (st.size > maxBytes) return { error: `$INCLUDE "${target}" is ${st.size} bytes, larger than the limit of ${maxBytes}` };
      return { path: real, text: readFileSync(real, 'utf8') };
    } catch (e) {
      return { error: `$INCLUDE "${target}": ${(e as Error).message}` };
    }
  };
}

function outside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '..' || rel.startsWith('..' + sep) || isAbsolute(rel);
}

function refused(target: string, root: string): string {
  return `$INCLUDE "${target}" is outside the include root ${root}: refused (use --include-root to allow it)`;
}
