import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadOpenApiDocument } from '../../../src/shared/docs/index.js';
import { startTestServer, type TestServer } from '../../helpers/test-server.js';
import { apiClient, expectProblem } from './client.js';

/*
 * Statuses every operation of a kind documents, checked for each operation
 * the spec lists (not a hand-kept list): 401 without a token on secured
 * operations, 400 for a path parameter that is not the documented UUID.
 */
const SPEC_PATH = fileURLToPath(new URL('../../../../openapi/openapi.yaml', import.meta.url));
const FEATURE_TAGS = new Set([
  'auth',
  'projects',
  'members',
  'tasks',
  'comments',
  'activity',
  'attachments',
  'events',
]);

interface OperationCase {
  operationId: string;
  method: string;
  path: string;
  secured: boolean;
  hasPathParams: boolean;
  /** The spec's own example of a valid request body, when the operation takes one. */
  body?: unknown;
}

interface SpecOperation {
  operationId: string;
  tags?: string[];
  security?: unknown[];
  requestBody?: {
    content: Record<string, { example?: unknown; examples?: Record<string, { value: unknown }> }>;
  };
}

/** A valid body from the spec's examples: JSON as is, multipart as a form with a small text file. */
function exampleBody(operation: SpecOperation): unknown {
  const [mediaType, content] = Object.entries(operation.requestBody?.content ?? {})[0] ?? [];
  if (!mediaType || !content) return undefined;
  if (mediaType === 'multipart/form-data') {
    const form = new FormData();
    form.append('file', new Blob(['example'], { type: 'text/plain' }), 'example.txt');
    return form;
  }
  return content.example ?? Object.values(content.examples ?? {})[0]?.value;
}

const spec = await loadOpenApiDocument(SPEC_PATH);
const globalSecurity = (spec.security as unknown[] | undefined) ?? [];
const operations: OperationCase[] = Object.entries(spec.paths ?? {}).flatMap(([path, item]) =>
  Object.entries(item)
    .filter(([method]) => ['get', 'post', 'put', 'patch', 'delete'].includes(method))
    .map(([method, value]) => [method, value as SpecOperation] as const)
    .filter(([, operation]) => FEATURE_TAGS.has(operation.tags?.[0] ?? ''))
    .map(([method, operation]) => ({
      operationId: operation.operationId,
      method: method.toUpperCase(),
      path,
      secured: (operation.security ?? globalSecurity).length > 0,
      hasPathParams: path.includes('{'),
      body: exampleBody(operation),
    })),
);

const fill = (path: string, value: () => string) => path.replace(/\{[^}]+\}/g, value);

describe('documented statuses of every feature operation', () => {
  let server: TestServer;
  let api: ReturnType<typeof apiClient>;
  let token: string;
  beforeAll(async () => {
    server = await startTestServer();
    api = apiClient(server.baseUrl);
    token = (await api.signUp('prober')).token;
  });
  afterAll(() => server.close());

  it('covers the operations of the spec', () => {
    expect(operations.length).toBeGreaterThan(20);
  });

  it.each(
    operations.filter((o) => o.secured).map((o) => [o.operationId, o] as const),
  )('when %s is called without a token, then 401 problem+json', async (_id, operation) => {
    expectProblem(
      await api.call(
        operation.method,
        fill(operation.path, () => randomUUID()),
      ),
      401,
    );
  });

  it.each(
    operations.filter((o) => o.secured && o.hasPathParams).map((o) => [o.operationId, o] as const),
  )('when %s gets a path parameter that is not a UUID, then 400', async (_id, operation) => {
    expectProblem(
      await api.call(
        operation.method,
        fill(operation.path, () => 'not-a-uuid'),
        { token },
      ),
      400,
    );
  });

  it.each(
    operations.filter((o) => o.secured && o.hasPathParams).map((o) => [o.operationId, o] as const),
  )('when %s targets a project that does not exist, then 404 (with a valid body, when it takes one)', async (_id, operation) => {
    const result = await api.call(
      operation.method,
      fill(operation.path, () => randomUUID()),
      {
        token,
        body: operation.body,
      },
    );
    expectProblem(result, 404);
  });
});
