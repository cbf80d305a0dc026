import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LoadedSpec, loadSpec } from '../../src/load/index.js';
import { type MockServer, startMock } from '../../src/mock/index.js';

const SPEC = resolve(import.meta.dirname, '../../../openapi/openapi.yaml');
const AUTH = { authorization: 'Bearer test-token' };
const PROJECT_ID = '0b7f2c1e-4d3a-4e8b-9a61-2f5c8d9e1a47';

let spec: LoadedSpec;
beforeAll(async () => {
  spec = await loadSpec(SPEC);
}, 60_000);

async function withMock<T>(
  options: Omit<Parameters<typeof startMock>[0], 'spec'>,
  use: (mock: MockServer) => Promise<T>,
) {
  const mock = await startMock({ spec, port: 0, ...options });
  try {
    return await use(mock);
  } finally {
    await mock.close();
  }
}

describe('mock with examples', () => {
  let mock: MockServer;
  beforeAll(async () => {
    mock = await startMock({ spec, port: 0, origins: ['http://app.example'] });
  });
  afterAll(() => mock.close());

  it('when a list is requested, then it answers with the documented example', async () => {
    const response = await fetch(`${mock.url}/projects`, { headers: AUTH });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { items: Array<{ id: string }> };
    const documented = spec.model.operations
      .find((operation) => operation.operationId === 'listProjects')
      ?.responses.find((candidate) => candidate.status === '200')?.content[0]?.examples[0]?.value;
    expect(body).toEqual(documented);
  });

  it('when Prefer asks for a documented code, then that response is served', async () => {
    const response = await fetch(`${mock.url}/projects/${PROJECT_ID}`, {
      headers: { ...AUTH, prefer: 'code=404' },
    });
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
  });

  it('when Prefer names an undocumented code, then it is a 4xx problem, not a 5xx', async () => {
    const response = await fetch(`${mock.url}/projects`, { headers: { ...AUTH, prefer: 'code=418' } });
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
  });

  it('when Prefer is malformed, then 400 problem+json names the header', async () => {
    const response = await fetch(`${mock.url}/projects`, { headers: { ...AUTH, prefer: 'code=abc' } });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors: Array<{ path: string }> };
    expect(body.errors[0]?.path).toBe('/header/Prefer');
  });

  it('when the body breaks the schema, then the documented status carries one error per failing field', async () => {
    const response = await fetch(`${mock.url}/projects`, {
      method: 'POST',
      headers: { ...AUTH, 'content-type': 'application/json' },
      body: JSON.stringify({ name: '', description: 5 }),
    });
    expect(response.status).toBe(422);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    const body = (await response.json()) as Record<string, unknown> & {
      errors: Array<{ path: string; code: string }>;
    };
    expect(body.status).toBe(422);
    expect(body.instance).toBe('/projects');
    expect(body.request_id).toBe(response.headers.get('x-request-id'));
    expect(body.errors.map((error) => error.path).sort()).toEqual(['/body/description', '/body/name']);
    expect(body.errors.find((error) => error.path === '/body/name')?.code).toBe('too_small');
  });

  it('when a required member is missing, then the error points at that member', async () => {
    const response = await fetch(`${mock.url}/projects`, {
      method: 'POST',
      headers: { ...AUTH, 'content-type': 'application/json' },
      body: '{}',
    });
    const body = (await response.json()) as { errors: Array<{ path: string; code: string }> };
    expect(response.status).toBe(422);
    expect(body.errors).toContainEqual(expect.objectContaining({ path: '/body/name', code: 'required' }));
  });

  it('when a query parameter is invalid, then 400 problem+json names it', async () => {
    const response = await fetch(`${mock.url}/projects?limit=abc`, { headers: AUTH });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors: Array<{ path: string }> };
    expect(body.errors.map((error) => error.path)).toEqual(['/query/limit']);
  });

  it('when the JSON body is malformed, then 400 problem+json', async () => {
    const response = await fetch(`${mock.url}/projects`, {
      method: 'POST',
      headers: { ...AUTH, 'content-type': 'application/json' },
      body: '{"name":',
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { errors: Array<{ code: string }> }).errors[0]?.code).toBe(
      'invalid_json',
    );
  });

  it('when a secured operation has no credentials, then 401 problem+json', async () => {
    const response = await fetch(`${mock.url}/projects`);
    expect(response.status).toBe(401);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    const body = (await response.json()) as Record<string, unknown>;
    expect(body).toMatchObject({ status: 401, instance: '/projects' });
    expect(body.errors).toBeUndefined();
  });

  it('when the path is not in the spec, then 404 problem+json', async () => {
    const response = await fetch(`${mock.url}/nowhere`, { headers: AUTH });
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
  });

  it.each([
    ['an allowed origin', 'http://app.example', 'http://app.example'],
    ['another origin', 'http://evil.example', null],
  ])('when a preflight comes from %s, then CORS allows it accordingly', async (_name, origin, allowed) => {
    const response = await fetch(`${mock.url}/projects`, {
      method: 'OPTIONS',
      headers: {
        origin,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization',
      },
    });
    expect(response.headers.get('access-control-allow-origin')).toBe(allowed);
    if (allowed) {
      expect(response.status).toBe(204);
      expect(response.headers.get('access-control-allow-headers')).toBe('authorization');
    }
  });

  it('when a simple request comes from an allowed origin, then the response allows it', async () => {
    const response = await fetch(`${mock.url}/projects`, {
      headers: { ...AUTH, origin: 'http://app.example' },
    });
    expect(response.headers.get('access-control-allow-origin')).toBe('http://app.example');
  });
});

describe('mock options', () => {
  it('when dynamic with a seed, then the same seed gives the same data and another seed differs', async () => {
    const fetchOnce = (seed: string) =>
      withMock({ dynamic: true, seed }, async (mock) => {
        const response = await fetch(`${mock.url}/projects/${PROJECT_ID}`, { headers: AUTH });
        expect(response.status).toBe(200);
        return response.json();
      });
    const first = await fetchOnce('alpha');
    const again = await fetchOnce('alpha');
    const other = await fetchOnce('beta');
    expect(again).toEqual(first);
    expect(other).not.toEqual(first);
    const example = spec.model.operations.find((operation) => operation.operationId === 'getProject')
      ?.responses[0]?.content[0]?.examples[0]?.value;
    expect(first).not.toEqual(example);
  });

  it.each([
    ['the configured token', 'Bearer accepted-token', 200],
    ['another token', 'Bearer forged-token', 401],
    ['no token', undefined, 401],
  ])('when tokens are configured and a secured call carries %s, then it answers %i', async (_name, authorization, status) => {
    await withMock({ tokens: ['accepted-token'] }, async (mock) => {
      const response = await fetch(`${mock.url}/projects`, {
        headers: authorization ? { authorization } : {},
      });
      expect(response.status).toBe(status);
      if (status === 401) expect(response.headers.get('content-type')).toContain('application/problem+json');
    });
  });

  it('when a delay is configured, then responses wait at least that long', async () => {
    await withMock({ delay: 150 }, async (mock) => {
      const started = performance.now();
      await fetch(`${mock.url}/projects`, { headers: AUTH });
      expect(performance.now() - started).toBeGreaterThanOrEqual(140);
    });
  });
});

describe('error bodies served for Prefer: code=', () => {
  it('say the status they are served with in their numeric status member, whatever was generated', async () => {
    const { mkdtemp, rm, writeFile } = await import('node:fs/promises');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const directory = await mkdtemp(join(tmpdir(), 'specloom-mock-status-'));
    const problem = {
      type: 'object',
      required: ['title', 'status'],
      properties: { title: { type: 'string' }, status: { type: 'integer', minimum: 100, maximum: 599 } },
    };
    const document = {
      openapi: '3.1.0',
      info: { title: 'status members', version: '1' },
      paths: {
        '/pets/{id}': {
          get: {
            operationId: 'getPet',
            parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
            responses: {
              '200': {
                description: 'a pet',
                content: { 'application/json': { schema: { type: 'object' } } },
              },
              '404': { description: 'none', content: { 'application/problem+json': { schema: problem } } },
              // A schema that pins another value is kept: the body must validate.
              '409': {
                description: 'pinned',
                content: {
                  'application/json': {
                    schema: { ...problem, properties: { ...problem.properties, status: { const: 1 } } },
                  },
                },
              },
            },
          },
        },
      },
    };
    const file = join(directory, 'openapi.json');
    await writeFile(file, JSON.stringify(document));
    const mock = await startMock({ spec: await loadSpec(file), port: 0 });
    try {
      for (const seed of ['a', 'b', 'c']) {
        const response = await fetch(`${mock.url}/pets/x`, { headers: { prefer: `code=404, seed=${seed}` } });
        expect(response.status).toBe(404);
        expect(((await response.json()) as { status: number }).status).toBe(404);
      }
      const pinned = await fetch(`${mock.url}/pets/x`, { headers: { prefer: 'code=409' } });
      expect(((await pinned.json()) as { status: number }).status).toBe(1);
    } finally {
      await mock.close();
      await rm(directory, { recursive: true, force: true });
    }
  });
});
