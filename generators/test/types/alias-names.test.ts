import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/model/normalize.js';
import { planAliases } from '../../src/types/alias-names.js';

/** A minimal OpenAPI 3.1 document with the given paths and component schemas. */
function document(
  paths: Record<string, unknown>,
  schemas: Record<string, unknown> = {},
): Record<string, unknown> {
  return { openapi: '3.1.0', info: { title: 'T', version: '1' }, paths, components: { schemas } };
}

const ok = { description: 'ok', content: { 'application/json': { schema: { type: 'string' } } } };

describe('planAliases', () => {
  it.each([
    [
      'names parameters by location, the body and each response by status',
      document({
        '/tasks/{id}': {
          patch: {
            operationId: 'updateTask',
            parameters: [
              { name: 'id', in: 'path', required: true, schema: { type: 'string' } },
              { name: 'dryRun', in: 'query', schema: { type: 'boolean' } },
              { name: 'If-Match', in: 'header', schema: { type: 'string' } },
              { name: 'sid', in: 'cookie', schema: { type: 'string' } },
            ],
            requestBody: { content: { 'application/json': { schema: { type: 'object' } } } },
            responses: { '200': ok, '4XX': ok, default: ok, '204': { description: 'no content' } },
          },
        },
      }),
      [
        'UpdateTaskPathParams',
        'UpdateTaskQuery',
        'UpdateTaskHeaders',
        'UpdateTaskCookies',
        'UpdateTaskBody',
        'UpdateTaskResponse200',
        'UpdateTaskResponse4XX',
        'UpdateTaskResponseDefault',
      ],
    ],
    [
      'turns odd operationIds into PascalCase names',
      document({ '/a': { get: { operationId: 'get-item_by.id', responses: { '200': ok } } } }),
      ['GetItemByIdResponse200'],
    ],
    [
      'derives a name when there is no operationId',
      document({ '/users/{id}/repos': { get: { responses: { '200': ok } } } }),
      ['GetUsersIdReposResponse200'],
    ],
    [
      'leaves component schemas their names and suffixes the operation alias that clashes',
      document(
        {
          '/t': {
            post: {
              operationId: 'createTask',
              requestBody: { content: { 'application/json': { schema: {} } } },
              responses: {},
            },
          },
        },
        {
          CreateTaskBody: { type: 'object' },
        },
      ),
      ['CreateTaskBody', 'CreateTaskBody2'],
    ],
    [
      'keeps component identifiers valid and unique',
      document({}, { '2fa-settings': { type: 'boolean' }, class: { type: 'object' }, item: {}, Item: {} }),
      ['_2faSettings', 'Item', 'Class', 'Item2'],
    ],
    [
      'never shadows the TypeScript globals the file uses',
      document({}, { Record: { type: 'object' }, Omit: { type: 'string' }, WithRequired: {} }),
      ['Omit2', 'Record2', 'WithRequired2'],
    ],
    [
      'skips a body without content and responses without content',
      document({
        '/x': {
          post: {
            operationId: 'ping',
            requestBody: { content: {} },
            responses: { '204': { description: 'none' } },
          },
        },
      }),
      [],
    ],
  ])('%s', (_name, given, want) => {
    expect(planAliases(normalize(given)).map((plan) => plan.name)).toEqual(want);
  });

  it('points each alias at what it names', () => {
    const model = normalize(
      document({
        '/t/{id}': {
          get: {
            operationId: 'getT',
            parameters: [{ name: 'id', in: 'path', required: true, schema: {} }],
            responses: { '200': ok },
          },
        },
      }),
    );
    expect(
      planAliases(model).map(({ name, target }) => [
        name,
        target.kind,
        'location' in target ? target.location : 'status' in target ? target.status : '',
      ]),
    ).toEqual([
      ['GetTPathParams', 'parameters', 'path'],
      ['GetTResponse200', 'response', '200'],
    ]);
  });
});
