import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type MockServer, startMock } from '../../src/mock/index.js';

/** A small OAS 3.0 spec unlike the example API: integer ids under `petNo`, no security, no problem schema. */
function petSpec(greeting: string) {
  return JSON.stringify({
    openapi: '3.0.3',
    info: { title: 'Pets', version: '1.0.0' },
    paths: {
      '/hello': {
        get: {
          operationId: 'hello',
          responses: {
            '200': { description: 'ok', content: { 'application/json': { example: { greeting } } } },
          },
        },
      },
      '/greetings': {
        get: {
          operationId: 'greetings',
          responses: {
            '200': {
              description: 'ok',
              content: {
                'application/json': {
                  schema: {
                    type: 'object',
                    required: ['text'],
                    properties: { text: { type: 'string', minLength: 30 } },
                  },
                  examples: {
                    formal: { value: { text: 'Good day to you, and welcome aboard.' } },
                    casual: { value: { text: 'Hi there, nice to see you again!' } },
                    tooShort: { value: { text: 'Hi' } },
                  },
                },
              },
            },
          },
        },
      },
      '/pets': {
        post: {
          operationId: 'addPet',
          requestBody: {
            required: true,
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  required: ['name'],
                  properties: { name: { type: 'string', minLength: 1 } },
                },
              },
            },
          },
          responses: {
            '201': {
              description: 'created',
              content: { 'application/json': { example: { petNo: 1, name: 'Rex' } } },
              links: { GetPet: { operationId: 'getPet', parameters: { petId: '$response.body#/petNo' } } },
            },
            '400': { description: 'invalid' },
          },
        },
      },
      '/pets/{petId}': {
        get: {
          operationId: 'getPet',
          parameters: [{ name: 'petId', in: 'path', required: true, schema: { type: 'integer' } }],
          responses: {
            '200': {
              description: 'ok',
              content: { 'application/json': { example: { petNo: 1, name: 'Rex' } } },
            },
            '404': { description: 'missing' },
          },
        },
      },
    },
  });
}

let dir: string;
let file: string;
let mock: MockServer;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'specloom-watch-'));
  file = join(dir, 'pets.json');
  await writeFile(file, petSpec('hello'));
  mock = await startMock({ spec: file, port: 0, watch: true, stateful: true });
}, 60_000);

afterAll(async () => {
  await mock?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('mock of another spec', () => {
  it('takes the identity member from the OpenAPI link and numbers ids like the example', async () => {
    const created = await fetch(`${mock.url}/pets`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'Fido' }),
    });
    expect(created.status).toBe(201);
    const pet = (await created.json()) as { petNo: number; name: string };
    expect(pet).toEqual({ petNo: 1, name: 'Fido' });
    expect(await (await fetch(`${mock.url}/pets/${pet.petNo}`)).json()).toEqual(pet);
    expect((await fetch(`${mock.url}/pets/99`)).status).toBe(404);
  });

  it('answers an invalid body with problem+json even when the spec documents no error body', async () => {
    const response = await fetch(`${mock.url}/pets`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: '' }),
    });
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    expect(await response.json()).toMatchObject({
      status: 400,
      errors: [{ path: '/body/name', code: 'too_small' }],
    });
  });

  it.each([
    ['example=casual', { text: 'Hi there, nice to see you again!' }],
    ['example=formal', { text: 'Good day to you, and welcome aboard.' }],
  ])('when Prefer says %s, then that named example is served', async (prefer, want) => {
    const response = await fetch(`${mock.url}/greetings`, { headers: { prefer } });
    expect(await response.json()).toEqual(want);
  });

  it('when the named example breaks its own schema, then generated data that keeps the schema is served instead', async () => {
    const response = await fetch(`${mock.url}/greetings`, { headers: { prefer: 'example=tooShort' } });
    const body = (await response.json()) as { text: string };
    expect(body.text.length).toBeGreaterThanOrEqual(30);
  });

  it('when Prefer says dynamic=true, then the data comes from the schema instead of the examples', async () => {
    const response = await fetch(`${mock.url}/greetings`, { headers: { prefer: 'dynamic=true' } });
    const body = (await response.json()) as { text?: string };
    expect(body).not.toEqual({ text: 'Good day to you, and welcome aboard.' });
    expect(body).not.toEqual({ text: 'Hi there, nice to see you again!' });
    expect(body.text?.length).toBeGreaterThanOrEqual(30);
  });

  it('reloads when the spec file changes', async () => {
    expect(await (await fetch(`${mock.url}/hello`)).json()).toEqual({ greeting: 'hello' });
    await writeFile(file, petSpec('changed'));
    let body: unknown;
    for (let attempt = 0; attempt < 100; attempt += 1) {
      body = await (await fetch(`${mock.url}/hello`)).json();
      if ((body as { greeting: string }).greeting === 'changed') break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(body).toEqual({ greeting: 'changed' });
  });
});
