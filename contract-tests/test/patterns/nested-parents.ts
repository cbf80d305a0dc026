import express from 'express';
import { notFound, type Pattern, PROBLEM_RESPONSE, PROBLEM_SCHEMA } from './harness.js';

const hook = {
  type: 'object',
  required: ['id', 'url'],
  properties: { id: { type: 'integer' }, url: { type: 'string', minLength: 1 } },
};
const org = { name: 'org', in: 'path', required: true, schema: { type: 'string', pattern: '^[a-z]{3,12}$' } };
const hookId = { name: 'hook_id', in: 'path', required: true, schema: { type: 'integer' } };

/**
 * `/orgs/{org}/hooks`: a collection below a parent nobody creates. A hook
 * exists only under the org it was created in, as on a real server; `lost`
 * forgets every hook, a fault the sequence must still report.
 */
export function nestedParentsPattern(fault?: 'lost'): Pattern {
  return {
    name: 'a collection below a parent that the spec never creates',
    // Only the sequences: the server keeps state, not every error format.
    options: { kinds: ['stateful'] },
    document: {
      openapi: '3.0.3',
      info: { title: 'hooks', version: '1' },
      paths: {
        '/orgs/{org}/hooks': {
          post: {
            operationId: 'createHook',
            parameters: [org],
            requestBody: {
              required: true,
              content: {
                'application/json': {
                  schema: {
                    type: 'object',
                    required: ['url'],
                    properties: { url: { type: 'string', minLength: 1 } },
                  },
                },
              },
            },
            responses: {
              '201': { description: 'created', content: { 'application/json': { schema: hook } } },
              '400': PROBLEM_RESPONSE('invalid'),
            },
          },
          get: {
            operationId: 'listHooks',
            parameters: [org],
            responses: {
              '200': {
                description: 'hooks',
                content: { 'application/json': { schema: { type: 'array', items: hook } } },
              },
              '400': PROBLEM_RESPONSE('invalid'),
            },
          },
        },
        '/orgs/{org}/hooks/{hook_id}': {
          get: {
            operationId: 'getHook',
            parameters: [org, hookId],
            responses: {
              '200': { description: 'hook', content: { 'application/json': { schema: hook } } },
              '400': PROBLEM_RESPONSE('invalid'),
              '404': PROBLEM_RESPONSE('no such hook'),
            },
          },
          delete: {
            operationId: 'deleteHook',
            parameters: [org, hookId],
            responses: {
              '204': { description: 'deleted' },
              '400': PROBLEM_RESPONSE('invalid'),
              '404': PROBLEM_RESPONSE('no such hook'),
            },
          },
        },
      },
      components: { schemas: { Problem: PROBLEM_SCHEMA } },
    },
    app: () => {
      const hooks = new Map<string, Map<number, { id: number; url: string }>>();
      let next = 1;
      const app = express();
      app.use(express.json());
      const valid = (request: express.Request) =>
        /^[a-z]{3,12}$/.test(String(request.params.org)) &&
        /^\d+$/.test(String(request.params.hookId ?? '0'));
      const invalid = (response: express.Response) =>
        response
          .status(400)
          .type('application/problem+json')
          .send({ type: 'about:blank', title: 'invalid', status: 400 });
      const ofOrg = (name: string) => {
        const found = hooks.get(name) ?? new Map();
        hooks.set(name, found);
        return found;
      };
      app.post('/orgs/:org/hooks', (request, response) => {
        const url = request.body?.url;
        if (!valid(request) || typeof url !== 'string' || url.length === 0) return invalid(response);
        const created = { id: next++, url };
        if (fault !== 'lost') ofOrg(request.params.org).set(created.id, created);
        response.status(201).json(created);
      });
      app.get('/orgs/:org/hooks', (request, response) => {
        if (!valid(request)) return invalid(response);
        response.json([...ofOrg(request.params.org).values()]);
      });
      app.get('/orgs/:org/hooks/:hookId', (request, response, next) => {
        if (!valid(request)) return invalid(response);
        const found = ofOrg(request.params.org).get(Number(request.params.hookId));
        if (found) response.json(found);
        else next();
      });
      app.delete('/orgs/:org/hooks/:hookId', (request, response, next) => {
        if (!valid(request)) return invalid(response);
        if (ofOrg(request.params.org).delete(Number(request.params.hookId))) response.status(204).end();
        else next();
      });
      app.use(notFound);
      return app;
    },
  };
}
