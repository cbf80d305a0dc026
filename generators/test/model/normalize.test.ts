import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/model/normalize.js';

const doc = {
  openapi: '3.0.3',
  info: { title: 'Pets', version: '1.2.3' },
  security: [{ key: [] }],
  paths: {
    '/pets/{petId}': {
      parameters: [
        { $ref: '#/components/parameters/PetId' },
        { name: 'trace', in: 'header', schema: { type: 'string' } },
      ],
      get: {
        tags: ['pets'],
        parameters: [{ name: 'trace', in: 'header', required: true, schema: { type: 'string' } }],
        responses: {
          '200': {
            description: 'ok',
            headers: {
              ETag: { schema: { type: 'string' }, required: true },
              'Content-Type': { schema: { type: 'string' } },
            },
            content: {
              'application/json': { schema: { $ref: '#/components/schemas/Pet' }, example: { id: 1 } },
            },
          },
          default: { $ref: '#/components/responses/Error' },
        },
      },
      delete: { operationId: 'remove pet', security: [], responses: { '204': { description: 'gone' } } },
    },
    '/pets': {
      post: {
        operationId: 'removePet',
        requestBody: { $ref: '#/components/requestBodies/PetBody' },
        responses: {},
      },
    },
  },
  components: {
    schemas: {
      Pet: {
        type: 'object',
        properties: { id: { type: 'integer' }, tag: { type: 'string', nullable: true } },
      },
      'pet-list': { type: 'array' },
    },
    parameters: { PetId: { name: 'petId', in: 'path', schema: { type: 'integer' } } },
    responses: {
      Error: { description: 'error', content: { 'application/json': { schema: { type: 'object' } } } },
    },
    requestBodies: {
      PetBody: {
        required: true,
        content: { 'application/json': { schema: { $ref: '#/components/schemas/Pet' } } },
      },
    },
    securitySchemes: { key: { type: 'apiKey', in: 'header', name: 'X-Key' } },
  },
};

describe('normalize', () => {
  const model = normalize(doc);

  it('orders operations by path then method and derives missing operationIds', () => {
    expect(model.operations.map((op) => [op.method, op.path, op.operationId, op.operationIdDerived])).toEqual(
      [
        ['post', '/pets', 'removePet', false],
        ['get', '/pets/{petId}', 'getPetsPetId', true],
        ['delete', '/pets/{petId}', 'remove pet', false],
      ],
    );
  });

  it('makes operation names unique identifiers', () => {
    expect(model.operations.map((op) => op.name)).toEqual(['removePet', 'getPetsPetId', 'removePet2']);
  });

  it('merges path-level parameters, the operation winning, and resolves refs', () => {
    const get = model.operations[1]!;
    expect(get.parameters.map((p) => [p.in, p.name, p.required, p.ref])).toEqual([
      ['path', 'petId', true, '#/components/parameters/PetId'],
      ['header', 'trace', true, undefined],
    ]);
  });

  it('resolves response refs, drops Content-Type headers and keeps schema refs', () => {
    const get = model.operations[1]!;
    expect(get.responses.map((r) => r.status)).toEqual(['200', 'default']);
    expect(get.responses[0]!.headers.map((h) => h.name)).toEqual(['ETag']);
    expect(get.responses[0]!.content[0]!.schema).toEqual({ $ref: '#/components/schemas/Pet' });
    expect(get.responses[0]!.content[0]!.examples[0]!.value).toEqual({ id: 1 });
    expect(get.responses[1]!.ref).toBe('#/components/responses/Error');
  });

  it('applies document security unless the operation overrides it', () => {
    expect(model.operations.map((op) => op.security)).toEqual([[{ key: [] }], [{ key: [] }], []]);
  });

  it('sorts schemas and gives them PascalCase identifiers', () => {
    expect(model.schemas.map((s) => [s.name, s.identifier])).toEqual([
      ['Pet', 'Pet'],
      ['pet-list', 'PetList'],
    ]);
    expect(model.schemas[0]!.schema).toEqual({
      type: 'object',
      properties: { id: { type: 'integer' }, tag: { type: ['string', 'null'] } },
    });
  });

  it('is deterministic', () => {
    expect(normalize(structuredClone(doc))).toEqual(model);
  });

  it('handles GitHub REST API description without throwing', () => {
    const require = createRequire(import.meta.url);
    const path = require.resolve('@octokit/openapi/generated/api.github.com.json', {
      paths: [process.cwd(), `${process.cwd()}/../bench`],
    });
    const github = normalize(JSON.parse(readFileSync(path, 'utf8')));
    expect(github.operations.length).toBeGreaterThan(800);
    expect(new Set(github.operations.map((op) => op.name)).size).toBe(github.operations.length);
  });
});
