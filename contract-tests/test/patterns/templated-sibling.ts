import express from 'express';
import { type Pattern, PROBLEM_RESPONSE, PROBLEM_SCHEMA, problem } from './harness.js';

const article = { type: 'object', required: ['slug'], properties: { slug: { type: 'string' } } };

/**
 * `GET /articles/feed` beside `DELETE /articles/{slug}`: `DELETE
 * /articles/feed` is the documented delete of the article "feed", not an
 * undocumented method, so it is never probed as one.
 */
export const templatedSibling: Pattern = {
  name: 'a concrete path that a templated sibling also matches',
  document: {
    openapi: '3.0.3',
    info: { title: 'articles', version: '1' },
    paths: {
      '/articles/feed': {
        get: {
          operationId: 'feed',
          responses: {
            '200': {
              description: 'feed',
              content: { 'application/json': { schema: { type: 'array', items: article } } },
            },
          },
        },
      },
      '/articles/{slug}': {
        get: {
          operationId: 'getArticle',
          parameters: [
            {
              name: 'slug',
              in: 'path',
              required: true,
              schema: { type: 'string', pattern: '^[a-z]{2,10}$' },
            },
          ],
          responses: {
            '200': { description: 'article', content: { 'application/json': { schema: article } } },
            '400': PROBLEM_RESPONSE('bad slug'),
          },
        },
        delete: {
          operationId: 'deleteArticle',
          parameters: [
            {
              name: 'slug',
              in: 'path',
              required: true,
              schema: { type: 'string', pattern: '^[a-z]{2,10}$' },
            },
          ],
          responses: { '204': { description: 'deleted' }, '400': PROBLEM_RESPONSE('bad slug') },
        },
      },
    },
    components: { schemas: { Problem: PROBLEM_SCHEMA } },
  },
  app: () => {
    const app = express();
    const bad = (response: express.Response) =>
      response.status(400).type('application/problem+json').send(problem(400, 'bad slug'));
    app.get('/articles/feed', (_request, response) => response.json([{ slug: 'hello' }]));
    app.get('/articles/:slug', (request, response) =>
      /^[a-z]{2,10}$/.test(request.params.slug)
        ? response.json({ slug: request.params.slug })
        : bad(response),
    );
    // Deleting is idempotent: any well-formed slug answers 204, "feed" included.
    app.delete('/articles/:slug', (request, response) =>
      /^[a-z]{2,10}$/.test(request.params.slug) ? response.status(204).end() : bad(response),
    );
    app.all(/.*/, (request, response) => {
      const allowed = request.path === '/articles/feed' ? 'GET, DELETE' : 'GET, DELETE';
      response
        .status(405)
        .set('allow', allowed)
        .type('application/problem+json')
        .send(problem(405, 'method not allowed'));
    });
    return app;
  },
  options: { kinds: ['method'] },
};

/**
 * Header parameters that the HTTP layer owns (`Content-Length`, `Host`,
 * `Connection`, `Transfer-Encoding`) declared in the spec: the client sets
 * them, a generated value would break the request.
 */
export const transportHeaders: Pattern = {
  name: 'spec-declared Content-Length, Host, Connection and Transfer-Encoding',
  document: {
    openapi: '3.0.3',
    info: { title: 'uploads', version: '1' },
    paths: {
      '/uploads': {
        post: {
          operationId: 'upload',
          parameters: [
            { name: 'Content-Length', in: 'header', required: true, schema: { type: 'integer', minimum: 1 } },
            { name: 'Host', in: 'header', required: true, schema: { type: 'string' } },
            { name: 'Connection', in: 'header', schema: { type: 'string', enum: ['keep-alive', 'close'] } },
            { name: 'Transfer-Encoding', in: 'header', schema: { type: 'string', enum: ['chunked'] } },
          ],
          requestBody: {
            required: true,
            content: {
              'application/json': {
                schema: { type: 'object', required: ['name'], properties: { name: { type: 'string' } } },
              },
            },
          },
          responses: {
            '201': {
              description: 'stored',
              content: {
                'application/json': { schema: { type: 'object', properties: { size: { type: 'integer' } } } },
              },
            },
            '400': PROBLEM_RESPONSE('bad upload'),
          },
        },
      },
    },
    components: { schemas: { Problem: PROBLEM_SCHEMA } },
  },
  app: () => {
    const app = express();
    app.use(express.json());
    app.post('/uploads', (request, response) => {
      const body = request.body as { name?: unknown } | undefined;
      if (!body || typeof body !== 'object' || Array.isArray(body) || typeof body.name !== 'string')
        return response.status(400).type('application/problem+json').send(problem(400, 'bad upload'));
      response.status(201).json({ size: Number(request.header('content-length')) });
    });
    app.use(
      (_error: unknown, _request: express.Request, response: express.Response, _next: express.NextFunction) =>
        response.status(400).type('application/problem+json').send(problem(400, 'bad upload')),
    );
    return app;
  },
  options: { kinds: ['positive', 'negative'] },
};
