import express from 'express';
import { notFound, type Pattern, PROBLEM_RESPONSE, PROBLEM_SCHEMA, problem } from './harness.js';

const stats = {
  type: 'object',
  required: ['buy'],
  properties: { buy: { type: 'object', required: ['max'], properties: { max: { type: 'number' } } } },
};

const document = {
  openapi: '3.0.3',
  info: { title: 'market statistics', version: '1' },
  components: { schemas: { Problem: PROBLEM_SCHEMA } },
  paths: {
    // A read operation whose input is a multipart body, as some public market APIs document it.
    '/marketstat/json': {
      get: {
        operationId: 'marketStat',
        requestBody: {
          required: true,
          content: {
            'multipart/form-data': {
              schema: {
                type: 'object',
                required: ['typeid'],
                properties: { typeid: { type: 'integer', minimum: 1 } },
              },
            },
          },
        },
        responses: {
          '200': { description: 'statistics', content: { 'application/json': { schema: stats } } },
          '400': PROBLEM_RESPONSE('no or bad typeid'),
        },
      },
    },
    // A header whose documented example is text no HTTP client can put on the wire (RFC 9110 §5.5).
    '/greeting': {
      get: {
        operationId: 'greet',
        parameters: [
          {
            name: 'X-Place',
            in: 'header',
            required: true,
            schema: { type: 'string' },
            example: 'Zürich – Ost',
          },
        ],
        responses: {
          '200': {
            description: 'a greeting',
            content: {
              'application/json': {
                schema: { type: 'object', required: ['text'], properties: { text: { type: 'string' } } },
              },
            },
          },
          '400': PROBLEM_RESPONSE('no place'),
        },
      },
    },
  },
};

/** The `typeid` field of a multipart body, read the simple way a small server would. */
function typeId(body: Buffer | undefined): number | undefined {
  const match = /name="typeid"\r\n(?:[^\r\n]+\r\n)*\r\n([^\r\n]*)\r\n/.exec(body?.toString('utf8') ?? '');
  if (!match || !/^\d+$/.test(match[1] ?? '')) return undefined;
  const value = Number(match[1]);
  return value >= 1 ? value : undefined;
}

function app(crashOnBody: boolean) {
  return () => {
    const server = express();
    server.get('/marketstat/json', express.raw({ type: () => true }), (request, response) => {
      const body = Buffer.isBuffer(request.body) ? request.body : undefined;
      if (crashOnBody && body && body.byteLength > 0) throw new Error('cannot read a body on GET');
      const id = typeId(body);
      if (id === undefined)
        return void response
          .status(400)
          .type('application/problem+json')
          .send(problem(400, 'typeid is required'));
      response.json({ buy: { max: id * 1.5 } });
    });
    server.get('/greeting', (request, response) => {
      if (!request.get('x-place'))
        return void response
          .status(400)
          .type('application/problem+json')
          .send(problem(400, 'X-Place is required'));
      response.json({ text: `hello ${request.get('x-place')}` });
    });
    server.use(notFound);
    server.use((_error: unknown, _request: unknown, response: express.Response, _next: unknown) => {
      response.status(500).type('application/problem+json').send(problem(500, 'internal error'));
    });
    return server;
  };
}

/**
 * A GET that documents a multipart body, and a header example no client can
 * encode: neither is the server's fault, so a correct server gets no finding.
 */
export const bodyOnGet: Pattern = { name: 'a GET with a documented body', document, app: app(false) };

/** The same API, but it fails on every GET that carries a body: the 500 must still be found. */
export const crashesOnGetBody: Pattern = {
  ...bodyOnGet,
  name: 'a GET body that crashes the server',
  app: app(true),
};
