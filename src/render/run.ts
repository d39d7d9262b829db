/**
 * Running kustomize: one process per root, several at once, from synchronous code.
 *
 * `audit()` is synchronous (the CLI, the Action, the tests and editors call it so), and renders are
 * separate processes that are better run side by side (each `kubectl kustomize` is 0.1–2.6 s on the
 * corpus, mostly its own start-up and CRD parsing). A worker thread starts the processes with
 * `execFile` (argument arrays, never a shell) and the calling thread waits on an Atomics flag, then
 * takes the results from the worker's port with `receiveMessageOnPort`.
 */
import { MessageChannel, receiveMessageOnPort, Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';

export interface Job {
  command: string;
  args: string[];
  cwd?: string;
}

export interface JobResult {
  ok: boolean;
  stdout: string;
  stderr: string;
  /** The command could not be started at all (not installed). */
  missing?: boolean;
  /** Wall-clock milliseconds the process ran. */
  ms: number;
}

/** Per process: a render that takes longer is reported as failed (LP020). Under heavy load the corpus's argo-workflows roots took over 120 s (bench/RESULTS.md, "Render stage"). */
export const RENDER_TIMEOUT_MS = 300_000;

const WORKER = `
const { workerData } = require('node:worker_threads');
const { execFile } = require('node:child_process');
const { port, jobs, parallel, flag, timeout } = workerData;
const out = new Array(jobs.length);
let next = 0, done = 0;
function finish() { port.postMessage(out); Atomics.store(flag, 0, 1); Atomics.notify(flag, 0); }
function start() {
  if (next >= jobs.length) return;
  const i = next++;
  const j = jobs[i];
  const t0 = Date.now();
  try {
    execFile(j.command, j.args, { cwd: j.cwd, maxBuffer: 1 << 30, timeout, encoding: 'utf8', windowsHide: true }, (err, stdout, stderr) => {
      out[i] = { ok: !err, stdout: String(stdout || ''), stderr: String(stderr || '') || (err ? String(err.message) : ''), missing: !!err && err.code === 'ENOENT', ms: Date.now() - t0 };
      if (++done === jobs.length) finish(); else start();
    });
  } catch (e) {
    out[i] = { ok: false, stdout: '', stderr: String(e && e.message || e), missing: false, ms: Date.now() - t0 };
    if (++done === jobs.length) finish(); else start();
  }
}
for (let k = 0; k < Math.min(parallel, jobs.length); k++) start();
`;

/** Runs every job, `parallel` at a time, and returns their results in order (blocks the caller). */
export function runAll(jobs: Job[], parallel = Math.max(1, Math.min(4, availableParallelism()))): JobResult[] {
  if (jobs.length === 0) return [];
  const flag = new Int32Array(new SharedArrayBuffer(4));
  const { port1, port2 } = new MessageChannel();
  const worker = new Worker(WORKER, { eval: true, workerData: { port: port2, jobs, parallel, flag, timeout: RENDER_TIMEOUT_MS }, transferList: [port2] });
  try {
    // Each process has its own timeout; this bound only guards against a worker that never answers.
    const bound = RENDER_TIMEOUT_MS * (Math.ceil(jobs.length / parallel) + 1);
    Atomics.wait(flag, 0, 0, bound);
    const msg = receiveMessageOnPort(port1);
    if (!msg) return jobs.map(() => ({ ok: false, stdout: '', stderr: 'kustomize did not answer in time', ms: bound }));
    return msg.message as JobResult[];
  } finally {
    void worker.terminate();
    port1.close();
  }
}
