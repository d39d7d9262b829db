/**
 * Running kustomize: a queue of processes (one per root, or one per batch of roots: batch.ts),
 * several at once, from synchronous code.
 *
 * `audit()` is synchronous (the CLI, the Action, the tests and editors call it so), and renders are
 * separate processes that are better run side by side (each `kubectl kustomize` is 0.1–2.6 s on the
 * corpus, mostly its own start-up and CRD parsing). A worker thread starts the processes with
 * `execFile` (argument arrays, never a shell) and the calling thread waits on an Atomics counter,
 * takes each result from the worker's port with `receiveMessageOnPort` as it arrives, and may queue
 * more processes in answer (a failed batch split in smaller ones).
 */
import { createRequire } from 'node:module';

// (loaded when a render runs: most audits have no kustomization, and start-up is part of every run)
const load = createRequire(import.meta.url);
const threads = () => load('node:worker_threads') as typeof import('node:worker_threads');

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
  /** The process was killed at the timeout. */
  killed?: boolean;
  /** The exit code of a process that ran and failed (not set when it could not start or was killed). */
  exitCode?: number;
  /** Wall-clock milliseconds the process ran. */
  ms: number;
}

/** Per process: a render that takes longer is reported as failed (LP020). Under heavy load the corpus's argo-workflows roots took over 120 s (bench/RESULTS.md, "Render stage"). */
export const RENDER_TIMEOUT_MS = 300_000;

const WORKER = `
const { workerData } = require('node:worker_threads');
const { execFile } = require('node:child_process');
const { port, parallel, flag, timeout } = workerData;
const queue = [];
let running = 0;
function pump() {
  while (running < parallel && queue.length) {
    const { id, job: j } = queue.shift();
    running++;
    const t0 = Date.now();
    const done = (r) => {
      running--;
      port.postMessage({ id, result: { ...r, ms: Date.now() - t0 } });
      Atomics.add(flag, 0, 1);
      Atomics.notify(flag, 0);
      pump();
    };
    try {
      execFile(j.command, j.args, { cwd: j.cwd, maxBuffer: 1 << 30, timeout, encoding: 'utf8', windowsHide: true }, (err, stdout, stderr) =>
        done({ ok: !err, stdout: String(stdout || ''), stderr: String(stderr || '') || (err ? String(err.message) : ''), missing: !!err && err.code === 'ENOENT', killed: !!err && !!err.killed, exitCode: err && !err.killed && typeof err.code === 'number' ? err.code : undefined }));
    } catch (e) {
      done({ ok: false, stdout: '', stderr: String((e && e.message) || e), missing: false });
    }
  }
}
port.on('message', (m) => { queue.push(...m); pump(); });
`;

const defaultParallel = () => Math.max(1, Math.min(4, (load('node:os') as typeof import('node:os')).availableParallelism()));

/**
 * Runs jobs `parallel` at a time (blocks the caller). `onDone` gets each result as it arrives, in
 * completion order, and may return more jobs, which join the queue (the render stage retries a
 * batch of roots that failed as smaller batches). Jobs are started in the order given.
 */
export function runQueue(initial: Job[], onDone: (job: Job, result: JobResult) => Job[] | void, parallel = defaultParallel(), timeout = RENDER_TIMEOUT_MS): void {
  if (initial.length === 0) return;
  const flag = new Int32Array(new SharedArrayBuffer(4));
  const { MessageChannel, receiveMessageOnPort, Worker } = threads();
  const { port1, port2 } = new MessageChannel();
  const worker = new Worker(WORKER, { eval: true, workerData: { port: port2, parallel, flag, timeout }, transferList: [port2] });
  const byId = new Map<number, Job>();
  let nextId = 0;
  const submit = (jobs: Job[]) => {
    const batch = jobs.map((job) => {
      const id = nextId++;
      byId.set(id, job);
      return { id, job };
    });
    if (batch.length) port1.postMessage(batch);
  };
  try {
    submit(initial);
    let seen = 0;
    while (byId.size > 0) {
      // Each process has its own timeout; this bound only guards against a worker that never answers.
      if (Atomics.wait(flag, 0, seen, timeout * 2) === 'timed-out' && Atomics.load(flag, 0) === seen) {
        for (const [id, job] of byId) {
          byId.delete(id);
          onDone(job, { ok: false, stdout: '', stderr: 'kustomize did not answer in time', ms: timeout * 2 });
        }
        break;
      }
      for (let msg = receiveMessageOnPort(port1); msg; msg = receiveMessageOnPort(port1)) {
        seen++;
        const { id, result } = msg.message as { id: number; result: JobResult };
        const job = byId.get(id)!;
        byId.delete(id);
        submit(onDone(job, result) ?? []);
      }
    }
  } finally {
    void worker.terminate();
    port1.close();
  }
}

/** Runs every job, `parallel` at a time, and returns their results in order (blocks the caller). */
export function runAll(jobs: Job[], parallel = defaultParallel()): JobResult[] {
  const out = new Array<JobResult>(jobs.length);
  const index = new Map(jobs.map((j, i) => [j, i]));
  runQueue(jobs, (job, result) => void (out[index.get(job)!] = result), parallel);
  return out;
}
