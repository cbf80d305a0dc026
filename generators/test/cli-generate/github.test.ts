import { mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { generate, writeGeneration } from '../../src/generate/index.js';
import { loadSpec } from '../../src/load/index.js';
import { TARGETS } from '../../src/targets/registry.js';
import { typeCheck } from '../types/typecheck.js';

const require = createRequire(import.meta.url);
const GITHUB_SPEC = require.resolve('@octokit/openapi/generated/api.github.com.json');
// Inside the repository, so generated imports (`zod`, `express`, `@specloom/sdk-runtime`, ...) resolve from its node_modules.
const TMP_ROOT = join(dirname(fileURLToPath(import.meta.url)), '../../.tmp');

let tmpDir: string | undefined;
afterAll(async () => {
  if (tmpDir !== undefined) await rm(tmpDir, { recursive: true, force: true });
});

describe("GitHub's REST API description", () => {
  // About 80 s of CPU (most of it type-checking 20 MB of output); the timeout leaves room for a heavily shared machine.
  it('generates every target, and the output type-checks', { timeout: 900_000 }, async () => {
    await mkdir(TMP_ROOT, { recursive: true });
    const root = await mkdtemp(join(TMP_ROOT, 'github-'));
    tmpDir = root;
    // The usual layout: generated code in <root>/generated, service stubs beside it.
    const { model } = await loadSpec(GITHUB_SPEC);
    const outDir = join(root, 'generated');
    const generation = await generate({
      model,
      targets: [...TARGETS.keys()],
      outDir,
      scaffoldDir: root,
    });
    await writeGeneration(generation);

    const written = (await readdir(root, { recursive: true }))
      .filter((path) => path.endsWith('.ts'))
      .map((path) => join(root, path));
    expect(written.length).toBeGreaterThan(0);
    expect(typeCheck(written)).toEqual([]);
  });
});
