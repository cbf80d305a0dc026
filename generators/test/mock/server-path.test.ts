import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSpec } from '../../src/load/index.js';
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
