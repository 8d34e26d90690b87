#!/usr/bin/env node
// The bundled CLI (dist/bundle, built by scripts/bundle.mjs) starts faster; the tsc output is the fallback.
import { existsSync } from 'node:fs';

const bundle = new URL('../dist/bundle/cli.js', import.meta.url);
const { main } = await import(existsSync(bundle) ? bundle.href : '../dist/src/cli/main.js');

/**
 * Exit as soon as the output is written: main() has finished its work, and leaving through the event loop
 * makes Node tear the whole heap down first (~50 ms after a million-record zone).
 */
function exit(code) {
  process.exitCode = code;
  process.stdout.write('', () => process.stderr.write('', () => process.exit(code)));
}

main(process.argv.slice(2)).then(exit, (error) => {
  process.stderr.write(`zonelint: ${error && error.stack ? error.stack : error}\n`);
  exit(2);
});
