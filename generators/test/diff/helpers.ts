import { diffSpecs } from '../../src/diff/diff.js';
import type { Change } from '../../src/diff/types.js';
import { normalize } from '../../src/model/normalize.js';

type Obj = Record<string, unknown>;

/** A 3.1 document with one `POST /items` whose body is `request` and whose 200 response is `response`. */
export function specWith(options: {
  request?: unknown;
  response?: unknown;
  schemas?: Obj;
  parameters?: unknown[];
  paths?: Obj;
  security?: unknown[];
  securitySchemes?: Obj;
}): Obj {
  const operation: Obj = {
    operationId: 'createItem',
    responses: {
      '200': {
        description: 'ok',
        content: { 'application/json': { schema: options.response ?? { type: 'object' } } },
      },
    },
  };
  if (options.request !== undefined) {
    operation.requestBody = { required: true, content: { 'application/json': { schema: options.request } } };
  }
  if (options.parameters) operation.parameters = options.parameters;
  if (options.security) operation.security = options.security;
  return {
    openapi: '3.1.0',
    info: { title: 't', version: '1' },
    paths: options.paths ?? { '/items': { post: operation } },
    components: { schemas: options.schemas ?? {}, securitySchemes: options.securitySchemes ?? {} },
  };
}

/** Diffs two documents and returns the changes. */
export function diffDocuments(base: Obj, head: Obj): Change[] {
  return diffSpecs(normalize(base, { sourceVersion: '3.1.0' }), normalize(head, { sourceVersion: '3.1.0' }))
    .changes;
}

/** `id:class` of every change, sorted, for compact assertions. */
export function ruleIds(changes: Change[]): string[] {
  return changes.map((change) => `${change.id}:${change.class}`).sort();
}
