import type { TargetOutput } from './generate.js';
import type { TargetJob } from './split.js';

/** What an emit worker is started with (its `workerData`). */
export interface WorkerRequest {
  /** Absolute path of the root spec file: the worker loads the spec itself. */
  spec: string;
  generatorVersion: string;
  /** Each entry's requested targets and their options. */
  entries: { targets: readonly string[]; options: Record<string, Record<string, unknown>> }[];
  /** Threads in all; this worker emits the jobs of thread `index` of `planJobs`. */
  threads: number;
  index: number;
}

/** The one message an emit worker posts back. */
export type WorkerReply =
  | { kind: 'done'; modelHash: string; outputs: (TargetJob & { output: TargetOutput })[] }
  /** The spec did not load there: the loading thread reports why, and emits these targets itself. */
  | { kind: 'unavailable'; reason: string }
  /** A target threw: the same error is raised on the loading thread. */
  | { kind: 'failed'; target: string; error: { name: string; message: string; stack?: string } };
