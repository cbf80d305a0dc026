import express from 'express';
import { notFound, type Pattern, PROBLEM_RESPONSE, PROBLEM_SCHEMA, problem } from './harness.js';

/**
 * protobuf JSON / grpc-gateway style: 64-bit integers, doubles and bytes in
 * strings. The server parses each and refuses text that is not one; every
 * valid request must therefore carry parseable text.
 */
export const stringEncodedNumbers: Pattern = {
  name: 'numbers and bytes encoded in strings',
  document: {
    openapi: '3.0.3',
    info: { title: 'grpc-gateway style', version: '1' },
    paths: {
      '/v1/kv/range': {
        post: {
          operationId: 'range',
          parameters: [{ name: 'revision', in: 'query', schema: { type: 'string', format: 'int64' } }],
          requestBody: {
            required: true,
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  required: ['key'],
                  properties: {
                    key: { type: 'string', format: 'byte' },
                    limit: { type: 'string', format: 'int64' },
                    lease: { type: 'string', format: 'uint64' },
                    shard: { type: 'string', format: 'int32' },
                    weight: { type: 'string', format: 'double' },
                  },
                },
              },
            },
          },
          responses: {
            '200': {
              description: 'the range',
              content: {
                'application/json': {
                  schema: { type: 'object', properties: { count: { type: 'string', format: 'int64' } } },
                },
              },
            },
            '400': PROBLEM_RESPONSE('unparseable'),
          },
        },
      },
    },
    components: { schemas: { Problem: PROBLEM_SCHEMA } },
  },
  app: () => {
    const app = express();
    app.use(express.json());
    const int = /^-?\d+$/;
    const uint = /^\d+$/;
    const double = /^-?\d+(\.\d+)?([eE][-+]?\d+)?$/;
    const base64 = /^[A-Za-z0-9+/]*={0,2}$/;
    app.post('/v1/kv/range', (request, response) => {
      const body = request.body as Record<string, unknown>;
      const revision = new URL(request.url, 'http://x').searchParams.get('revision');
      const ok =
        body !== undefined &&
        body !== null &&
        typeof body === 'object' &&
        !Array.isArray(body) &&
        typeof body.key === 'string' &&
        base64.test(body.key) &&
        [
          [body.limit, int],
          [body.lease, uint],
          [body.shard, int],
          [body.weight, double],
        ].every(
          ([value, pattern]) =>
            value === undefined || (typeof value === 'string' && (pattern as RegExp).test(value)),
        ) &&
        (revision === null || int.test(revision));
      if (!ok) return response.status(400).type('application/problem+json').send(problem(400, 'unparseable'));
      response.json({ count: '1' });
    });
    app.use(notFound);
    app.use(
      (_error: unknown, _request: express.Request, response: express.Response, _next: express.NextFunction) =>
        response.status(400).type('application/problem+json').send(problem(400, 'unparseable')),
    );
    return app;
  },
};
