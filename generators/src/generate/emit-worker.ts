/**
 * Entry of an emit worker (`startOffload`): loads the spec on its own (a
 * thread cannot share the loading thread's objects, and loading again in
 * parallel is faster than copying the model across), emits the targets it was
 * given and posts their stamped files back in one message.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { loadSpec } from '../load/index.js';
import { TARGETS } from '../targets/registry.js';
import type { Target } from '../targets/types.js';
import { emitTarget } from './generate.js';
import type { WorkerReply, WorkerRequest } from './offload-protocol.js';
import { planJobs } from './split.js';

async function run(request: WorkerRequest): Promise<WorkerReply> {
  let model: Awaited<ReturnType<typeof loadSpec>>['model'];
  try {
    // The loading thread validates the spec and reports its findings; this copy only feeds the emitters.
    ({ model } = await loadSpec(request.spec, { validate: false }));
  } catch (error) {
    return { kind: 'unavailable', reason: error instanceof Error ? error.message : String(error) };
  }
  const jobs = planJobs(request.entries, request.threads, TARGETS)?.[request.index];
  if (jobs === undefined) return { kind: 'unavailable', reason: 'the targets do not resolve' };
  const outputs: (WorkerReply & { kind: 'done' })['outputs'] = [];
  for (const job of jobs) {
    const target = TARGETS.get(job.target) as Target;
    try {
      const output = await emitTarget(
        target,
        model,
        request.generatorVersion,
        request.entries[job.entry]?.options,
      );
      outputs.push({ ...job, output });
    } catch (error) {
      const { name, message, stack } =
        error instanceof Error ? error : { name: 'Error', message: String(error), stack: undefined };
      return { kind: 'failed', target: job.target, error: { name, message, ...(stack ? { stack } : {}) } };
    }
  }
  return { kind: 'done', modelHash: model.hash, outputs };
}

parentPort?.postMessage(await run(workerData as WorkerRequest));
