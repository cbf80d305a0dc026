import { describe, expect, it } from 'vitest';
import { compareRoutePaths, toExpressPath } from '../../src/server/express-path.js';
import { requestBodyKind, responseBodyKind } from '../../src/server/media.js';
import { groupKey, kebabCase, statusMatch } from '../../src/server/plan.js';
import { selectMediaType } from '../../src/server/templates/body.js';
import { selectResponse } from '../../src/server/templates/send.js';

describe('toExpressPath', () => {
  it.each([
    [
      'plain parameters',
      '/projects/{projectId}/tasks',
      '/projects/:projectId/tasks',
      { projectId: 'projectId' },
    ],
    ['a dashed name', '/users/{user-id}', '/users/:user_id', { user_id: 'user-id' }],
    ['a dotted name', '/a/{x.y}', '/a/:x_y', { x_y: 'x.y' }],
    ['a name starting with a digit', '/a/{1st}', '/a/:_1st', { _1st: '1st' }],
    ['two names that sanitize alike', '/a/{a-b}/{a_b}', '/a/:a_b/:a_b2', { a_b: 'a-b', a_b2: 'a_b' }],
    ['a custom method suffix', '/v1/{name}:cancel', '/v1/:name\\:cancel', { name: 'name' }],
    [
      'two parameters in one segment',
      '/files/{name}.{ext}',
      '/files/:name.:ext',
      { name: 'name', ext: 'ext' },
    ],
    ['a parameter followed by letters', '/a/{id}suffix', '/a/:"id"suffix', { id: 'id' }],
    ['reserved characters in literals', '/a(b)/c*/d+', '/a\\(b\\)/c\\*/d\\+', {}],
    ['the root', '/', '/', {}],
  ])('converts %s', (_name, template, expressPath, pathParams) => {
    expect(toExpressPath(template)).toEqual({ expressPath, pathParams });
  });
});

describe('compareRoutePaths', () => {
  it.each([
    ['a literal before a parameter', ['/tasks/{id}', '/tasks/search'], ['/tasks/search', '/tasks/{id}']],
    ['a mixed segment before a bare parameter', ['/f/{id}', '/f/{name}.json'], ['/f/{name}.json', '/f/{id}']],
    ['deeper literals under equal parameters', ['/a/{x}/{y}', '/a/{z}/b'], ['/a/{z}/b', '/a/{x}/{y}']],
    ['the prefix first', ['/a/b', '/a'], ['/a', '/a/b']],
  ])('orders %s', (_name, given, want) => {
    expect([...given].sort(compareRoutePaths)).toEqual(want);
  });
});

describe('media kinds', () => {
  it.each([
    ['application/json', undefined, 'json'],
    ['application/merge-patch+json', undefined, 'json'],
    ['application/x-www-form-urlencoded', { type: 'object' }, 'form'],
    ['multipart/form-data', { type: 'object' }, 'stream'],
    ['application/octet-stream', { type: 'string', format: 'binary' }, 'stream'],
    ['image/png', undefined, 'stream'],
    ['text/plain', { type: 'string' }, 'text'],
    ['text/plain', { type: 'string', format: 'binary' }, 'stream'],
  ] as const)('a %s request body with %j is read as %s', (mediaType, schema, kind) => {
    expect(requestBodyKind(mediaType, schema)).toBe(kind);
  });

  it.each([
    ['application/json', undefined, 'json'],
    ['application/problem+json', { type: 'object' }, 'json'],
    ['*/*', { type: 'object' }, 'json'],
    ['text/event-stream', { type: 'string' }, 'sse'],
    ['application/octet-stream', { type: 'string', contentMediaType: 'application/octet-stream' }, 'binary'],
    ['application/pdf', undefined, 'binary'],
    ['text/csv', { type: 'string' }, 'text'],
    ['application/xml', { type: 'object' }, 'text'],
  ] as const)('a %s response with %j is sent as %s', (mediaType, schema, kind) => {
    expect(responseBodyKind(mediaType, schema)).toBe(kind);
  });
});

describe('status selection', () => {
  it.each([
    ['200', { kind: 'code', code: 200 }],
    ['4XX', { kind: 'class', digit: '4' }],
    ['5xx', { kind: 'class', digit: '5' }],
    ['default', { kind: 'default' }],
    ['600', undefined],
    ['2XY', undefined],
  ])('reads the response key %s', (status, want) => {
    expect(statusMatch(status)).toEqual(want);
  });

  const responses = ['200', '404', '4XX', 'default'].map((status) => ({ status, headers: [], media: [] }));
  it.each([
    [200, '200'],
    [404, '404'],
    [409, '4XX'],
    [503, 'default'],
  ])('sends status %i with the %s response', (status, want) => {
    expect(selectResponse(responses, status)?.status).toBe(want);
  });

  it('has no response for an undocumented status without default', () => {
    expect(selectResponse([{ status: '200', headers: [], media: [] }], 500)).toBeUndefined();
  });
});

describe('request content types', () => {
  const media = [
    { mediaType: 'application/json', kind: 'json' as const },
    { mediaType: 'image/*', kind: 'stream' as const },
    { mediaType: 'application/x-www-form-urlencoded', kind: 'form' as const },
  ];
  it.each([
    ['application/json', 'application/json'],
    ['Application/JSON; charset=utf-8', 'application/json'],
    ['image/png', 'image/*'],
    ['application/x-www-form-urlencoded', 'application/x-www-form-urlencoded'],
    ['text/plain', undefined],
    [undefined, undefined],
  ])('selects the documented media type for %s', (contentType, want) => {
    expect(selectMediaType(contentType, media)?.mediaType).toBe(want);
  });

  it('falls back to */* last', () => {
    expect(selectMediaType('text/csv', [{ mediaType: '*/*', kind: 'stream' }])?.mediaType).toBe('*/*');
  });
});

describe('names', () => {
  it.each([
    ['tasks', 'tasks'],
    ['Task Comments', 'taskComments'],
    ['default', 'default'],
    ['class', 'class'],
    ['2fa', '_2fa'],
  ])('the handler group of tag %s is %s', (tag, want) => {
    expect(groupKey(tag)).toBe(want);
  });

  it.each([
    ['TasksService', 'tasks-service'],
    ['TaskCommentsService', 'task-comments-service'],
    ['HTTPProxy', 'http-proxy'],
  ])('kebab-cases %s', (name, want) => {
    expect(kebabCase(name)).toBe(want);
  });
});
