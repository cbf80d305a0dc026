import express from 'express';
import { notFound, type Pattern } from './harness.js';

/**
 * A spec that defines a `Problem` schema but documents one operation's errors in its own shape
 * (`{ error, error_description }` as `application/json`), as OAuth-style APIs do. Answering that
 * documented shape is keeping the spec, not breaking RFC 9457.
 */
const document = {
  openapi: '3.0.3',
  info: { title: 'own error shape', version: '1' },
  components: {
    schemas: {
      Problem: {
        type: 'object',
        required: ['title'],
        properties: { type: { type: 'string' }, title: { type: 'string' }, status: { type: 'integer' } },
      },
      OAuthError: {
        type: 'object',
        required: ['error'],
        properties: { error: { type: 'string' }, error_description: { type: 'string' } },
      },
    },
  },
  paths: {
    '/tokens/{id}': {
      get: {
        operationId: 'getToken',
        parameters: [
          { name: 'id', in: 'path', required: true, schema: { type: 'string', pattern: '^[a-z]+$' } },
        ],
        responses: {
          '200': {
            description: 'the token',
            content: {
              'application/json': { schema: { type: 'object', properties: { id: { type: 'string' } } } },
            },
          },
          '400': {
            description: 'a malformed id',
            content: { 'application/json': { schema: { $ref: '#/components/schemas/OAuthError' } } },
          },
          '404': {
            description: 'no such token',
            content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
          },
        },
      },
    },
  },
};

export const ownErrorShape: Pattern = {
  name: 'errors documented in the API’s own JSON shape beside a Problem schema',
  document,
  app: () => {
    const server = express();
    server.get('/tokens/:id', (request, response) => {
      if (!/^[a-z]+$/.test(request.params.id))
        return void response
          .status(400)
          .json({ error: 'invalid_request', error_description: 'a malformed id' });
      if (request.params.id !== 'known')
        return void response
          .status(404)
          .type('application/problem+json')
          .send(JSON.stringify({ title: 'no such token', status: 404 }));
      response.json({ id: 'known' });
    });
    server.use(notFound);
    return server;
  },
};
