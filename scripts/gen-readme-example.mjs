#!/usr/bin/env node
// Puts zonelint's real output on fixtures/examples/ into README.md (between example:begin/example:end), so
// that the quick start shows what the command prints. Needs a build. A test checks that it is current.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const { main } = await import(new URL('../dist/bundle/cli.js', import.meta.url).href);
const { exampleBlock, withExample } = await import(new URL('../dist/src/lint/readme-example.js', import.meta.url).href);
let out = '';
const code = await main(['fixtures/examples/'], { stdout: (t) => (out += t), stderr: (t) => (out += t), cwd: root, isTTY: false });
const readme = new URL('../README.md', import.meta.url);
const text = readFileSync(readme, 'utf8');
const next = withExample(text, exampleBlock(out, code));
if (next !== text) writeFileSync(readme, next);
