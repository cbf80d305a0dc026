import { mkdtemp, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { routePattern } from '../../src/mock/engine/index.js';
import { typeCheck } from '../types/typecheck.js';
import { ENGINE_PATHS, emitMsw, writeFiles } from './support.js';

const EXAMPLE_SPEC = resolve(import.meta.dirname, '../../../openapi/openapi.yaml');
const scratch: string[] = [];

afterAll(async () => {
  for (const dir of scratch) await rm(dir, { recursive: true, force: true });
});

describe('msw target', () => {
  it('emits the handlers of the example API as the golden file, deterministically', async () => {
    const files = await emitMsw(EXAMPLE_SPEC);
    expect(files.map((file) => file.path)).toEqual(['msw/handlers.ts', 'msw/spec.ts']);
    const handlers = files[0]?.contents ?? '';
    await expect(handlers).toMatchFileSnapshot(join(import.meta.dirname, '__golden__/example.handlers.ts'));
    expect((await emitMsw(EXAMPLE_SPEC)).map((file) => file.contents)).toEqual(
      files.map((file) => file.contents),
    );
  });

  it('emits handlers that compile in a strict project with msw and the engine', async () => {
    // Inside the package, so `msw` resolves from node_modules as it would in a consumer's project.
    const dir = await mkdtemp(join(import.meta.dirname, '.scratch-'));
    scratch.push(dir);
    const written = await writeFiles(dir, await emitMsw(EXAMPLE_SPEC));
    expect(typeCheck(written, ENGINE_PATHS)).toEqual([]);
  });

  it.each([
    ['a path under any origin', '/projects/{projectId}', '', 'http://localhost:5173/projects/p1', true],
    ['a base path', '/tasks', '/api/v1', 'https://example.com/api/v1/tasks?limit=2', true],
    ['another base path', '/tasks', '/api/v1', 'https://example.com/tasks', false],
    ['an absolute base', '/tasks', 'http://localhost:3000', 'http://localhost:3000/tasks', true],
    [
      'another origin than the absolute base',
      '/tasks',
      'http://localhost:3000',
      'http://localhost:4000/tasks',
      false,
    ],
    ['a deeper path', '/projects/{projectId}', '', 'http://localhost/projects/p1/tasks', false],
  ])('routePattern: %s', (_name, template, base, url, want) => {
    expect(routePattern(template, base).test(url)).toBe(want);
  });
});
