import express from 'express';
import { notFound, type Pattern } from './harness.js';

const problemSchema = {
  type: 'object',
  required: ['title', 'status'],
  properties: { type: { type: 'string' }, title: { type: 'string' }, status: { type: 'integer' } },
};

/**
 * Errors documented as plain `application/json` with the spec's `Problem`
 * schema, and a success whose envelope has its own `status` member (an
 * application code, not an HTTP one).
 */
const document = {
  openapi: '3.1.0',
  info: { title: 'problem status', version: '1' },
  components: {
    schemas: {
      Problem: problemSchema,
      Envelope: {
        type: 'object',
        required: ['status', 'data'],
        properties: { status: { type: 'integer' }, data: { type: 'object' } },
      },
    },
  },
  paths: {
    '/orders/{id}': {
      get: {
        operationId: 'getOrder',
        parameters: [
          { name: 'id', in: 'path', required: true, schema: { type: 'string', pattern: '^[a-z]+$' } },
        ],
        responses: {
          '200': {
            description: 'the order, in an envelope whose status is an application code',
            content: { 'application/json': { schema: { $ref: '#/components/schemas/Envelope' } } },
          },
          '400': {
            description: 'bad id',
            content: { 'application/json': { schema: { $ref: '#/components/schemas/Problem' } } },
          },
          '404': {
            description: 'no such order',
            content: { 'application/json': { schema: { $ref: '#/components/schemas/Problem' } } },
          },
        },
      },
    },
    '/legacy': {
      get: {
        operationId: 'legacy',
        responses: {
          '410': {
            description: 'gone, as problem+json',
            content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
          },
        },
      },
    },
  },
};

/** `wrongStatus`: error bodies say 400 whatever the answer's status (a handler that maps errors late). */
function app(wrongStatus: boolean) {
  return () => {
    const server = express();
    const fail = (response: express.Response, status: number, type: string) =>
      void response
        .status(status)
        .type(type)
        .send(JSON.stringify({ type: 'about:blank', title: 'failed', status: wrongStatus ? 400 : status }));
    server.get('/orders/:id', (request, response) => {
      if (!/^[a-z]+$/.test(request.params.id)) return fail(response, 400, 'application/json');
      if (request.params.id !== 'known') return fail(response, 404, 'application/json');
      response.json({ status: 0, data: { id: 'known' } });
    });
    server.get('/legacy', (_request, response) => fail(response, 410, 'application/problem+json'));
    server.use(notFound);
    return server;
  };
}

export const problemStatusKept: Pattern = {
  name: 'problem status matches the answer',
  document,
  app: app(false),
};
export const problemStatusWrong: Pattern = {
  ...problemStatusKept,
  name: 'problem status lies',
  app: app(true),
};
