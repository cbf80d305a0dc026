import { fileURLToPath } from 'node:url';
import { loadSpec } from 'specloom';
import { describe, expect, it } from 'vitest';
import * as errors from '../../src/shared/errors/index.js';
import { AppError, problemFrom } from '../../src/shared/errors/index.js';

/*
 * The spec's documented problem examples are what front-ends (and the mock) learn the error
 * vocabulary from, so each one must be a problem this server really sends: a `type` and `title`
 * of the error registry for that status, and field paths in the router's format
 * (`/body/title`, `/query/limit`).
 */

const SPEC = fileURLToPath(new URL('../../../openapi/openapi.yaml', import.meta.url));
const FIELD_PATH = /^\/(body|query|path|header|cookie)(\/[^/]+)*$/;

type ErrorClass = new (...args: never[]) => AppError;

/** Every registry error with the statuses it can carry (ValidationError takes its status as an argument). */
function registry(): { type: string; title: string; status: number }[] {
  const entries = new Map<string, { type: string; title: string; status: number }>();
  for (const exported of Object.values(errors)) {
    if (typeof exported !== 'function' || !(exported.prototype instanceof AppError)) continue;
    for (const args of [[], [400, []], [422, []], [['GET']], [1]]) {
      let error: AppError;
      try {
        error = new (exported as ErrorClass)(...(args as never[]));
      } catch {
        continue;
      }
      if (typeof error.status !== 'number') continue;
      const { type, title, status } = problemFrom(error, {});
      entries.set(`${type} ${status}`, { type, title, status });
    }
  }
  return [...entries.values()];
}

async function documentedProblems() {
  const { model } = await loadSpec(SPEC);
  const found: { where: string; value: Record<string, unknown> }[] = [];
  for (const operation of model.operations) {
    for (const response of operation.responses) {
      for (const media of response.content) {
        if (!media.mediaType.includes('problem+json')) continue;
        for (const example of media.examples) {
          found.push({
            where: `${operation.operationId} ${response.status} example "${example.name}"`,
            value: example.value as Record<string, unknown>,
          });
        }
      }
    }
  }
  return found;
}

describe('documented problem examples', () => {
  it('are problems of the error registry, with the registry title for their status', async () => {
    const known = registry();
    const problems = await documentedProblems();
    expect(problems.length).toBeGreaterThan(0);
    const mismatches = problems.flatMap(({ where, value }) => {
      const entry = known.find(
        (candidate) => candidate.type === value.type && candidate.status === value.status,
      );
      if (!entry)
        return [
          `${where}: type ${String(value.type)} with status ${String(value.status)} is not in the error registry`,
        ];
      return entry.title === value.title
        ? []
        : [`${where}: title "${String(value.title)}", the server sends "${entry.title}"`];
    });
    expect(mismatches).toEqual([]);
  });

  it('locate field errors the way the router does (/body/..., /query/...)', async () => {
    const problems = await documentedProblems();
    const bad = problems.flatMap(({ where, value }) =>
      ((value.errors as { path: string }[] | undefined) ?? [])
        .filter((entry) => !FIELD_PATH.test(entry.path))
        .map((entry) => `${where}: path "${entry.path}"`),
    );
    expect(bad).toEqual([]);
  });
});
