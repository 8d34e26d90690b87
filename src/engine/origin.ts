// The zone origin when neither --origin nor $ORIGIN says it: derived from the file name as BIND users name
// zone files (`example.com.zone`, `example.com.db`, `db.example.com`, Windows `example.com.dns`).
import { basename } from 'node:path';
import { parseZone, type IncludeReader } from '../syntax/parser.js';
import type { ZoneRoot } from '../syntax/types.js';

export function originFromFileName(path: string | undefined): string | undefined {
  if (!path) return undefined;
  let name = basename(path);
  const lower = name.toLowerCase();
  if (lower.startsWith('db.') && name.length > 3) name = name.slice(3);
  else {
    const m = /\.(zone|db|dns|hosts)$/i.exec(name);
    if (m) name = name.slice(0, -m[0].length);
    else return undefined;
  }
  if (/\.(signed|txt)$/i.test(name)) name = name.replace(/\.(signed|txt)$/i, '');
  if (!name || !/^[A-Za-z0-9_.-]+$/.test(name)) return undefined;
  return name.endsWith('.') ? name : name + '.';
}

/**
 * The zone name from a Windows DNS export's header, `;  Database file corp.example.dns for corp.example zone.`,
 * looked for only in the comment block at the top of the file (its first 10 lines; the text is English in
 * every export seen, and other comments are never read). Undefined when there is no such line.
 */
export function originFromHeader(text: string): string | undefined {
  let pos = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (let n = 0; n < 10 && pos < text.length; n++) {
    let end = text.indexOf('\n', pos);
    if (end < 0) end = text.length;
    const line = text.slice(pos, end).trim();
    pos = end + 1;
    if (line === '') continue;
    if (line[0] !== ';') return undefined; // the header block is over
    const m = /^;\s*Database file\s+\S.*\s+for\s+(\S+)\s+zone\.?$/i.exec(line);
    if (!m) continue;
    const name = m[1]!;
    if (!/^[A-Za-z0-9_.-]+$/.test(name) || name.startsWith('.') || name.includes('..')) return undefined;
    return name.endsWith('.') ? name : name + '.';
  }
  return undefined;
}

/**
 * The origin of a file when --origin is not given ($ORIGIN in the file still wins, as it applies while
 * parsing): the Windows header's zone name, else the file name.
 */
export function defaultOrigin(text: string, path: string | undefined): string | undefined {
  return originFromHeader(text) ?? originFromFileName(path);
}

/**
 * Parse a zone file's text the way every zonelint command does (lint, dump, export): the origin is `origin`
 * (--origin) when given, else the default origin above (then marked as guessed, so a $ORIGIN before the first
 * record names the zone), else the root.
 */
export function parseZoneFile(
  text: string,
  path: string | undefined,
  options: { origin?: string; readInclude?: IncludeReader },
): ZoneRoot {
  return parseZone(text, {
    origin: options.origin ?? defaultOrigin(text, path) ?? '.',
    originGuessed: options.origin === undefined,
    path,
    readInclude: options.readInclude,
  });
}
