// Readers for the shared conformance corpus (../shared/corpus beside the repo) and the normalisation used to
// compare zonelint's records with BIND's and Knot's. See ../conformance/README.md.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import type { IncludeReader } from '../../src/syntax/parser.js';

/** Absolute path of the corpus root. */
export const CORPUS = fileURLToPath(new URL('../../../shared/corpus/', import.meta.url)).replace(/\/$/, '');

export function corpusPath(...parts: string[]): string {
  return join(CORPUS, ...parts);
}

export type TsvRow = Record<string, string>;

/** A TSV file with a header line; `#` lines and blank lines are skipped. */
export function readTsv(path: string): TsvRow[] {
  const lines = readFileSync(path, 'utf8').split('\n');
  const header = lines[0]!.replace(/\r$/, '').split('\t');
  const rows: TsvRow[] = [];
  for (const raw of lines.slice(1)) {
    const line = raw.replace(/\r$/, '');
    if (line.trim() === '' || line.startsWith('#')) continue;
    const cells = line.split('\t');
    const row: TsvRow = {};
    header.forEach((h, i) => (row[h] = cells[i] ?? ''));
    rows.push(row);
  }
  return rows;
}

/** One `named-checkzone` verdict from a folder's EXPECTED.tsv. */
export interface BindCase {
  /** Corpus folder, e.g. `bind-misc` or `bind-checkzone/v9.18.49`. */
  folder: string;
  /** File as written in the TSV (relative to the folder, or to the -w directory when there is one). */
  file: string;
  origin: string;
  /** Flags named-checkzone was run with (empty when none). */
  flags: string;
  rc: number;
  firstMsg: string;
  /** Directory BIND resolved the file and its relative $INCLUDEs against (absolute). */
  cwd: string;
  /** Absolute path of the zone file. */
  path: string;
}

/** Folders compared with BIND, with their EXPECTED.tsv (relative to the corpus) and where the RR dumps live. */
export const BIND_FOLDERS = [
  'bind-checkzone',
  'bind-checkzone/v9.18.49',
  'bind-misc',
  'dnspython',
  'knot-semantic',
  'ldns',
  'nsd-tpkg',
  'realworld',
  'simdzone',
  'windows-dns',
] as const;

/** The directory BIND ran in for a case of `folder` run with `flags` (`-w dir`, else the folder itself). */
export function bindCwd(folder: string, flags: string): string {
  const dir = corpusPath(folder);
  const w = /(?:^|\s)-w\s+(\S+)/.exec(flags);
  return w ? resolve(dir, w[1]!) : dir;
}

export function readBindCases(folder: string): BindCase[] {
  const dir = corpusPath(folder);
  const rows = readTsv(join(dir, 'EXPECTED.tsv'));
  return rows.map((r) => {
    const flags = (r['flags_run'] ?? '-') === '-' ? '' : r['flags_run']!;
    const cwd = bindCwd(folder, flags);
    return {
      folder,
      file: r['file']!,
      origin: r['origin']!,
      flags,
      rc: Number(r['rc']),
      firstMsg: r['first_msg'] ?? '',
      cwd,
      path: resolve(cwd, r['file']!),
    };
  });
}

/**
 * BIND's RR dump of a loaded case (`named-compilezone -s full`), or undefined when there is none. The corpus keeps
 * `bind-rrs/<file>.rrs` (one per file); the dumps it lacks (bind-checkzone/v9.18.49, cases run with -w, files loaded
 * under several origins) were made with the same command by ../conformance/tools/bind-rrs.sh and live in
 * ../conformance/bind-rrs/<folder>/<file>@<origin>.rrs, which wins when present.
 */
export function bindRrsPath(c: BindCase): string | undefined {
  const own = fileURLToPath(new URL(`../conformance/bind-rrs/${c.folder}/${c.file}@${c.origin}.rrs`, import.meta.url));
  if (existsSync(own)) return own;
  const p = corpusPath(c.folder, 'bind-rrs', `${c.file}.rrs`);
  return existsSync(p) ? p : undefined;
}

/** $INCLUDE as BIND does it: relative targets resolve against BIND's working directory, not the including file. */
export function bindIncludeReader(cwd: string): IncludeReader {
  return (target) => readIncluded(target, cwd);
}

/** $INCLUDE as Knot does it: relative to the including file's directory. */
export function knotIncludeReader(): IncludeReader {
  return (target, from) => readIncluded(target, from.path ? dirname(from.path) : process.cwd());
}

/** Read an $INCLUDE target, relative ones against `base` (no include-root check: the corpus is trusted). */
function readIncluded(target: string, base: string): ReturnType<IncludeReader> {
  const full = isAbsolute(target) ? target : resolve(base, target);
  try {
    const st = statSync(full);
    if (!st.isFile()) return { error: `$INCLUDE "${target}": not a file` };
    return { path: full, text: readFileSync(full, 'utf8') };
  } catch {
    return { error: `$INCLUDE "${target}": file not found (looked for ${full})` };
  }
}

/** Upper-case hex, as Knot's zscanner and BIND print wire data. */
export { encodeHex as hex } from '../../src/syntax/rdata/text.js';

/** One block of a Knot zscanner `.out` file: its `KEY=value` lines (RTYPE, RDATA, OWNER... or WARNG / ERROR). */
export type KnotOutBlock = Record<string, string>;

/** The blocks of a Knot zscanner `.out` file (each ends with a `------` line). */
export function readKnotOut(path: string): KnotOutBlock[] {
  const blocks: KnotOutBlock[] = [];
  let cur: KnotOutBlock = {};
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line === '------') {
      blocks.push(cur);
      cur = {};
      continue;
    }
    const eq = line.indexOf('=');
    if (eq > 0) cur[line.slice(0, eq)] = line.slice(eq + 1);
  }
  return blocks;
}

/**
 * KNOWN.md: the disagreements the conformance tests accept. Machine-readable lines are
 *   `- <folder>/<file>: reason`   (BIND cases)      `- knot-zscanner/<NAME>.in: reason` (whole zscanner file)
 *   `- knot-zscanner/<NAME>.in:<line>: reason` (one line of a zscanner file)
 * Keys are everything before the last `: ` that starts the reason; a missing file yields an empty set.
 */
export function readKnown(): Map<string, string> {
  const p = fileURLToPath(new URL('../conformance/KNOWN.md', import.meta.url));
  const out = new Map<string, string>();
  if (!existsSync(p)) return out;
  for (const line of readFileSync(p, 'utf8').split('\n')) {
    const m = /^- `?([^`\s]+?)`?: (.*)$/.exec(line.trim());
    if (m) out.set(m[1]!, m[2]!);
  }
  return out;
}
