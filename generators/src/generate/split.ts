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
  types: 3.2,
  zod: 4,
  server: 1.9,
  sdk: 0.6,
  query: 1.4,
  msw: 0.7,
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
