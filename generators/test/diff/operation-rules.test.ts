import { describe, expect, it } from 'vitest';
import { DIFF_RULES } from '../../src/diff/rules.js';
import { diffDocuments, ruleIds, specWith } from './helpers.js';

const str = { type: 'string' };
const query = (name: string, extra: Record<string, unknown> = {}) => ({
  name,
  in: 'query',
  schema: str,
  ...extra,
});
const op = (extra: Record<string, unknown> = {}) => ({
  operationId: 'getItem',
  responses: { '200': { description: 'ok', content: { 'application/json': { schema: str } } } },
  ...extra,
});
const withBody = (required: boolean, types: string[] = ['application/json']) =>
  op({
    requestBody: { required, content: Object.fromEntries(types.map((type) => [type, { schema: str }])) },
  });
const withResponses = (responses: Record<string, unknown>) => op({ responses });
const okWith = (extra: Record<string, unknown>) => ({
  description: 'ok',
  content: { 'application/json': { schema: str } },
  ...extra,
});
const header = (required: boolean) => ({ 'X-Rate': { required, schema: { type: 'integer' } } });
const bearer = { bearer: { type: 'http', scheme: 'bearer' } };
const apiKey = { key: { type: 'apiKey', in: 'header', name: 'X-Key' } };

/** [rule id, base paths, head paths, extra document fields per side]. */
type Case = [string, Record<string, unknown>, Record<string, unknown>, Record<string, unknown>?];

const paths = (operation: unknown, path = '/items/{id}', method = 'get') => ({
  [path]: {
    parameters: path.includes('{')
      ? [{ name: path.match(/\{(\w+)\}/)?.[1], in: 'path', required: true, schema: str }]
      : [],
    [method]: operation,
  },
});

const cases: Case[] = [
  ['operation-removed', { ...paths(op()), ...paths(op({ operationId: 'other' }), '/other') }, paths(op())],
  ['operation-added', paths(op()), { ...paths(op()), ...paths(op({ operationId: 'other' }), '/other') }],
  ['operation-path-changed', paths(op()), paths(op(), '/things/{id}')],
  ['operation-id-changed', paths(op()), paths(op({ operationId: 'fetchItem' }))],
  ['operation-deprecated', paths(op()), paths(op({ deprecated: true }))],
  ['path-parameter-renamed', paths(op()), paths(op(), '/items/{itemId}')],
  ['request-parameter-added', paths(op()), paths(op({ parameters: [query('q')] }))],
  [
    'request-parameter-required-added',
    paths(op()),
    paths(op({ parameters: [query('q', { required: true })] })),
  ],
  [
    'request-parameter-required-with-default-added',
    paths(op()),
    paths(op({ parameters: [query('q', { required: true, schema: { type: 'string', default: 'a' } })] })),
  ],
  ['request-parameter-removed', paths(op({ parameters: [query('q')] })), paths(op())],
  [
    'request-parameter-became-required',
    paths(op({ parameters: [query('q')] })),
    paths(op({ parameters: [query('q', { required: true })] })),
  ],
  [
    'request-parameter-became-optional',
    paths(op({ parameters: [query('q', { required: true })] })),
    paths(op({ parameters: [query('q')] })),
  ],
  [
    'request-parameter-moved',
    paths(op({ parameters: [query('q')] })),
    paths(op({ parameters: [{ ...query('q'), in: 'header' }] })),
  ],
  ['request-body-added-required', paths(op(), '/items', 'post'), paths(withBody(true), '/items', 'post')],
  ['request-body-added', paths(op(), '/items', 'post'), paths(withBody(false), '/items', 'post')],
  ['request-body-removed', paths(withBody(false), '/items', 'post'), paths(op(), '/items', 'post')],
  [
    'request-body-became-required',
    paths(withBody(false), '/items', 'post'),
    paths(withBody(true), '/items', 'post'),
  ],
  [
    'request-body-became-optional',
    paths(withBody(true), '/items', 'post'),
    paths(withBody(false), '/items', 'post'),
  ],
  [
    'request-media-type-removed',
    paths(withBody(true, ['application/json', 'text/plain']), '/items', 'post'),
    paths(withBody(true), '/items', 'post'),
  ],
  [
    'request-media-type-added',
    paths(withBody(true), '/items', 'post'),
    paths(withBody(true, ['application/json', 'text/plain']), '/items', 'post'),
  ],
  [
    'response-status-removed',
    paths(withResponses({ '200': okWith({}), '404': { description: 'no' } })),
    paths(op()),
  ],
  [
    'response-status-added',
    paths(op()),
    paths(withResponses({ '200': okWith({}), '404': { description: 'no' } })),
  ],
  [
    'response-media-type-removed',
    paths(
      withResponses({
        '200': okWith({ content: { 'application/json': { schema: str }, 'text/csv': { schema: str } } }),
      }),
    ),
    paths(op()),
  ],
  [
    'response-media-type-added',
    paths(op()),
    paths(
      withResponses({
        '200': okWith({ content: { 'application/json': { schema: str }, 'text/csv': { schema: str } } }),
      }),
    ),
  ],
  [
    'response-header-removed',
    paths(withResponses({ '200': okWith({ headers: header(true) }) })),
    paths(op()),
  ],
  [
    'response-header-became-optional',
    paths(withResponses({ '200': okWith({ headers: header(true) }) })),
    paths(withResponses({ '200': okWith({ headers: header(false) }) })),
  ],
  ['response-header-added', paths(op()), paths(withResponses({ '200': okWith({ headers: header(false) }) }))],
  ['security-added', paths(op()), paths(op({ security: [{ bearer: [] }] })), { securitySchemes: bearer }],
  ['security-removed', paths(op({ security: [{ bearer: [] }] })), paths(op()), { securitySchemes: bearer }],
  [
    'security-alternative-removed',
    paths(op({ security: [{ bearer: [] }, { key: [] }] })),
    paths(op({ security: [{ bearer: [] }] })),
    { securitySchemes: { ...bearer, ...apiKey } },
  ],
  [
    'security-alternative-added',
    paths(op({ security: [{ bearer: [] }] })),
    paths(op({ security: [{ bearer: [] }, { key: [] }] })),
    { securitySchemes: { ...bearer, ...apiKey } },
  ],
];

function document(pathsObject: Record<string, unknown>, extra: Record<string, unknown> = {}) {
  const spec = specWith({ paths: pathsObject });
  spec.components = { schemas: {}, securitySchemes: extra.securitySchemes ?? {} };
  return spec;
}

describe('operation, parameter, body, response and security rules', () => {
  it.each(cases)('reports %s', (id, base, head, extra) => {
    const changes = diffDocuments(document(base, extra), document(head, extra));
    expect(ruleIds(changes)).toEqual([`${id}:${DIFF_RULES[id as keyof typeof DIFF_RULES].class}`]);
    expect(changes[0]?.base ?? changes[0]?.head).toBeDefined();
  });

  it('reports security-scheme-changed when a scheme sends credentials another way', () => {
    const base = document(paths(op({ security: [{ key: [] }] })), { securitySchemes: apiKey });
    const head = document(paths(op({ security: [{ key: [] }] })), {
      securitySchemes: { key: { type: 'apiKey', in: 'query', name: 'key' } },
    });
    const changes = diffDocuments(base, head);
    expect(ruleIds(changes)).toEqual(['security-scheme-changed:breaking']);
    expect(changes[0]?.base?.pointer).toBe('#/components/securitySchemes/key');
  });

  it('matches a renamed path parameter instead of reporting a removed operation', () => {
    const changes = diffDocuments(document(paths(op())), document(paths(op(), '/items/{itemId}')));
    expect(changes.map((change) => change.id)).not.toContain('operation-removed');
  });

  it('reports nothing for identical documents', () => {
    const spec = document(paths(withBody(true)));
    expect(diffDocuments(spec, structuredClone(spec))).toEqual([]);
  });
});
