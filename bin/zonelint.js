#!/usr/bin/env node
// The bundled CLI (dist/bundle, built by scripts/bundle.mjs) starts faster; the tsc output is the fallback.
import { existsSync } from 'node:fs';

const bundle = new URL('../dist/bundle/cli.js', import.meta.url);
const { main } = await import(existsSync(bundle) ? bundle.href : '../dist/src/cli/main.js');

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`zonelint: ${error && error.stack ? error.stack : error}\n`);
    process.exitCode = 2;
  },
);
