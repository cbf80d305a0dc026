import { resolve } from 'node:path';
import { expect, it } from 'vitest';
import { generateApp, generatorsRoot, removeApp, typeCheck } from './support/generate.js';

const GITHUB = resolve(generatorsRoot, '../node_modules/@octokit/openapi/generated/api.github.com.json');

it("generates a router for GitHub's REST API that type-checks strictly against the types and zod output", async () => {
  const app = await generateApp(GITHUB, 'github-output');
  const router = app.server.find((file) => file.path === 'server/router.ts');
  expect(app.model.operations.length).toBeGreaterThan(800);
  // Every operation is registered once.
  expect(router?.contents.match(/expressPath: /g)?.length).toBe(app.model.operations.length);
  try {
    expect(await typeCheck(app.dir)).toBe('');
  } finally {
    removeApp(app);
  }
}, 900_000);
