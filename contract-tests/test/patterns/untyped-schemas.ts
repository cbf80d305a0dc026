import express from 'express';
import { notFound, type Pattern, PROBLEM_RESPONSE, PROBLEM_SCHEMA, problem } from './harness.js';

/**
 * `properties`, `required` and `items` without `type` constrain only values
 * of that type (JSON Schema 2020-12 §10.3): a string body is valid. The
 * server accepts any JSON and checks objects' and arrays' members.
 */
export const untypedSchemas: Pattern = {
  name: 'properties, required and items without type',
  document: {
    openapi: '3.1.0',
    info: { title: 'untyped', version: '1' },
    paths: {
      '/documents': {
        post: {
          operationId: 'storeDocument',
          requestBody: {
            required: true,
            content: {
              'application/json': {
                schema: {
                  properties: { title: { type: 'string' }, parts: { items: { type: 'integer' } } },
                  required: ['title'],
                },
              },
            },
          },
          responses: {
            '200': {
              description: 'stored',
              content: {
                'application/json': {
                  schema: { type: 'object', properties: { stored: { type: 'boolean' } } },
                },
              },
            },
            '400': PROBLEM_RESPONSE('invalid'),
          },
        },
      },
    },
    components: { schemas: { Problem: PROBLEM_SCHEMA } },
  },
  app: () => {
    const app = express();
    app.use(express.json({ strict: false }));
    const refuse = (response: express.Response) =>
      response.status(400).type('application/problem+json').send(problem(400, 'invalid'));
    app.post('/documents', (request, response) => {
      if (!request.is('application/json')) return refuse(response);
      const body: unknown = request.body;
      if (body !== null && typeof body === 'object' && !Array.isArray(body)) {
        const record = body as Record<string, unknown>;
        if (typeof record.title !== 'string') return refuse(response);
        if (
          record.parts !== undefined &&
          Array.isArray(record.parts) &&
          !record.parts.every(Number.isInteger)
        )
          return refuse(response);
      }
      response.json({ stored: true });
    });
    app.use(notFound);
    app.use(
      (_error: unknown, _request: express.Request, response: express.Response, _next: express.NextFunction) =>
        refuse(response),
    );
    return app;
  },
};

/** An operation that documents no 2xx (a redirect): its positive case promises no success. */
export const noSuccessDocumented: Pattern = {
  name: 'an operation that documents no 2xx',
  document: {
    openapi: '3.0.3',
    info: { title: 'redirects', version: '1' },
    paths: {
      '/go/{code}': {
        get: {
          operationId: 'follow',
          parameters: [
            { name: 'code', in: 'path', required: true, schema: { type: 'string', pattern: '^[a-z]{3}$' } },
          ],
          responses: {
            '302': {
              description: 'to the target',
              headers: { Location: { required: true, schema: { type: 'string' } } },
            },
            '400': PROBLEM_RESPONSE('bad code'),
          },
        },
      },
    },
    components: { schemas: { Problem: PROBLEM_SCHEMA } },
  },
  app: () => {
    const app = express();
    app.get('/go/:code', (request, response) => {
      if (!/^[a-z]{3}$/.test(request.params.code))
        return response.status(400).type('application/problem+json').send(problem(400, 'bad code'));
      response.redirect(302, `https://example.com/${request.params.code}`);
    });
    return app;
  },
  options: { kinds: ['positive', 'negative'] },
};
