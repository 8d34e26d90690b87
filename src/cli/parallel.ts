// Linting many files on worker threads (src/cli/worker.ts), the main thread taking its share. The files are
// put in the order unified-engine reports them (by path relative to the working directory) and cut into
// batches; each thread runs the engine over whole batches, pulling the next when one is done, and the main
// thread puts the outcomes back in batch order, so the report is the one a single thread gives, byte for byte.
// With --fix, nothing is written until every batch is linted without a configuration error (as on one
// thread, where a config error exits before any fix).
import { availableParallelism } from 'node:os';
import { existsSync, statSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { VFile } from 'vfile';
import { MIN_FILES, finishFiles, lintWithEngine, type FileOutcome, type LintJob } from './lint-files.js';

/** Nor when they are smaller than this in all (about 0.2 s of linting). */
export const MIN_BYTES = 256 * 1024;

export type WorkerInput = string | { path: string };

/** Where the worker entry is: next to this module (dist/src/cli, or dist/bundle where chunks share one folder). */
function workerUrl(): URL | undefined {
  const url = new URL('./worker.js', import.meta.url);
  // Run from TypeScript sources (tests) there is no compiled worker: stay on one thread.
  return url.protocol === 'file:' && existsSync(fileURLToPath(url)) ? url : undefined;
}

/**
 * How many worker threads to start for these files (0: lint on the main thread). `ZONELINT_WORKERS=N` forces
 * N (0 turns workers off); otherwise two fewer than the cores, when there are enough files and bytes.
 */
export function plannedWorkers(targets: (string | VFile)[], cwd: string): number {
  if (targets.length < 2 || !targets.every(transferable)) return 0;
  const forced = process.env.ZONELINT_WORKERS;
  let n: number;
  if (forced !== undefined && forced !== '') {
    n = Math.max(0, Math.floor(Number(forced)) || 0);
  } else {
    // One core stays with the main thread's V8 helpers: a single-threaded run already keeps ~1.4 cores busy
    // (concurrent GC and compilation), and a worker's first batch runs cold (~2× slower). Measured on 2 cores,
    // 500 small zones took 0.67 s on one thread and 0.77 s with a worker (bench/NOTES.md): no worker there.
    const cores = availableParallelism();
    if (cores < 3 || targets.length < MIN_FILES) return 0;
    let bytes = 0;
    for (const t of targets) {
      try {
        bytes += statSync(resolve(cwd, typeof t === 'string' ? t : t.path)).size;
      } catch {
        // the engine reports it
      }
    }
    n = Math.min(cores - 2, Math.floor(bytes / MIN_BYTES));
  }
  n = Math.min(n, targets.length - 1);
  return n > 0 && workerUrl() ? n : 0;
}

/** A target a worker can be given: a path, or a VFile that is only a path (not read, no messages yet). */
function transferable(t: string | VFile): boolean {
  if (typeof t === 'string') return !/[*?[\]{}()!+@]/.test(t); // globs are expanded on the main thread
  return !!t.path && t.value === undefined && t.messages.length === 0;
}

interface Batch {
  id: number;
  inputs: WorkerInput[];
}

/** The targets in unified-engine's order (its `sortAlphabetically`), cut into batches; equal paths stay together. */
function batches(targets: (string | VFile)[], cwd: string, lanes: number): Batch[] {
  const keyed = targets.map((t) => {
    const input: WorkerInput = typeof t === 'string' ? t : { path: resolve(cwd, t.path) };
    const path = typeof t === 'string' ? t : t.path;
    return { input, key: relative(cwd, resolve(cwd, path)) || '.' };
  });
  keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  // Small batches balance the load; each costs an engine run (config and ignore look-up), so not too small.
  const size = Math.max(1, Math.min(64, Math.ceil(keyed.length / (lanes * 6))));
  const out: Batch[] = [];
  for (let i = 0; i < keyed.length; ) {
    let end = Math.min(keyed.length, i + size);
    while (end < keyed.length && keyed[end]!.key === keyed[end - 1]!.key) end++;
    out.push({ id: out.length, inputs: keyed.slice(i, end).map((k) => k.input) });
    i = end;
  }
  return out;
}

function toEngineInput(input: WorkerInput): string | VFile {
  return typeof input === 'string' ? input : new VFile({ path: input.path });
}

export type WorkerRequest = { type: 'batch'; id: number; inputs: WorkerInput[] } | { type: 'finish' };
export type WorkerReply =
  | { type: 'linted'; id: number; configErrors: string[]; outcomes?: FileOutcome[] }
  | { type: 'finished'; outcomes: [number, FileOutcome[]][] }
  | { type: 'error'; message: string; stack?: string };

/**
 * Lint `targets` on the main thread and `workers` worker threads. Resolves to the outcomes in report order, or
 * to undefined when there were configuration errors (added to `configErrors`; nothing was fixed).
 */
export async function lintInParallel(
  targets: (string | VFile)[],
  job: LintJob,
  workers: number,
  configErrors: Set<string>,
): Promise<FileOutcome[] | undefined> {
  const url = workerUrl()!;
  const queue = batches(targets, job.cwd, workers + 1);
  const results = new Map<number, FileOutcome[]>();
  const errorsByBatch = new Map<number, string[]>();
  const held = new Map<number, VFile[]>(); // --fix: the main thread's linted batches, waiting
  let next = 0;
  const threads: Worker[] = [];
  const finishing: Promise<void>[] = [];

  const fail = (reply: { message: string; stack?: string }) => {
    const e = new Error(reply.message);
    if (reply.stack) e.stack = reply.stack;
    return e;
  };

  try {
    const workerDone = (worker: Worker) =>
      new Promise<void>((resolveDone, reject) => {
        let inFlight = 0;
        const feed = () => {
          // Two batches in flight, so that a worker never waits while the main thread is busy linting.
          while (inFlight < 2 && next < queue.length) {
            const b = queue[next++]!;
            inFlight++;
            worker.postMessage({ type: 'batch', id: b.id, inputs: b.inputs } satisfies WorkerRequest);
          }
          if (inFlight === 0) resolveDone();
        };
        worker.on('message', (reply: WorkerReply) => {
          if (reply.type === 'linted') {
            inFlight--;
            errorsByBatch.set(reply.id, reply.configErrors);
            if (reply.outcomes) results.set(reply.id, reply.outcomes);
            feed();
          } else if (reply.type === 'error') reject(fail(reply));
        });
        worker.on('error', reject);
        worker.on('exit', (code) => {
          if (inFlight > 0 || next < queue.length) reject(new Error(`worker thread exited (${code}) before its files were linted`));
        });
        worker.once('online', feed);
      });

    const running: Promise<void>[] = [];
    for (let i = 0; i < workers; i++) {
      const worker = new Worker(url, { workerData: job });
      threads.push(worker);
      running.push(workerDone(worker));
    }
    // The main thread's lane.
    running.push(
      (async () => {
        while (next < queue.length) {
          const b = queue[next++]!;
          const errors = new Set<string>();
          const files = await lintWithEngine(b.inputs.map(toEngineInput), job, errors);
          errorsByBatch.set(b.id, [...errors]);
          if (job.fix || errors.size) held.set(b.id, files);
          else results.set(b.id, await finishFiles(files, job, errors));
        }
      })(),
    );
    await Promise.all(running);

    // Configuration errors in batch order (as one engine run meets them, near enough: each message once).
    for (const b of queue) for (const e of errorsByBatch.get(b.id) ?? []) configErrors.add(e);
    if (configErrors.size) return undefined;

    if (job.fix) {
      for (const worker of threads) {
        finishing.push(
          new Promise<void>((resolveDone, reject) => {
            worker.on('message', (reply: WorkerReply) => {
              if (reply.type === 'finished') {
                for (const [id, outcomes] of reply.outcomes) results.set(id, outcomes);
                resolveDone();
              } else if (reply.type === 'error') reject(fail(reply));
            });
            worker.postMessage({ type: 'finish' } satisfies WorkerRequest);
          }),
        );
      }
      for (const [id, files] of held) results.set(id, await finishFiles(files, job, new Set()));
      await Promise.all(finishing);
    }
    return queue.flatMap((b) => results.get(b.id) ?? []);
  } finally {
    await Promise.all(threads.map((w) => w.terminate()));
  }
}
