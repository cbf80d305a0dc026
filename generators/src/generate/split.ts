import type { Target } from '../targets/types.js';
import { resolveTargets } from './resolve-targets.js';

/** One target of one `generate` entry. */
export interface TargetJob {
  entry: number;
  target: string;
}

/**
 * How long each built-in target takes to emit, relative to the others, on a
 * large spec (measured on GitHub's REST API description); a target not listed
 * counts as 1. Only the balance between threads depends on these figures,
 * never the output.
 */
const RELATIVE_COST: Readonly<Record<string, number>> = {
  types: 2.5,
  zod: 2.9,
  server: 1,
  sdk: 0.6,
  query: 0.6,
  msw: 0.6,
};

/**
 * Splits target jobs over `threads` threads so that each has about the same
 * work: the longest first, each to the thread with the least so far (ties go to
 * the lower thread). Thread 0 is the one that also loads, validates and writes,
 * so it starts with `headStart` units of work. The split depends only on its
 * arguments, so the same job always runs the same way.
 * @returns one list per thread, each in the order the jobs were given
 */
export function splitJobs(jobs: readonly TargetJob[], threads: number, headStart = 0): TargetJob[][] {
  const bins = Array.from({ length: Math.max(1, threads) }, (_, index) => ({
    load: index === 0 ? headStart : 0,
    jobs: [] as number[],
  }));
  const byCost = jobs
    .map((job, index) => ({ index, cost: RELATIVE_COST[job.target] ?? 1 }))
    .sort((a, b) => b.cost - a.cost || a.index - b.index);
  for (const { index, cost } of byCost) {
    let lightest = bins[0] as (typeof bins)[number];
    for (const bin of bins) if (bin.load < lightest.load) lightest = bin;
    lightest.load += cost;
    lightest.jobs.push(index);
  }
  return bins.map((bin) => bin.jobs.sort((a, b) => a - b).map((index) => jobs[index] as TargetJob));
}

/** Work this thread is given at the start, in the units of `splitJobs`: it alone validates and writes. */
const LOADING_THREAD_HEAD_START = 0.5;

/**
 * The target jobs of each thread for a job's entries: thread 0 is the
 * loading thread, the others are workers. The loading thread and every
 * worker compute it alike (it depends only on its arguments), so a worker is
 * told only its index. `undefined` when a target name does not resolve.
 */
export function planJobs(
  entries: readonly { targets: readonly string[] }[],
  threads: number,
  registry: ReadonlyMap<string, Target>,
): TargetJob[][] | undefined {
  const jobs: TargetJob[] = [];
  try {
    for (const [entry, { targets }] of entries.entries())
      for (const target of resolveTargets(targets, registry)) jobs.push({ entry, target: target.name });
  } catch {
    return undefined;
  }
  return splitJobs(jobs, threads, LOADING_THREAD_HEAD_START);
}
