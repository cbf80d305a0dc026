import express from 'express';
import { notFound, type Pattern, PROBLEM_RESPONSE, PROBLEM_SCHEMA, problem } from './harness.js';

const KEY = '^ssh-(rsa|ed25519) ';

/**
 * A request body example that breaks its own schema (GitHub's SSH key example
 * fails the key's pattern): a server that checks the pattern refuses it, and
 * rightly. `refuseAll` refuses valid keys too, which must still be reported.
 */
export function invalidExample(fault?: 'refuseAll'): Pattern {
  return {
    name: 'a body example that breaks its own schema',
    options: { kinds: ['positive'] },
    document: {
      openapi: '3.0.3',
      info: { title: 'keys', version: '1' },
      paths: {
        '/keys': {
          post: {
            operationId: 'addKey',
            requestBody: {
              required: true,
              content: {
                'application/json': {
                  schema: {
                    type: 'object',
                    required: ['key'],
                    properties: { key: { type: 'string', pattern: KEY } },
                  },
                  example: { key: 'AAAAB3NzaC1yc2EAAA' },
                },
              },
            },
            responses: {
              '201': {
                description: 'added',
                content: {
                  'application/json': {
                    schema: {
                      type: 'object',
                      required: ['key'],
                      properties: { key: { type: 'string' } },
                    },
                  },
                },
              },
              '422': PROBLEM_RESPONSE('invalid key'),
            },
          },
        },
      },
      components: { schemas: { Problem: PROBLEM_SCHEMA } },
    },
    app: () => {
      const app = express();
      app.use(express.json());
      app.post('/keys', (request, response) => {
        const key = request.body?.key;
        if (fault === 'refuseAll' || typeof key !== 'string' || !new RegExp(KEY).test(key))
          return response.status(422).type('application/problem+json').send(problem(422, 'invalid key'));
        response.status(201).json({ key });
      });
      app.use(notFound);
      return app;
    },
  };
}
