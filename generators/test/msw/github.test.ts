import { mkdtemp, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { typeCheck } from '../types/typecheck.js';
import { ENGINE_PATHS, emitMsw, writeFiles } from './support.js';

const GITHUB_SPEC = resolve(
  import.meta.dirname,
  '../../../node_modules/@octokit/openapi/generated/api.github.com.json',
);
let dir: string | undefined;

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe("msw target on GitHub's REST API description", () => {
  it('emits one handler per operation, and the handlers compile in a strict project', async () => {
    const files = await emitMsw(GITHUB_SPEC);
    const handlers = files.find((file) => file.path === 'msw/handlers.ts')?.contents ?? '';
    expect(handlers.match(/http\.(get|put|post|delete|patch|head|options)\(/g)?.length).toBeGreaterThan(1000);
    dir = await mkdtemp(join(import.meta.dirname, '.scratch-'));
    const written = await writeFiles(dir, files);
    expect(typeCheck(written, ENGINE_PATHS)).toEqual([]);
  });
});
