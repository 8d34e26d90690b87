// A lint worker thread (started by src/cli/parallel.ts): lints the batches of files it is sent with the job
// in workerData and replies with plain outcomes. With --fix it holds the linted files until told to finish,
// so that nothing is written when another thread met a configuration error.
import { parentPort, workerData } from 'node:worker_threads';
import { VFile } from 'vfile';
import { finishFiles, lintWithEngine, type LintJob } from './lint-files.js';
import type { WorkerReply, WorkerRequest } from './parallel.js';

const job = workerData as LintJob;
const port = parentPort!;
const held = new Map<number, VFile[]>();
const post = (reply: WorkerReply) => port.postMessage(reply);

port.on('message', (request: WorkerRequest) => {
  handle(request).catch((e: unknown) => {
    const error = e instanceof Error ? e : new Error(String(e));
    post({ type: 'error', message: error.message, stack: error.stack });
  });
});

async function handle(request: WorkerRequest): Promise<void> {
  if (request.type === 'batch') {
    const errors = new Set<string>();
    const inputs = request.inputs.map((i) => (typeof i === 'string' ? i : new VFile({ path: i.path })));
    const files = await lintWithEngine(inputs, job, errors);
    if (job.fix || errors.size) {
      held.set(request.id, files);
      post({ type: 'linted', id: request.id, configErrors: [...errors] });
    } else {
      post({ type: 'linted', id: request.id, configErrors: [], outcomes: await finishFiles(files, job, errors) });
    }
  } else {
    const outcomes: [number, Awaited<ReturnType<typeof finishFiles>>][] = [];
    for (const [id, files] of held) outcomes.push([id, await finishFiles(files, job, new Set())]);
    held.clear();
    post({ type: 'finished', outcomes });
  }
}
