import { readFileSync } from 'node:fs';

function readVersion(): string {
  // dist/src/cli/version.js and src/cli/version.ts both sit a fixed depth below the package root.
  for (const rel of ['../../../package.json', '../../package.json']) {
    try {
      const pkg = JSON.parse(readFileSync(new URL(rel, import.meta.url), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'zonelint' && pkg.version) return pkg.version;
    } catch {
      // try the next candidate
    }
  }
  return '0.0.0';
}

export const version = readVersion();
