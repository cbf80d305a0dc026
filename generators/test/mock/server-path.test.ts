import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSpec } from '../../src/load/index.js';
import { createMockEngine, mockSpecOf } from '../../src/mock/engine/index.js';
import { type MockServer, startMock } from '../../src/mock/index.js';

// A spec whose server URL carries a path: clients configured with it call /api/books.
const SPEC = `openapi: 3.0.3
info: { title: Books, version: 1.0.0 }
servers:
  - url: https://books.example.com/api
paths:
  /books:
    get:
      operationId: listBooks
      responses:
        '200':
          description: the books
          content:
            application/json:
              schema: { type: array, items: { type: string } }
              example: [Dune]
  /api-keys:
    get:
      operationId: listKeys
      responses:
        '200':
          description: keys
          content:
            application/json:
              schema: { type: array, items: { type: string } }
              example: [k1]
`;

let folder: string;
let mock: MockServer;
beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'specloom-mock-server-path-'));
  writeFileSync(join(folder, 'openapi.yaml'), SPEC);
  mock = await startMock({ spec: await loadSpec(join(folder, 'openapi.yaml')), port: 0 });
}, 60_000);
afterAll(async () => {
  await mock.close();
  rmSync(folder, { recursive: true, force: true });
});

describe("the mock under the spec's server path", () => {
  it.each([
    ['a documented path as the spec writes it', '/books', ['Dune']],
    ["the same path below the server URL's path", '/api/books', ['Dune']],
    ['a documented path that merely starts like the server path', '/api-keys', ['k1']],
  ])('when a client calls %s, then it gets the documented answer', async (_name, path, body) => {
    const response = await fetch(`${mock.url}${path}`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual(body);
  });

  it('when a path is not documented under either, then it is 404', async () => {
    const response = await fetch(`${mock.url}/api/nope`);
    expect(response.status).toBe(404);
  });
});

describe('a server URL with variables', () => {
  it("when a client calls the path below the variables' defaults, then it gets the documented answer", async () => {
    const document = {
      openapi: '3.0.3',
      info: { title: 'Status', version: '1' },
      servers: [
        {
          url: 'https://{host}/services/status/{version}',
          variables: { host: { default: 'api.example.com' }, version: { default: 'v0' } },
        },
      ],
      paths: {
        '/status': {
          get: {
            operationId: 'status',
            responses: {
              '200': {
                description: 'ok',
                content: { 'application/json': { schema: { type: 'string' }, example: 'up' } },
              },
            },
          },
        },
      },
    };
    const file = join(folder, 'variables.json');
    writeFileSync(file, JSON.stringify(document));
    const engine = createMockEngine(mockSpecOf((await loadSpec(file)).model), {});
    const below = engine.handle({
      method: 'get',
      path: '/services/status/v0/status',
      query: {},
      headers: {},
    });
    expect(below.status).toBe(200);
    expect(engine.handle({ method: 'get', path: '/status', query: {}, headers: {} }).status).toBe(200);
    expect(
      engine.handle({ method: 'get', path: '/services/status/v9/status', query: {}, headers: {} }).status,
    ).toBe(404);
  });
});
