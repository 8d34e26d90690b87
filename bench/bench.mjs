#!/usr/bin/env node
// npm run bench: zonelint beside the C checkers on the same files, medians of several runs, written to
// bench/RESULTS.md. Zones come from ../shared/bench/gen-zone.py. Needs a build (dist/) and GNU time
// (/usr/bin/time, Debian package `time`) for peak RSS; peers that are not installed are skipped.
//   node bench/bench.mjs [--runs N] [--sizes 100000,1000000] [--quick]
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync, readdirSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const tmp = join(root, 'bench', 'tmp');
const gen = join(root, '..', 'shared', 'bench', 'gen-zone.py');
const args = process.argv.slice(2);
const opt = (name, def) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : def;
};
const quick = args.includes('--quick');
const runs = Number(opt('--runs', quick ? '3' : '5'));
const sizes = opt('--sizes', quick ? '10000,100000' : '100000,1000000').split(',').map(Number);
const ORIGIN = 'example.com';
const zonelint = join(root, 'bin', 'zonelint.js');
const hasTime = existsSync('/usr/bin/time');

function which(cmd) {
  const r = spawnSync('sh', ['-c', `command -v ${cmd}`], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : undefined;
}

function zoneFile(n, name = `example.com.${n}.zone`, origin = ORIGIN, seed = '1') {
  mkdirSync(tmp, { recursive: true });
  const file = join(tmp, name);
  // gen-zone.py writes its ORIGIN argument as is: give it the absolute name.
  if (!existsSync(file)) writeFileSync(file, execFileSync('python3', [gen, String(n), origin + '.', seed], { maxBuffer: 1 << 30 }));
  return file;
}

/** Run a command once: wall seconds (hrtime) and peak RSS in MB (GNU time's %M). Fails loudly on a non-zero
 * exit other than 1 (1 = findings), so that a broken peer run is never reported as a fast one. */
function once(cmd, argv) {
  if (hasTime) {
    const t0 = process.hrtime.bigint();
    const r = spawnSync('/usr/bin/time', ['-f', '%M %U %S', cmd, ...argv], { encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 28 });
    const wall = Number(process.hrtime.bigint() - t0) / 1e9;
    const [rss, user, sys] = (r.stderr.trim().split('\n').pop() ?? '').split(' ').map(Number);
    if (r.status !== 0 && r.status !== 1) throw new Error(`${cmd} ${argv.join(' ')} exited ${r.status}: ${r.stderr.slice(0, 500)}`);
    return { wall, rss: rss / 1024, cpu: user + sys, status: r.status };
  }
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd, argv, { stdio: 'ignore' });
  return { wall: Number(process.hrtime.bigint() - t0) / 1e9, rss: NaN, cpu: NaN, status: r.status };
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

/** Run the commands in turn, n rounds (so that a load spike hits each alike); medians per command. */
function interleaved(cmds, n = runs, env) {
  const acc = cmds.map(() => ({ walls: [], cpus: [], rsss: [] }));
  for (let i = 0; i < n; i++) {
    cmds.forEach((c, k) => {
      const saved = { ...process.env };
      Object.assign(process.env, c.env ?? env ?? {});
      try {
        const r = once(c.cmd, c.argv);
        acc[k].walls.push(r.wall);
        acc[k].cpus.push(r.cpu);
        acc[k].rsss.push(r.rss);
      } finally {
        for (const key of Object.keys(c.env ?? env ?? {})) if (saved[key] === undefined) delete process.env[key];
        else process.env[key] = saved[key];
      }
    });
  }
  return acc.map((a) => ({ wall: median(a.walls), cpu: median(a.cpus), rss: Math.max(...a.rsss), runs: n }));
}

const peers = [
  { name: 'validns -z', cmd: which('validns'), argv: (f) => ['-z', ORIGIN, f] },
  { name: 'kzonecheck', cmd: which('kzonecheck'), argv: (f) => ['-o', ORIGIN, f] },
  { name: 'named-checkzone -i local', cmd: which('named-checkzone'), argv: (f) => ['-i', 'local', ORIGIN, f] },
].filter((p) => p.cmd);

const rows = [];
const fmt = (x, d = 2) => (Number.isFinite(x) ? x.toFixed(d) : 'n/a');

for (const n of sizes) {
  const file = zoneFile(n);
  const mb = statSync(file).size / 1e6;
  // Interleaved, so that a slow spell of the machine hits every tool alike.
  const [z, ...peerRuns] = interleaved([{ cmd: process.execPath, argv: [zonelint, '-f', 'json', '-o', '/dev/null', file] }, ...peers.map((p) => ({ cmd: p.cmd, argv: p.argv(file) }))]);
  rows.push({ size: n, what: 'zonelint (recommended, JSON)', mb, ...z });
  peers.forEach((p, i) => rows.push({ size: n, what: p.name, mb, ...peerRuns[i] }));
}

// Cold start on a 50-record zone, against the floor of any Node CLI.
const small = zoneFile(50, 'example.com.50.zone');
// Interleaved: node -e 0, zonelint and the peers take turns, so that all see the same machine load.
const startRuns = Math.max(runs, 10);
const [nodeFloor, coldZ, ...coldPeerRuns] = interleaved(
  [{ cmd: process.execPath, argv: ['-e', '0'] }, { cmd: process.execPath, argv: [zonelint, small] }, ...peers.map((p) => ({ cmd: p.cmd, argv: p.argv(small) }))],
  startRuns,
);
const coldPeers = peers.map((p, i) => ({ name: p.name, ...coldPeerRuns[i] }));

// Many small files in one run.
const manyDir = join(tmp, 'many');
if (!existsSync(manyDir) || readdirSync(manyDir).length < 500) {
  mkdirSync(manyDir, { recursive: true });
  for (let i = 0; i < 500; i++) {
    writeFileSync(join(manyDir, `z${i}.example.com.zone`), execFileSync('python3', [gen, '50', `z${i}.example.com.`, String(i)]));
  }
}
// zonelint as it decides (workers or not), forced onto one thread, forced to one worker; the shell loop.
const named = peers.find((p) => p.name.startsWith('named'));
const manyArgv = [zonelint, '-f', 'json', '-o', '/dev/null', manyDir];
const [manyZ, manyZ0, manyZ1, manyNamed] = interleaved(
  [
    { cmd: process.execPath, argv: manyArgv },
    { cmd: process.execPath, argv: manyArgv, env: { ZONELINT_WORKERS: '0' } },
    { cmd: process.execPath, argv: manyArgv, env: { ZONELINT_WORKERS: '1' } },
    ...(named ? [{ cmd: 'sh', argv: ['-c', `for f in ${manyDir}/*.zone; do b=$(basename "$f" .zone); ${named.cmd} -i local "$b" "$f" >/dev/null; done`] }] : []),
  ],
  Math.max(runs, 5),
);

const cpu = cpus()[0]?.model ?? 'unknown CPU';
let out = `# Benchmarks\n\nTaken ${new Date().toISOString().slice(0, 10)} on ${cpus().length} × ${cpu}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}; `;
out += `medians of ${runs} runs (peak RSS: the largest of the runs). Zones from \`shared/bench/gen-zone.py\`. Reproduce with \`npm run bench\`.\n\n`;
out += '## Big zones\n\n| records | MB | tool | wall (s) | MB/s | records/s | peak RSS (MB) | wall vs zonelint |\n|---|---|---|---|---|---|---|---|\n';
for (const n of sizes) {
  const z = rows.find((r) => r.size === n && r.what.startsWith('zonelint'));
  for (const r of rows.filter((x) => x.size === n)) {
    out += `| ${n.toLocaleString('en')} | ${fmt(r.mb, 1)} | ${r.what} | ${fmt(r.wall)} | ${fmt(r.mb / r.wall, 1)} | ${Math.round(n / r.wall).toLocaleString('en')} | ${fmt(r.rss, 0)} | ${r === z ? '1.00' : fmt(r.wall / z.wall)} |\n`;
  }
}
if (sizes.length >= 2) {
  const [a, b] = [sizes[0], sizes[sizes.length - 1]];
  const za = rows.find((r) => r.size === a && r.what.startsWith('zonelint'));
  const zb = rows.find((r) => r.size === b && r.what.startsWith('zonelint'));
  out += `\nGrowth: ${b / a}× the records took ${fmt(zb.wall / za.wall)}× the time.\n`;
}
out += `\n## Start-up (50-record zone, ${startRuns} runs, interleaved)\n\n| command | wall (s) | CPU user+sys (s) | ratio to \`node -e 0\` |\n|---|---|---|---|\n`;
out += `| node -e 0 | ${fmt(nodeFloor.wall, 3)} | ${fmt(nodeFloor.cpu)} | 1.00 |\n| zonelint | ${fmt(coldZ.wall, 3)} | ${fmt(coldZ.cpu)} | ${fmt(coldZ.wall / nodeFloor.wall)} |\n`;
for (const p of coldPeers) out += `| ${p.name} | ${fmt(p.wall, 3)} | ${fmt(p.cpu)} | ${fmt(p.wall / nodeFloor.wall)} |\n`;
out += `\n## 500 zone files of 50 records in one run (${manyZ.runs} runs, interleaved)\n\n| command | wall (s) | CPU user+sys (s) | wall vs named-checkzone loop |\n|---|---|---|---|\n`;
const vsNamed = (r) => (manyNamed ? fmt(r.wall / manyNamed.wall) : 'n/a');
out += `| zonelint DIR (default: workers when they pay) | ${fmt(manyZ.wall)} | ${fmt(manyZ.cpu)} | ${vsNamed(manyZ)} |\n`;
out += `| zonelint DIR, ZONELINT_WORKERS=0 (one thread) | ${fmt(manyZ0.wall)} | ${fmt(manyZ0.cpu)} | ${vsNamed(manyZ0)} |\n`;
out += `| zonelint DIR, ZONELINT_WORKERS=1 (main thread + 1 worker) | ${fmt(manyZ1.wall)} | ${fmt(manyZ1.cpu)} | ${vsNamed(manyZ1)} |\n`;
if (manyNamed) out += `| named-checkzone in a shell loop | ${fmt(manyNamed.wall)} | ${fmt(manyNamed.cpu)} | 1.00 |\n`;
const notes = join(root, 'bench', 'NOTES.md');
if (existsSync(notes)) out += '\n' + readFileSync(notes, 'utf8');
writeFileSync(join(root, 'bench', 'RESULTS.md'), out);
process.stdout.write(out);
