import { describe, expect, it } from 'vitest';
import { planJobs, splitJobs, type TargetJob } from '../../src/generate/split.js';
import { TARGETS } from '../../src/targets/registry.js';

const all = ['types', 'zod', 'server', 'sdk', 'query', 'msw'].map((target) => ({ entry: 0, target }));
const names = (bins: TargetJob[][]) => bins.map((bin) => bin.map((job) => `${job.entry}:${job.target}`));

describe('splitJobs', () => {
  it.each<[string, { jobs: TargetJob[]; threads: number; headStart?: number; want: string[][] }]>([
    [
      'one thread keeps every job, in order',
      { jobs: all, threads: 1, want: [all.map((job) => `0:${job.target}`)] },
    ],
    [
      'two threads balance the expected cost, each list in the given order',
      {
        jobs: all,
        threads: 2,
        want: [
          ['0:zod', '0:sdk', '0:query'],
          ['0:types', '0:server', '0:msw'],
        ],
      },
    ],
    [
      'the loading thread’s head start moves work to the other thread',
      {
        jobs: [
          { entry: 0, target: 'sdk' },
          { entry: 0, target: 'msw' },
        ],
        threads: 2,
        headStart: 2,
        want: [[], ['0:sdk', '0:msw']],
      },
    ],
    [
      'unknown targets count as 1 and the same target of two entries are two jobs',
      {
        jobs: [
          { entry: 0, target: 'custom' },
          { entry: 1, target: 'custom' },
        ],
        threads: 2,
        want: [['0:custom'], ['1:custom']],
      },
    ],
    [
      'more threads than jobs leave threads empty',
      { jobs: [{ entry: 0, target: 'zod' }], threads: 3, want: [['0:zod'], [], []] },
    ],
  ])('%s', (_name, { jobs, threads, headStart, want }) => {
    expect(names(splitJobs(jobs, threads, headStart))).toEqual(want);
  });

  it('is deterministic', () => {
    expect(splitJobs(all, 2, 0.5)).toEqual(splitJobs(all, 2, 0.5));
  });
});

describe('planJobs', () => {
  it('splits the resolved targets (dependencies included) of every entry, the same way each time it is asked', () => {
    const plan = planJobs([{ targets: ['server'] }, { targets: ['msw'] }], 2, TARGETS);
    expect(
      plan
        ?.flat()
        .map((job) => `${job.entry}:${job.target}`)
        .sort(),
    ).toEqual(['0:server', '0:types', '0:zod', '1:msw']);
    expect(planJobs([{ targets: ['server'] }, { targets: ['msw'] }], 2, TARGETS)).toEqual(plan);
  });

  it('is undefined when a target name does not resolve', () => {
    expect(planJobs([{ targets: ['typo'] }], 2, TARGETS)).toBeUndefined();
  });
});
