#!/usr/bin/env node
// Bundles the CLI with esbuild so that a cold start reads a few files instead of hundreds of modules (a
// pre-commit hook runs zonelint on every commit; module loading dominated its start-up). Formatters and
// subcommands stay lazy: code splitting puts each in its own chunk. The lint worker (src/cli/worker.ts) is a
// second entry point that shares chunks with the CLI.
//
// unified-engine imports, at start-up, modules that a plain lint never runs: load-plugin (and through it
// @npmcli/config, semver, import-meta-resolve, …) for plugins named by string, vfile-reporter for its default
// reporter, yaml for YAML configs, concat-stream for stdin, unist-util-inspect for `inspect`, parse-json's
// error formatting (@babel/code-frame), and glob/minimatch, needed only when an input is a glob. `lazyEngineDeps`
// below gives unified-engine small stand-ins with the same API that load the real module on first use:
// dynamic import() (its own chunk) where unified-engine awaits the result, esbuild's lazily initialised
// require() where it needs the answer synchronously. Behaviour is unchanged; only when the code loads moves.
//   node scripts/bundle.mjs [--metafile FILE] [--outdir DIR] [--no-minify]   (the options are for profiling)
import { build } from 'esbuild';
import { rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';

const args = process.argv.slice(2);
const metafileAt = args.includes('--metafile') ? args[args.indexOf('--metafile') + 1] : undefined;
const outdir = args.includes('--outdir') ? args[args.indexOf('--outdir') + 1] : 'dist/bundle';

// A character that may make a pattern a glob for minimatch; a string without any is a plain path.
const MAYBE_MAGIC = String.raw`/[*?[\]{}()!+@]/`;

const SHIMS = {
  'load-plugin': `
export async function resolvePlugin(...a) { return (await import('load-plugin')).resolvePlugin(...a); }
export async function loadPlugin(...a) { return (await import('load-plugin')).loadPlugin(...a); }`,
  // Only called as \`return yaml.parse(text)\` inside an async loader: a promise of the value is the same.
  yaml: `export default { parse: async (text) => (await import('yaml')).default.parse(text) };`,
  // Only the default reporter; its result is awaited.
  'vfile-reporter': `export async function reporter(...a) { return (await import('vfile-reporter')).reporter(...a); }`,
  // stdin.js pipes streamIn into the returned stream: a PassThrough buffers until the real one is there.
  'concat-stream': `
import { PassThrough } from 'node:stream';
export default function concatStream(options, callback) {
  const through = new PassThrough();
  import('concat-stream').then((m) => through.pipe(m.default(options, callback)));
  return through;
}`,
  'unist-util-inspect': `
export function inspectColor(...a) { return require('unist-util-inspect').inspectColor(...a); }
export function inspectNoColor(...a) { return require('unist-util-inspect').inspectNoColor(...a); }`,
  // parse-json returns JSON.parse's value when that succeeds; only its errors need the real module.
  'parse-json': `
export default function parseJson(string, reviver, filename) {
  try { return JSON.parse(string, typeof reviver === 'string' ? undefined : reviver); }
  catch { return require('parse-json').default(string, reviver, filename); }
}`,
  // finder.js calls hasMagic() synchronously on every input; the finder stand-in below loads glob first
  // whenever an input may be a glob, so a string reaching hasMagic() without it is a plain path.
  glob: `
let real;
export async function preloadGlob() { real ??= await import('glob'); }
export function hasMagic(pattern, options) {
  if (real) return real.hasMagic(pattern, options);
  if ([].concat(pattern).some((p) => ${MAYBE_MAGIC}.test(p))) throw new Error('zonelint: glob used before it was loaded');
  return false;
}
export async function glob(pattern, options) { await preloadGlob(); return real.glob(pattern, options); }`,
};

const engineLib = join(dirname(createRequire(import.meta.url).resolve('unified-engine')), 'lib');
const finderPath = join(engineLib, 'finder.js');
const FINDER = `
import { finder as realFinder } from ${JSON.stringify(finderPath)};
import { preloadGlob } from 'zonelint-lazy:glob';
export function finder(input, options, callback) {
  if (input.some((f) => typeof f === 'string' && ${MAYBE_MAGIC}.test(f))) preloadGlob().then(() => realFinder(input, options, callback), callback);
  else realFinder(input, options, callback);
}`;

/** @type {import('esbuild').Plugin} */
const lazyEngineDeps = {
  name: 'zonelint-lazy-engine-deps',
  setup(b) {
    const inEngine = (importer) => /[\\/]node_modules[\\/]unified-engine[\\/]/.test(importer);
    b.onResolve({ filter: /^(load-plugin|yaml|vfile-reporter|concat-stream|unist-util-inspect|parse-json|glob)$/ }, (a) =>
      a.namespace === 'file' && inEngine(a.importer) ? { path: a.path, namespace: 'zonelint-lazy', pluginData: a.resolveDir } : undefined,
    );
    b.onResolve({ filter: /^zonelint-lazy:glob$/ }, () => ({ path: 'glob', namespace: 'zonelint-lazy', pluginData: engineLib }));
    b.onResolve({ filter: /^\.\.\/finder\.js$/ }, (a) =>
      a.namespace === 'file' && inEngine(a.importer) ? { path: 'finder', namespace: 'zonelint-lazy-finder' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'zonelint-lazy' }, (a) => ({ contents: SHIMS[a.path], resolveDir: a.pluginData ?? engineLib, loader: 'js' }));
    b.onLoad({ filter: /.*/, namespace: 'zonelint-lazy-finder' }, () => ({ contents: FINDER, resolveDir: engineLib, loader: 'js' }));
  },
};

rmSync(outdir, { recursive: true, force: true });
const result = await build({
  entryPoints: { cli: 'src/cli/main.ts', worker: 'src/cli/worker.ts' },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  minify: !args.includes('--no-minify'),
  legalComments: 'none',
  logLevel: 'warning',
  metafile: metafileAt !== undefined,
  plugins: [lazyEngineDeps],
  // Some dependencies are CommonJS and call require() for Node built-ins.
  banner: { js: "import { createRequire as __zlCreateRequire } from 'node:module'; const require = __zlCreateRequire(import.meta.url);" },
});
if (metafileAt) writeFileSync(metafileAt, JSON.stringify(result.metafile));
