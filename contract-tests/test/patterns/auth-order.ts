import express from 'express';
import { notFound, type Pattern, PROBLEM_RESPONSE, PROBLEM_SCHEMA, problem } from './harness.js';

const TOKEN = 'Bearer good-token';
const item = {
  type: 'object',
  required: ['id', 'name'],
  properties: { id: { type: 'string' }, name: { type: 'string', maxLength: 20 } },
};

/**
 * A server that decodes and validates the body before it reads the token,
 * and answers 404 for an unknown id whoever asks: a credential-less request
 * refused with 400 or 404 is not one that got in.
 */
export const authAfterValidation: Pattern = {
  name: 'body validated and resources looked up before auth',
  document: {
    openapi: '3.1.0',
    info: { title: 'auth order', version: '1' },
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
      schemas: { Problem: PROBLEM_SCHEMA, Item: item },
    },
    security: [{ bearer: [] }],
    paths: {
      '/items': {
        post: {
          operationId: 'createItem',
          requestBody: {
            required: true,
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  required: ['name'],
                  properties: { name: { type: 'string', maxLength: 20 } },
                  additionalProperties: false,
                },
              },
            },
          },
          responses: {
            '201': {
              description: 'created',
              content: { 'application/json': { schema: { $ref: '#/components/schemas/Item' } } },
            },
            '400': PROBLEM_RESPONSE('bad body'),
            '401': PROBLEM_RESPONSE('no credentials'),
          },
        },
      },
      '/items/{id}': {
        get: {
          operationId: 'getItem',
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
          responses: {
            '200': {
              description: 'the item',
              content: { 'application/json': { schema: { $ref: '#/components/schemas/Item' } } },
            },
            '401': PROBLEM_RESPONSE('no credentials'),
            '404': PROBLEM_RESPONSE('no such item'),
          },
        },
      },
    },
  },
  app: () => {
    const app = express();
    const items = new Map<string, { id: string; name: string }>();
    const send = (response: express.Response, status: number, title: string) =>
      response.status(status).type('application/problem+json').send(problem(status, title));
    app.use(express.json());
    app.post('/items', (request, response) => {
      const body = request.body as Record<string, unknown> | undefined;
      if (
        !body ||
        typeof body !== 'object' ||
        Array.isArray(body) ||
        typeof body.name !== 'string' ||
        body.name.length > 20 ||
        Object.keys(body).some((key) => key !== 'name')
      )
        return send(response, 400, 'bad body');
      if (request.header('authorization') !== TOKEN) return send(response, 401, 'no credentials');
      const created = { id: String(items.size + 1), name: body.name };
      items.set(created.id, created);
      response.status(201).json(created);
    });
    app.get('/items/:id', (request, response) => {
      const found = items.get(request.params.id);
      if (!found) return send(response, 404, 'no such item');
      if (request.header('authorization') !== TOKEN) return send(response, 401, 'no credentials');
      response.json(found);
    });
    app.use(notFound);
    app.use(
      (error: unknown, _request: express.Request, response: express.Response, _next: express.NextFunction) =>
        send(response, 400, error instanceof Error ? 'bad body' : 'bad request'),
    );
    return app;
  },
  options: { auth: { headers: { Authorization: TOKEN } } },
};

/**
 * An `apiKey` in a header with its own name, given as a plain extra header
 * (as `--header 'X-Api-Key: …'` does): it is the scheme's credential, so
 * credential-less cases must not carry it, and a DELETE without it deletes
 * nothing.
 */
export const apiKeyAsHeader: Pattern = {
  name: 'apiKey credential given as a plain header',
  document: {
    openapi: '3.0.3',
    info: { title: 'api key', version: '1' },
    components: {
      securitySchemes: { key: { type: 'apiKey', in: 'header', name: 'X-Api-Key' } },
      schemas: { Problem: PROBLEM_SCHEMA },
    },
    security: [{ key: [] }],
    paths: {
      '/notes/{id}': {
        delete: {
          operationId: 'deleteNote',
          parameters: [
            { name: 'id', in: 'path', required: true, schema: { type: 'integer', minimum: 1, maximum: 3 } },
          ],
          responses: {
            '204': { description: 'deleted' },
            '401': PROBLEM_RESPONSE('no key'),
            '404': PROBLEM_RESPONSE('no such note'),
          },
        },
        get: {
          operationId: 'getNote',
          parameters: [
            { name: 'id', in: 'path', required: true, schema: { type: 'integer', minimum: 1, maximum: 3 } },
          ],
          responses: {
            '200': {
              description: 'the note',
              content: {
                'application/json': { schema: { type: 'object', properties: { id: { type: 'integer' } } } },
              },
            },
            '401': PROBLEM_RESPONSE('no key'),
            '404': PROBLEM_RESPONSE('no such note'),
          },
        },
      },
    },
  },
  app: () => {
    const app = express();
    const notes = new Set([1, 2, 3]);
    app.use('/notes/:id', (request, response, next) => {
      if (request.header('x-api-key') !== 'the-key')
        return response.status(401).type('application/problem+json').send(problem(401, 'no key'));
      const id = Number(request.params.id);
      if (!notes.has(id))
        return response.status(404).type('application/problem+json').send(problem(404, 'no such note'));
      if (request.method === 'DELETE') {
        notes.delete(id);
        return response.status(204).end();
      }
      if (request.method === 'GET') return response.json({ id });
      next();
    });
    return app;
  },
  options: { headers: { 'X-Api-Key': 'the-key' }, kinds: ['positive', 'auth'] },
};
