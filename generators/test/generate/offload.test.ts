import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  defaultThreads,
  type Generation,
  generate,
  PARALLEL_MIN_SPEC_BYTES,
  startOffload,
  type WorkerCode,
} from '../../src/generate/index.js';
import { type LoadedSpec, loadSpec } from '../../src/load/index.js';
import { TARGETS as REGISTRY } from '../../src/targets/registry.js';

// The worker runs the sources, as the tests do: jiti compiles them on the fly.
const WORKER: WorkerCode = {
  url: new URL('../../src/generate/emit-worker.ts', import.meta.url),
  execArgv: ['--import', 'jiti/register'],
};
const standIn = (name: string): WorkerCode => ({ url: new URL(`./workers/${name}`, import.meta.url) });
const SPEC = fileURLToPath(new URL('../../../openapi/openapi.yaml', import.meta.url));
const OTHER_SPEC = fileURLToPath(new URL('../fixtures/specs/oas31/openapi.yaml', import.meta.url));
const TARGETS = ['types', 'zod', 'server', 'sdk', 'query', 'msw'];

let spec: LoadedSpec;
let oneThread: Generation;
beforeAll(async () => {
  spec = await loadSpec(SPEC);
  oneThread = await generate({ model: spec.model, targets: TARGETS, outDir: '/out' });
}, 60_000);

/** `generate` of every target with part of them on another thread started from `code` for `workerSpec`. */
async function onTwoThreads(code: WorkerCode, workerSpec = SPEC): Promise<Generation> {
  const offload = startOffload({ spec: workerSpec, entries: [{ targets: TARGETS }], threads: 2 }, code);
  expect(offload).toBeDefined();
  try {
    const offloaded = offload?.forEntry(0, REGISTRY);
    expect(offloaded?.names.size).toBeGreaterThan(0);
    return await generate({
      model: spec.model,
      targets: TARGETS,
      outDir: '/out',
      ...(offloaded !== undefined ? { offloaded } : {}),
    });
  } finally {
    await offload?.close();
  }
}

const shape = (generation: Generation) => ({
  files: generation.files,
  warnings: generation.warnings,
  targets: generation.timings.map((timing) => [timing.target, timing.files]),
  packages: generation.packages,
});

describe('startOffload', () => {
  it('when part of the targets run on another thread, then the files, warnings and their order are those of one thread', async () => {
    expect(shape(await onTwoThreads(WORKER))).toEqual(shape(oneThread));
  }, 120_000);

  it('when the other thread reads a different spec, then its targets are emitted here from this model', async () => {
    expect(shape(await onTwoThreads(WORKER, OTHER_SPEC))).toEqual(shape(oneThread));
  }, 120_000);

  it('when the other thread cannot load the spec, then its targets are emitted here', async () => {
    expect(shape(await onTwoThreads(WORKER, '/nonexistent/openapi.yaml'))).toEqual(shape(oneThread));
  }, 120_000);

  it('when the other thread ends without answering, then its targets are emitted here', async () => {
    expect(shape(await onTwoThreads(standIn('dying-worker.mjs')))).toEqual(shape(oneThread));
  }, 60_000);

  it('when a target fails on the other thread, then the same error is raised here', async () => {
    await expect(onTwoThreads(standIn('failing-worker.mjs'))).rejects.toMatchObject({
      name: 'TypeError',
      message: 'cannot read the schema',
      stack: expect.stringContaining('at emit'),
    });
  }, 60_000);

  it.each<[string, { threads: number; targets: string[]; code?: WorkerCode }]>([
    ['one thread', { threads: 1, targets: TARGETS }],
    ['a target name that does not resolve (generate reports it)', { threads: 2, targets: ['typo'] }],
    [
      'no built worker code (the sources run without a build)',
      { threads: 2, targets: TARGETS, code: { url: new URL('./workers/missing.js', import.meta.url) } },
    ],
  ])('starts nothing for %s', (_name, { threads, targets, code }) => {
    expect(startOffload({ spec: SPEC, entries: [{ targets }], threads }, code)).toBeUndefined();
  });
});

describe('defaultThreads', () => {
  const idle = { cores: 2, load: 0.4 };
  it.each<[string, { bytes: number; machine: { cores: number; load: number }; want: number }]>([
    ['one thread for a small spec', { bytes: 1000, machine: idle, want: 1 }],
    [
      'two threads for a large spec on an idle two-core machine',
      { bytes: PARALLEL_MIN_SPEC_BYTES, machine: idle, want: 2 },
    ],
    [
      'one thread for a large spec on one core',
      { bytes: PARALLEL_MIN_SPEC_BYTES, machine: { cores: 1, load: 0 }, want: 1 },
    ],
    [
      'one thread for a large spec when no core is idle',
      { bytes: PARALLEL_MIN_SPEC_BYTES, machine: { cores: 2, load: 1.5 }, want: 1 },
    ],
    [
      'two threads for a large spec on a busy eight-core machine with cores to spare',
      { bytes: PARALLEL_MIN_SPEC_BYTES, machine: { cores: 8, load: 5 }, want: 2 },
    ],
  ])('%s', async (_name, { bytes, machine, want }) => {
    const dir = await mkdtemp(join(tmpdir(), 'specloom-threads-'));
    try {
      const spec = join(dir, 'openapi.json');
      await writeFile(spec, ' '.repeat(bytes));
      expect(defaultThreads(spec, machine)).toBe(want);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('is one thread for a spec that is not there (the loader reports it)', () => {
    expect(defaultThreads('/nonexistent/openapi.yaml', idle)).toBe(1);
  });
});
