import type { TargetOutput } from './generate.js';
import type { TargetJob } from './split.js';

/** What an emit worker is started with (its `workerData`). */
export interface WorkerRequest {
  /** Absolute path of the root spec file: the worker loads the spec itself. */
  spec: string;
  generatorVersion: string;
  jobs: TargetJob[];
  /** Target options per entry index. */
  options: Record<number, Record<string, Record<string, unknown>>>;
}

/** The one message an emit worker posts back. */
export type WorkerReply =
  | { kind: 'done'; modelHash: string; outputs: (TargetJob & { output: TargetOutput })[] }
  /** The spec did not load there: the loading thread reports why, and emits these targets itself. */
  | { kind: 'unavailable'; reason: string }
  /** A target threw: the same error is raised on the loading thread. */
  | { kind: 'failed'; target: string; error: { name: string; message: string; stack?: string } };
