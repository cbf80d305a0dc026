import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import type {
  ParameterDescriptor,
  SecuritySchemeDescriptor,
} from '../../src/server/templates/descriptors.js';
import { readParameters } from '../../src/server/templates/params.js';
import { authenticate, extractCredential } from '../../src/server/templates/security.js';
import { formatEvent } from '../../src/server/templates/send.js';

function read(
  parameter: Omit<ParameterDescriptor, 'in'> & { in?: ParameterDescriptor['in'] },
  request: { url?: string; headers?: Record<string, string>; routeParams?: Record<string, string> },
  pathParams: Record<string, string> = {},
) {
  const descriptor = { in: 'query' as const, ...parameter };
  const result = readParameters(
    { url: request.url ?? '/', headers: request.headers ?? {}, routeParams: request.routeParams ?? {} },
    [descriptor],
    pathParams,
  );
  return result[descriptor.in];
}

describe('readParameters splits values by style and explode', () => {
  it.each([
    ['a scalar', { name: 'limit', shape: 'scalar' }, '/?limit=5', { limit: '5' }],
    [
      'the first of repeated scalars',
      { name: 'limit', shape: 'scalar' },
      '/?limit=5&limit=6',
      { limit: '5' },
    ],
    ['an exploded array', { name: 's', shape: 'array' }, '/?s=a&s=b', { s: ['a', 'b'] }],
    ['a single exploded array value', { name: 's', shape: 'array' }, '/?s=a', { s: ['a'] }],
    ['a comma-separated array', { name: 's', shape: 'array', explode: false }, '/?s=a,b', { s: ['a', 'b'] }],
    [
      'a pipe-delimited array',
      { name: 's', shape: 'array', style: 'pipeDelimited', explode: false },
      '/?s=a|b',
      { s: ['a', 'b'] },
    ],
    [
      'a deepObject',
      { name: 'f', shape: 'object', style: 'deepObject', explode: true },
      '/?f[a]=1&f[b]=2',
      { f: { a: '1', b: '2' } },
    ],
    [
      'an unexploded form object',
      { name: 'o', shape: 'object', explode: false },
      '/?o=a,1,b,2',
      { o: { a: '1', b: '2' } },
    ],
    ['an exploded form object', { name: 'o', shape: 'object' }, '/?a=1&b=2', { o: { a: '1', b: '2' } }],
    ['percent and plus encoding', { name: 'q', shape: 'scalar' }, '/?q=a+b%26c', { q: 'a b&c' }],
    ['an absent parameter', { name: 'q', shape: 'scalar' }, '/?other=1', {}],
  ] as const)('query: %s', (_name, parameter, url, want) => {
    expect(read(parameter, { url })).toEqual(want);
  });

  it.each([
    [
      'a renamed path parameter',
      { name: 'user-id', in: 'path', shape: 'scalar' },
      { user_id: 'ada' },
      { 'user-id': 'ada' },
    ],
    ['a simple array', { name: 'ids', in: 'path', shape: 'array' }, { ids: '1,2' }, { ids: ['1', '2'] }],
    [
      'a label array',
      { name: 'ids', in: 'path', shape: 'array', style: 'label' },
      { ids: '.1,2' },
      { ids: ['1', '2'] },
    ],
    [
      'a matrix scalar',
      { name: 'id', in: 'path', shape: 'scalar', style: 'matrix' },
      { id: ';id=5' },
      { id: '5' },
    ],
    [
      'an exploded simple object',
      { name: 'o', in: 'path', shape: 'object', explode: true },
      { o: 'a=1,b=2' },
      { o: { a: '1', b: '2' } },
    ],
  ] as const)('path: %s', (_name, parameter, routeParams, want) => {
    const pathParams = Object.fromEntries(Object.keys(routeParams).map((key) => [key, parameter.name]));
    expect(read(parameter, { routeParams }, pathParams)).toEqual(want);
  });

  it.each([
    [
      'a header, keyed in lower case',
      { name: 'X-Trace', in: 'header', shape: 'scalar' },
      { 'x-trace': 'abc' },
      { 'x-trace': 'abc' },
    ],
    [
      'a header list',
      { name: 'X-Ids', in: 'header', shape: 'array' },
      { 'x-ids': '1,2' },
      { 'x-ids': ['1', '2'] },
    ],
    [
      'a cookie',
      { name: 'session', in: 'cookie', shape: 'scalar' },
      { cookie: 'a=1; session=s%20x' },
      { session: 's x' },
    ],
    ['an absent cookie', { name: 'session', in: 'cookie', shape: 'scalar' }, { cookie: 'a=1' }, {}],
  ] as const)('%s', (_name, parameter, headers, want) => {
    expect(read(parameter, { headers })).toEqual(want);
  });
});

describe('security', () => {
  const schemes: Record<string, SecuritySchemeDescriptor> = {
    bearer: { type: 'http', scheme: 'bearer' },
    basic: { type: 'http', scheme: 'basic' },
    headerKey: { type: 'apiKey', in: 'header', name: 'X-API-Key' },
    queryKey: { type: 'apiKey', in: 'query', name: 'api_key' },
    cookieKey: { type: 'apiKey', in: 'cookie', name: 'sid' },
    oauth: { type: 'oauth2' },
  };
  const request = (headers: Record<string, string>, url = '/') =>
    ({ headers, url, originalUrl: url, socket: {} }) as unknown as IncomingMessage & { originalUrl: string };

  it.each([
    ['bearer', { authorization: 'Bearer abc' }, '/', 'abc'],
    ['bearer, scheme in any case', { authorization: 'bearer abc' }, '/', 'abc'],
    ['bearer, wrong scheme', { authorization: 'Basic abc' }, '/', undefined],
    ['basic, decoded', { authorization: `Basic ${Buffer.from('ada:pw').toString('base64')}` }, '/', 'ada:pw'],
    ['headerKey', { 'x-api-key': 'k1' }, '/', 'k1'],
    ['queryKey', {}, '/x?api_key=k2', 'k2'],
    ['cookieKey', { cookie: 'sid=k3' }, '/', 'k3'],
    ['oauth', { authorization: 'Bearer t' }, '/', 't'],
  ])('%s reads its credential', (name, headers, url, want) => {
    const scheme = schemes[name.split(',')[0] as string] as SecuritySchemeDescriptor;
    expect(extractCredential(request(headers, url), scheme)).toBe(want);
  });

  const checks = {
    bearer: async (token: string) => (token === 'good' ? `user:${token}` : undefined),
    headerKey: async (key: string) => (key === 'k' ? `app:${key}` : undefined),
  };
  it.each([
    ['public', [], {}, { ok: true, auth: undefined }],
    [
      'the first alternative',
      [['bearer'], ['headerKey']],
      { authorization: 'Bearer good' },
      { ok: true, auth: 'user:good' },
    ],
    [
      'the second alternative',
      [['bearer'], ['headerKey']],
      { 'x-api-key': 'k' },
      { ok: true, auth: 'app:k' },
    ],
    ['no alternative', [['bearer'], ['headerKey']], { authorization: 'Bearer bad' }, { ok: false }],
    [
      'both schemes of one alternative',
      [['bearer', 'headerKey']],
      { authorization: 'Bearer good' },
      { ok: false },
    ],
    [
      'both schemes present',
      [['bearer', 'headerKey']],
      { authorization: 'Bearer good', 'x-api-key': 'k' },
      { ok: true, auth: 'user:good' },
    ],
    ['an optional requirement, anonymously', [['bearer'], []], {}, { ok: true, auth: undefined }],
    ['an undeclared scheme', [['missing']], { authorization: 'Bearer good' }, { ok: false }],
  ])('accepts %s', async (_name, alternatives, headers, want) => {
    expect(await authenticate(request(headers), alternatives, schemes, checks)).toEqual(want);
  });
});

describe('formatEvent', () => {
  it.each([
    ['data only', { data: { a: 1 } }, 'data: {"a":1}\n\n'],
    [
      'every field',
      { id: '7', event: 'e', retry: 1500, data: 'x' },
      'id: 7\nevent: e\nretry: 1500\ndata: x\n\n',
    ],
    ['multi-line text', { data: 'a\nb\r\nc' }, 'data: a\ndata: b\ndata: c\n\n'],
    ['line breaks in id and event', { id: '1\n2', event: 'a\rb', data: 1 }, 'id: 12\nevent: ab\ndata: 1\n\n'],
  ])('frames %s', (_name, event, want) => {
    expect(formatEvent(event)).toBe(want);
  });
});
