// The zone origin when neither --origin nor $ORIGIN says it: derived from the file name as BIND users name
// zone files (`example.com.zone`, `example.com.db`, `db.example.com`, Windows `example.com.dns`).
import { basename } from 'node:path';

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
