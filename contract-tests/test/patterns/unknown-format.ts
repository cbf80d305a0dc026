import express from 'express';
import { notFound, type Pattern, PROBLEM_RESPONSE, PROBLEM_SCHEMA, problem } from './harness.js';

/**
 * A vendor format the generator cannot produce (`format: e164`, a phone
 * number): the server rightly refuses text that is not one. Requests that carry
 * one claim no acceptance, and the report names the format once.
 */
export const unknownFormat: Pattern = {
  name: 'a format the generator cannot satisfy',
  document: {
    openapi: '3.1.0',
    info: { title: 'vendor formats', version: '1' },
    paths: {
      '/contacts': {
        post: {
          operationId: 'addContact',
          parameters: [{ name: 'notify', in: 'query', schema: { type: 'string', format: 'e164' } }],
          requestBody: {
            required: true,
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  required: ['phone'],
                  properties: {
                    phone: { type: 'string', format: 'e164' },
                    label: { type: 'string', maxLength: 20 },
                  },
                },
              },
            },
          },
          responses: {
            '201': { description: 'added' },
            '422': PROBLEM_RESPONSE('not a phone number'),
          },
        },
      },
    },
    components: { schemas: { Problem: PROBLEM_SCHEMA } },
  },
  app: () => {
    const app = express();
    app.use(express.json());
    const e164 = /^\+[1-9]\d{1,14}$/;
    app.post('/contacts', (request, response) => {
      const body = request.body as { phone?: unknown; label?: unknown } | undefined;
      const notify = new URL(request.url, 'http://x').searchParams.get('notify');
      const ok =
        typeof body?.phone === 'string' &&
        e164.test(body.phone) &&
        (body.label === undefined || (typeof body.label === 'string' && body.label.length <= 20)) &&
        (notify === null || e164.test(notify));
      if (!ok)
        return response.status(422).type('application/problem+json').send(problem(422, 'not a phone number'));
      response.status(201).end();
    });
    app.use(notFound);
    app.use(
      (_error: unknown, _request: express.Request, response: express.Response, _next: express.NextFunction) =>
        response.status(422).type('application/problem+json').send(problem(422, 'not a phone number')),
    );
    return app;
  },
};
