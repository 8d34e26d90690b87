#!/usr/bin/env node
// npm run fuzz [-- --seconds N] [--seed S] [--timeout MS]
//
// Fuzzes the built zonelint (dist/: run `npm run build` first) for a time budget: arbitrary bytes, mutated
// corpus zones (../shared/corpus/**) and grammar-generated zones go through the parser, ALL rules
// (lintText with zonelint:all) and fixText. A case fails when anything throws, when it takes longer than the
// per-case timeout (cases run in a worker thread that is replaced when it hangs), when a reported position or
// fix range lies outside the file, or when an error-free zone does not survive dump → parse.
// Failing inputs are saved to bench/tmp/fuzz-failures/; the exit code is 1 when there was any.
import { Worker, isMainThread, parentPort } from 'node:worker_threads';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('../', import.meta.url));

// ---------------------------------------------------------------------------------------------- main thread

function parseArgs(argv) {
  const opts = { seconds: 60, seed: Date.now() >>> 0, timeout: 10_000 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const v = () => {
      const n = Number(argv[++i]);
      if (!Number.isFinite(n) || n < 0) throw new Error(`${a} needs a number`);
      return n;
    };
    if (a === '--seconds') opts.seconds = v();
    else if (a === '--seed') opts.seed = v() >>> 0;
    else if (a === '--timeout') opts.timeout = v();
    else if (a === '-h' || a === '--help') {
      console.log('npm run fuzz -- [--seconds N (default 60)] [--seed S] [--timeout MS per case (default 10000)]');
      process.exit(0);
    } else throw new Error(`unknown argument ${a}`);
  }
  return opts;
}

async function supervise() {
  const opts = parseArgs(process.argv.slice(2));
  if (!existsSync(join(ROOT, 'dist/src/lint/lint-text.js'))) {
    console.error('zonelint fuzz: dist/ is missing; run `npm run build` first');
    process.exit(2);
  }
  const rand = prng(opts.seed);
  const corpus = loadCorpus();
  const outDir = join(ROOT, 'bench/tmp/fuzz-failures');
  console.log(`zonelint fuzz: ${opts.seconds} s, seed ${opts.seed}, ${corpus.length} corpus zones, timeout ${opts.timeout} ms per case`);

  const kinds = ['bytes', 'mutated', 'grammar'];
  const tried = { bytes: 0, mutated: 0, grammar: 0 };
  const failures = [];
  let worker = startWorker();
  const deadline = Date.now() + opts.seconds * 1000;
  let n = 0;
  while (Date.now() < deadline) {
    const kind = kinds[n % kinds.length];
    const bytes = kind === 'bytes' ? randomBytes(rand) : Buffer.from(kind === 'mutated' ? mutateZone(rand, pick(rand, corpus)) : grammarZone(rand), 'utf8');
    n++;
    tried[kind]++;
    const outcome = await runCase(worker, bytes, opts.timeout);
    if (outcome.hang) {
      await worker.terminate();
      worker = startWorker();
    }
    if (!outcome.ok) {
      mkdirSync(outDir, { recursive: true });
      const base = join(outDir, `${kind}-${opts.seed}-${n}`);
      writeFileSync(base + '.zone', bytes);
      writeFileSync(base + '.txt', outcome.error + '\n');
      failures.push({ kind, file: relative(ROOT, base + '.zone'), error: outcome.error });
      console.log(`FAIL ${kind} #${n}: ${outcome.error.split('\n')[0]} → ${relative(ROOT, base + '.zone')}`);
    }
  }
  await worker.terminate();
  const total = tried.bytes + tried.mutated + tried.grammar;
  console.log(`cases tried: ${total} (arbitrary bytes ${tried.bytes}, mutated corpus zones ${tried.mutated}, grammar-generated ${tried.grammar})`);
  console.log(`failures: ${failures.length}${failures.length ? ` (inputs in ${relative(ROOT, outDir)}/)` : ''}`);
  process.exit(failures.length ? 1 : 0);
}

function startWorker() {
  return new Worker(fileURLToPath(import.meta.url), { resourceLimits: { maxOldGenerationSizeMb: 2048 } });
}

/** Run one case in the worker; a case that does not answer within `timeout` ms is a hang. */
function runCase(worker, bytes, timeout) {
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      cleanup();
      resolve({ ok: false, hang: true, error: `no answer within ${timeout} ms (hang?)` });
    }, timeout);
    const onMessage = (m) => {
      cleanup();
      resolve(m);
    };
    const onError = (e) => {
      cleanup();
      resolve({ ok: false, hang: true, error: `worker died: ${e?.stack ?? e}` });
    };
    function cleanup() {
      clearTimeout(timer);
      worker.off('message', onMessage);
      worker.off('error', onError);
    }
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.postMessage(bytes);
  });
}

// ---------------------------------------------------------------------------------------------- inputs

/** mulberry32: a small seeded generator, so that a run can be repeated with --seed. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const int = (rand, n) => Math.floor(rand() * n);
const pick = (rand, list) => list[int(rand, list.length)];

function loadCorpus() {
  const dir = join(ROOT, '../shared/corpus');
  const out = [];
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const full = join(d, e.name);
      if (e.isDirectory()) walk(full);
      else if (e.isFile() && !/\.(tsv|md|txt|json|py|sh|rrs|LICENSE)$/i.test(e.name) && statSync(full).size <= 64 * 1024) {
        const text = readFileSync(full, 'utf8');
        if (/\b(SOA|NS|A|AAAA|MX|TXT|CNAME|SRV)\b/.test(text)) out.push(text);
      }
    }
  };
  if (existsSync(dir)) walk(dir);
  for (const f of ['fixtures/formats/corp.example.zone', 'fixtures/windows/corp.example.dns']) {
    if (existsSync(join(ROOT, f))) out.push(readFileSync(join(ROOT, f), 'utf8'));
  }
  return out;
}

function randomBytes(rand) {
  const len = int(rand, 2048);
  const b = Buffer.alloc(len);
  // Mostly printable ASCII and zone punctuation, with some raw bytes (invalid UTF-8, NUL).
  const alphabet = Buffer.from(' \t\n\r()";\\$@.*#0123456789abcdefINASOTXMRV-_=,/:+[]');
  for (let i = 0; i < len; i++) b[i] = rand() < 0.75 ? alphabet[int(rand, alphabet.length)] : int(rand, 256);
  return b;
}

const TOKENS = [
  '(', ')', '"', ';', '\\', '\\#', '$ORIGIN', '$TTL', '$INCLUDE x', '$GENERATE 1-5 h$ A 192.0.2.$', '@', '*', '.', 'IN',
  'CH', 'TYPE65280', '0', '4294967295', '99999999999', '1w2d', 'A', 'AAAA', 'NS', 'MX', 'SRV', 'TXT', 'SOA', 'SVCB',
  'HTTPS', 'CAA', 'LOC', 'NSEC', 'RRSIG', 'DS', 'SPF', 'CNAME', 'DNAME', 'PTR', '192.0.2.1', '::1', '\u0000', '\ufffd',
  'é', 'a'.repeat(64), '[AGE:3636591]', '_vlmcs._tcp', 'alpn=h2', 'mandatory', 'x'.repeat(300), '\r\n',
];

function mutateZone(rand, text) {
  let lines = text.split('\n');
  const steps = 1 + int(rand, 6);
  for (let s = 0; s < steps; s++) {
    const i = int(rand, lines.length);
    const j = int(rand, lines.length + 1);
    switch (int(rand, 11)) {
      case 0: lines.splice(j, 0, lines[i]); break; // duplicate a line
      case 1: if (lines.length > 1) lines.splice(i, 1); break; // delete a line
      case 2: [lines[i], lines[j % lines.length]] = [lines[j % lines.length], lines[i]]; break; // swap
      case 3: lines.splice(j, 0, (lines[i] ?? '').replace(/^\S+/, '')); break; // blank owner
      case 4: lines = lines.map((l) => (l.endsWith('\r') ? l : l + '\r')); break; // CRLF
      case 5: { // insert a token
        const l = lines[i];
        const at = int(rand, l.length + 1);
        lines[i] = l.slice(0, at) + ' ' + pick(rand, TOKENS) + ' ' + l.slice(at);
        break;
      }
      case 6: { // delete a stretch of characters
        const l = lines[i];
        const at = int(rand, l.length + 1);
        lines[i] = l.slice(0, at) + l.slice(at + 1 + int(rand, 8));
        break;
      }
      case 7: { // replace a character with punctuation
        const l = lines[i];
        const at = int(rand, Math.max(l.length, 1));
        lines[i] = l.slice(0, at) + pick(rand, ['(', ')', '"', ';', '\\', ' ', '\t', '.', '\u0000']) + l.slice(at + 1);
        break;
      }
      case 8: lines = lines.slice(0, i + 1); break; // truncate
      case 9: lines.splice(j, 0, grammarRecord(rand)); break; // add a generated record
      case 10: lines.splice(j, 0, ...lines.slice(i, i + 1 + int(rand, 5))); break; // duplicate a block
    }
  }
  return lines.join('\n');
}

const LABELS = ['@', 'www', 'mail', 'ns1', 'ns2', '*', '*.w', 'a.b', '_sip._tcp', '_vlmcs._tcp', 'x.example.com.', 'Www', 'sub', 'sub.sub'];
const TARGETS = ['ns1', 'mail', 'www', '.', 'x.example.com.', 'sub', 'kms1.corp.example.', 'c'];

function grammarRecord(rand) {
  const owner = rand() < 0.2 ? '' : pick(rand, LABELS);
  const ttl = rand() < 0.5 ? '' : String(pick(rand, [0, 60, 300, 3600, 86400, 2147483647, 2147483648]));
  const cls = rand() < 0.5 ? '' : pick(rand, ['IN', 'CH', 'CLASS1']);
  const o = () => int(rand, 256);
  const n16 = () => pick(rand, [0, 1, 10, 100, 1688, 65535]);
  const data = pick(rand, [
    () => `A ${o()}.${o()}.${o()}.${o()}`,
    () => `AAAA 2001:db8::${int(rand, 65536).toString(16)}`,
    () => `NS ${pick(rand, TARGETS)}`,
    () => `MX ${n16()} ${pick(rand, TARGETS)}`,
    () => `CNAME ${pick(rand, TARGETS)}`,
    () => `DNAME ${pick(rand, TARGETS)}`,
    () => `SRV ${n16()} ${n16()} ${n16()} ${pick(rand, TARGETS)}`,
    () => `TXT "v=spf1 -all"`,
    () => `SPF "v=spf1 -all"`,
    () => `TXT ${'"' + 'q'.repeat(int(rand, 300)) + '"'}`,
    () => `CAA 0 issue "ca.example"`,
    () => `SOA ns1 hostmaster ${int(rand, 4294967296)} 7200 3600 1209600 ${pick(rand, [300, 3600, 86400])}`,
    () => `PTR ${pick(rand, TARGETS)}`,
    () => `DS 12345 ${pick(rand, [5, 8, 13])} ${pick(rand, [1, 2])} ${'ab'.repeat(pick(rand, [20, 32]))}`,
    () => `SVCB 1 ${pick(rand, TARGETS)} alpn=h2 port=${n16()}`,
    () => `HTTPS 0 ${pick(rand, TARGETS)}`,
    () => `TYPE65280 \\# 2 abcd`,
    () => `LOC 52 22 23.000 N 4 53 32.000 E -2.00m 0.00m 10000m 10m`,
    () => `MX 10 .`,
  ])();
  const line = [owner, ttl, cls, data].filter((x, k) => k === 0 || x !== '').join(owner === '' ? '\t' : ' ');
  const withAge = rand() < 0.05 ? line.replace(/^(\S*)/, `$1 [AGE:${int(rand, 4000000)}]`) : line;
  return rand() < 0.1 ? withAge.replace(/ (\S+)$/, ' ( $1\n )') : withAge + (rand() < 0.1 ? ' ; comment' : '');
}

function grammarZone(rand) {
  const lines = [];
  if (rand() < 0.8) lines.push(`$ORIGIN ${pick(rand, ['example.com.', 'corp.example.', '2.0.192.in-addr.arpa.', '.'])}`);
  if (rand() < 0.7) lines.push(`$TTL ${pick(rand, ['3600', '1h', '0', '2147483647'])}`);
  if (rand() < 0.9) lines.push('@ IN SOA ns1 hostmaster 2024010101 7200 3600 1209600 3600', '@ IN NS ns1', 'ns1 IN A 192.0.2.1');
  const count = int(rand, 40);
  for (let i = 0; i < count; i++) {
    const r = rand();
    if (r < 0.04) lines.push(`$ORIGIN ${pick(rand, ['sub', 'example.com.', 'x.example.com.'])}`);
    else if (r < 0.07) lines.push(`$TTL ${pick(rand, [60, 300, 86400])}`);
    else if (r < 0.09) lines.push(`$GENERATE ${1 + int(rand, 3)}-${int(rand, 30)} host-$ ${pick(rand, ['A 192.0.2.$', 'CNAME www', 'PTR host-${0,3,d}'])}`);
    else if (r < 0.1) lines.push(`; ${pick(rand, ['zonelint-disable-next-line', 'zonelint-disable no-duplicate-records', 'zonelint-enable', 'plain comment'])}`);
    else if (r < 0.2 && lines.length > 0) lines.push(pick(rand, lines)); // a duplicate
    else lines.push(grammarRecord(rand));
  }
  return lines.join(rand() < 0.1 ? '\r\n' : '\n') + (rand() < 0.9 ? '\n' : '');
}

// ---------------------------------------------------------------------------------------------- worker

async function work() {
  const dist = (p) => import(pathToFileURL(join(ROOT, 'dist', p)).href);
  const { parseZone } = await dist('src/syntax/parser.js');
  const { dumpZone } = await dist('src/syntax/dump.js');
  const { lintText, fixText } = await dist('src/lint/lint-text.js');
  const { rdataKey } = await dist('src/zone/rdata-key.js');
  const { nameKey } = await dist('src/syntax/name.js');
  const config = { extends: ['zonelint:all'] };

  parentPort.on('message', async (bytes) => {
    try {
      await check(Buffer.from(bytes).toString('utf8'));
      parentPort.postMessage({ ok: true });
    } catch (e) {
      parentPort.postMessage({ ok: false, error: e instanceof Error ? e.stack ?? e.message : String(e) });
    }
  });

  async function check(text) {
    const origin = /^\$ORIGIN/m.test(text) ? '.' : 'example.com.';
    const tree = parseZone(text, { origin });
    for (const e of [...tree.errors, ...tree.warnings]) {
      if (e.source !== tree.source) continue;
      inside(e.start >= 0 && e.start <= e.end && e.end <= text.length, `parse message at [${e.start}, ${e.end}) outside the file: ${e.message}`);
    }
    for (const node of tree.children) {
      if (node.source !== tree.source) continue;
      inside(node.start >= 0 && node.start <= node.end && node.end <= text.length, `${node.type} node at [${node.start}, ${node.end}) outside the file`);
    }
    const result = await lintText(text, { origin, config, path: 'fuzz.zone' });
    checkMessages(text, result.messages);
    const fixed = await fixText(text, { origin, config, path: 'fuzz.zone' });
    checkMessages(fixed.output, fixed.result.messages);
    if (fixed.output !== text) checkFixKeepsData(text, tree, fixed.output, origin);
    if (tree.errors.length === 0) {
      const dumped = dumpZone(tree);
      const again = parseZone(dumped, { origin: '.' });
      inside(again.errors.length === 0, `dump does not parse: ${again.errors.map((e) => e.message).join('; ')}\n--- dump\n${dumped}`);
      const redumped = dumpZone(again);
      inside(redumped === dumped, `dump → parse → dump differs\n--- first\n${dumped}\n--- second\n${redumped}`);
    }
  }

  /** --fix only removes RRs that have another copy left (SPF → TXT and a null MX's preference are rewrites). */
  function checkFixKeepsData(text, tree, output, origin) {
    const after = parseZone(output, { origin });
    inside(after.errors.length <= tree.errors.length, `fixing added syntax errors: ${after.errors.map((e) => e.message).join('; ')}\n--- fixed\n${output}`);
    const a = rrCounts(tree);
    const b = rrCounts(after);
    for (const [id, n] of a) inside(b.has(id), `fixing lost an RR: ${id.replaceAll('\u0000', ' ')}\n--- fixed\n${output}`);
    for (const [id, n] of b) inside(n <= (a.get(id) ?? 0), `fixing added an RR: ${id.replaceAll('\u0000', ' ')}\n--- fixed\n${output}`);
  }

  function rrCounts(tree) {
    const out = new Map();
    for (const rec of tree.children) {
      if (rec.type !== 'record') continue;
      let data = rdataKey(rec);
      if (rec.typeCode === 99) data = '16' + data.slice(2);
      if (rec.typeCode === 15 && rec.rdata[1]?.value === '.') data = '15\u00000\u0000.';
      const id = nameKey(rec.owner) + ' ' + rec.class + ' ' + data;
      out.set(id, (out.get(id) ?? 0) + 1);
    }
    return out;
  }

  function checkMessages(text, messages) {
    const lengths = text.split('\n').map((l) => l.length);
    const okPoint = (line, column) => line >= 1 && line <= lengths.length && column >= 1 && column <= lengths[line - 1] + 1;
    for (const m of messages) {
      inside(okPoint(m.line, m.column), `message at ${m.line}:${m.column} outside the file (${m.ruleId}: ${m.message})`);
      if (m.endLine !== undefined) {
        inside(okPoint(m.endLine, m.endColumn), `message end at ${m.endLine}:${m.endColumn} outside the file (${m.ruleId}: ${m.message})`);
        inside(m.endLine > m.line || (m.endLine === m.line && m.endColumn >= m.column), `message ends before it starts (${m.ruleId})`);
      }
      for (const f of [m.fix, ...(m.suggestions ?? []).map((s) => s.fix)]) {
        if (!f) continue;
        inside(f.range[0] >= 0 && f.range[0] <= f.range[1] && f.range[1] <= text.length, `fix range [${f.range}] outside the file (${m.ruleId})`);
      }
    }
  }

  function inside(ok, what) {
    if (!ok) throw new Error(what);
  }
}

// Last: the helpers above are `const`s that must be initialised first.
if (isMainThread) await supervise();
else await work();
