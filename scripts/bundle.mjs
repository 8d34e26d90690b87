#!/usr/bin/env node
// Bundles the CLI with esbuild so that a cold start reads one file instead of hundreds of modules (a
// pre-commit hook runs zonelint on every commit; module loading dominated its start-up). Formatters and
// subcommands stay lazy: code splitting puts each in its own chunk.
import { build } from 'esbuild';

await build({
  entryPoints: { cli: 'src/cli/main.ts' },
  outdir: 'dist/bundle',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  minify: true,
  legalComments: 'none',
  logLevel: 'warning',
  // Some dependencies are CommonJS and call require() for Node built-ins.
  banner: { js: "import { createRequire as __zlCreateRequire } from 'node:module'; const require = __zlCreateRequire(import.meta.url);" },
});
