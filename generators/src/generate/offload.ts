import { existsSync, statSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Target } from '../targets/types.js';
import { GENERATOR_VERSION } from '../version.js';
import type { OffloadedTargets, TargetOutput } from './generate.js';
import type { WorkerReply, WorkerRequest } from './offload-protocol.js';
import { planJobs, type TargetJob } from './split.js';
import { TARGET_NAMES } from './target-names.js';

/**
 * Below this size of the root spec file one thread is faster: a worker costs
 * a few hundred milliseconds to start and load the spec again, which only a
 * large spec's emit time repays.
 */
export const PARALLEL_MIN_SPEC_BYTES = 1_000_000;

/**
 * How many threads `generate` uses by default: two for a root spec file of at
 * least `PARALLEL_MIN_SPEC_BYTES` when the machine has a core to spare (two
 * cores or more, and a one-minute load average that leaves one idle), else one.
 * On a busy machine the second thread only adds the cost of loading the spec
 * again, so it is slower; the output is the same either way.
 */
export function defaultThreads(
  specPath: string,
  machine: { cores: number; load: number } = { cores: availableParallelism(), load: loadavg()[0] ?? 0 },
): number {
  let size = 0;
  try {
    size = statSync(specPath).size;
  } catch {
    // The loader reports a missing spec.
  }
  const spareCore = machine.cores >= 2 && machine.load <= machine.cores - 1;
  return size >= PARALLEL_MIN_SPEC_BYTES && spareCore ? 2 : 1;
}

/** One `generate` entry, as far as other threads need it. */
export interface OffloadEntry {
  targets: readonly string[];
  options?: Record<string, Record<string, unknown>>;
}

export interface OffloadRequest {
  /** Absolute path of the root spec file. */
  spec: string;
  entries: readonly OffloadEntry[];
  /** Threads in all, this one included; 1 or less starts nothing. */
  threads: number;
  generatorVersion?: string;
}

/** Where the worker's code is; tests running the sources give a loader in `execArgv`. */
export interface WorkerCode {
  url: URL;
  execArgv?: string[];
}

/** Targets being emitted on other threads; `forEntry` hands them to `generate`. */
export interface Offload {
  /** The targets of entry `index` that other threads emit (`registry`: the built-in targets, `TARGETS`). */
  forEntry(index: number, registry: ReadonlyMap<string, Target>): OffloadedTargets | undefined;
  /** Stops the workers (e.g. when the spec did not load here). */
  close(): Promise<void>;
}

/**
 * Starts worker threads that load the spec themselves and emit part of the
 * targets, split by expected cost (`planJobs`); this thread emits the rest
 * (`generate` with `offloaded`). Output is the same bytes in the same order as
 * on one thread. The workers start before this thread loads any emitter, so
 * only built-in target names can be offloaded. Returns `undefined` for one
 * thread, for a name that is not a built-in target (`generate` reports it), or
 * when the worker's code is not there (the sources run without a build).
 */
export function startOffload(
  request: OffloadRequest,
  code: WorkerCode = { url: new URL('./emit-worker.js', import.meta.url) },
): Offload | undefined {
  if (request.threads <= 1 || !existsSync(fileURLToPath(code.url))) return undefined;
  if (!request.entries.every((entry) => entry.targets.every((name) => TARGET_NAMES.includes(name))))
    return undefined;
  const entries = request.entries.map((entry) => ({ targets: entry.targets, options: entry.options ?? {} }));
  const workers: { index: number; worker: Worker; reply: Promise<WorkerReply> }[] = [];
  for (let index = 1; index < request.threads; index++) {
    const workerRequest: WorkerRequest = {
      spec: request.spec,
      generatorVersion: request.generatorVersion ?? GENERATOR_VERSION,
      entries,
      threads: request.threads,
      index,
    };
    let worker: Worker;
    try {
      worker = new Worker(code.url, {
        workerData: workerRequest,
        ...(code.execArgv ? { execArgv: code.execArgv } : {}),
      });
    } catch {
      // Options that cannot be copied to another thread (a function in the config): emit everything here.
      break;
    }
    workers.push({ index, worker, reply: replyOf(worker) });
  }
  if (workers.length === 0) return undefined;
  let plan: TargetJob[][] | undefined;
  return {
    forEntry(index, registry) {
      plan ??= planJobs(entries, request.threads, registry) ?? [];
      const mine = workers
        .map((worker) => ({
          ...worker,
          jobs: (plan?.[worker.index] ?? []).filter((job) => job.entry === index),
        }))
        .filter((worker) => worker.jobs.length > 0);
      if (mine.length === 0) return undefined;
      return {
        names: new Set(mine.flatMap((worker) => worker.jobs.map((job) => job.target))),
        async outputs(modelHash) {
          const outputs = new Map<string, TargetOutput>();
          for (const { reply } of mine) {
            const answer = await reply;
            if (answer.kind === 'failed') throw rebuild(answer.error);
            // A different model (the spec changed between the two reads) or none: those targets run here.
            if (answer.kind !== 'done' || answer.modelHash !== modelHash) continue;
            for (const job of answer.outputs) if (job.entry === index) outputs.set(job.target, job.output);
          }
          return outputs;
        },
      };
    },
    async close() {
      await Promise.all(workers.map(({ worker }) => worker.terminate()));
    },
  };
}

/** The worker's one reply; a worker that dies before answering is `unavailable`. */
function replyOf(worker: Worker): Promise<WorkerReply> {
  return new Promise((resolve) => {
    worker.once('message', (reply: WorkerReply) => resolve(reply));
    worker.once('error', (error) => resolve({ kind: 'unavailable', reason: error.message }));
    worker.once('exit', (code) =>
      resolve({ kind: 'unavailable', reason: `the worker exited with code ${code}` }),
    );
  });
}

/** The error a target threw on another thread, as it would have been thrown here. */
function rebuild(error: { name: string; message: string; stack?: string }): Error {
  const rebuilt = new Error(error.message);
  rebuilt.name = error.name;
  if (error.stack !== undefined) rebuilt.stack = error.stack;
  return rebuilt;
}
