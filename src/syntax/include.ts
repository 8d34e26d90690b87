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
  let root: string;
  try {
    root = realpathSync(resolve(options.root ?? process.cwd()));
  } catch {
    root = resolve(options.root ?? process.cwd());
  }
  const maxBytes = options.maxBytes ?? 256 * 1024 * 1024;
  return (target, from) => {
    const base = from.path ? dirname(resolve(from.path)) : process.cwd();
    const full = isAbsolute(target) ? target : resolve(base, target);
    let real: string;
    try {
      real = realpathSync(full);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'ELOOP') return { error: `$INCLUDE "${target}": symbolic link loop` };
      return { error: `$INCLUDE "${target}": file not found (looked for ${full})` };
    }
    const rel = relative(root, real);
    if (rel === '..' || rel.startsWith('..' + sep) || isAbsolute(rel)) {
      return { error: `$INCLUDE "${target}" is outside the include root ${root}: refused (use --include-root to allow it)` };
    }
    try {
      const st = statSync(real);
      if (st.isDirectory()) return { error: `$INCLUDE "${target}" is a directory` };
      if (st.size > maxBytes) return { error: `$INCLUDE "${target}" is ${st.size} bytes, larger than the limit of ${maxBytes}` };
      return { path: real, text: readFileSync(real, 'utf8') };
    } catch (e) {
      return { error: `$INCLUDE "${target}": ${(e as Error).message}` };
    }
  };
}
