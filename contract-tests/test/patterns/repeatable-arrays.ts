import express from 'express';
import { type Pattern, PROBLEM_RESPONSE, PROBLEM_SCHEMA, problem } from './harness.js';

const integer = /^-?\d+$/;
const integers = { type: 'array', items: { type: 'integer' }, minItems: 1 };

/**
 * Arrays in every parameter style: `?id=1&id=2` (form, exploded; Swagger's
 * `collectionFormat: multi`), `?tag=a|b` (pipeDelimited), `?range[min]=1`
 * (deepObject), `/points;at=1,2` (matrix), `X-Ids: 1,2` (simple header). A
 * single value is a valid one-item array; the server refuses non-integers.
 */
export const repeatableArrays: Pattern = {
  name: 'repeatable query arrays and every parameter style',
  document: {
    openapi: '3.1.0',
    info: { title: 'arrays', version: '1' },
    paths: {
      '/items': {
        get: {
          operationId: 'listItems',
          parameters: [
            { name: 'id', in: 'query', required: true, style: 'form', explode: true, schema: integers },
            {
              name: 'tag',
              in: 'query',
              style: 'pipeDelimited',
              explode: false,
              schema: { type: 'array', items: { type: 'string', enum: ['a', 'b'] } },
            },
            {
              name: 'range',
              in: 'query',
              style: 'deepObject',
              explode: true,
              schema: {
                type: 'object',
                properties: { min: { type: 'integer' } },
                additionalProperties: false,
              },
            },
            { name: 'X-Ids', in: 'header', style: 'simple', schema: integers },
          ],
          responses: {
            '200': { description: 'the ids', content: { 'application/json': { schema: integers } } },
            '400': PROBLEM_RESPONSE('bad parameters'),
          },
        },
      },
      '/points{at}': {
        get: {
          operationId: 'getPoints',
          parameters: [
            { name: 'at', in: 'path', required: true, style: 'matrix', explode: false, schema: integers },
          ],
          responses: {
            '200': { description: 'the points', content: { 'application/json': { schema: integers } } },
            '400': PROBLEM_RESPONSE('bad parameters'),
          },
        },
      },
    },
    components: { schemas: { Problem: PROBLEM_SCHEMA } },
  },
  app: () => {
    const app = express();
    const refuse = (response: express.Response) =>
      response.status(400).type('application/problem+json').send(problem(400, 'bad parameters'));
    app.get('/items', (request, response) => {
      const query = new URL(request.url, 'http://x').searchParams;
      const ids = query.getAll('id');
      const tags = query.get('tag');
      const min = query.get('range[min]');
      const unknownRange = [...query.keys()].some((key) => key.startsWith('range[') && key !== 'range[min]');
      const header = request.header('x-ids');
      if (
        ids.length === 0 ||
        !ids.every((id) => integer.test(id)) ||
        (tags !== null && !tags.split('|').every((tag) => tag === 'a' || tag === 'b')) ||
        (min !== null && !integer.test(min)) ||
        unknownRange ||
        (header !== undefined && !header.split(',').every((id) => integer.test(id.trim())))
      )
        return refuse(response);
      response.json(ids.map(Number));
    });
    app.get(/^\/points;at=([^/]*)$/, (request, response) => {
      const list = decodeURIComponent((request.params as Record<string, string>)[0] ?? '').split(',');
      if (!list.every((id) => integer.test(id))) return refuse(response);
      response.json(list.map(Number));
    });
    app.use((_request, response) =>
      response.status(400).type('application/problem+json').send(problem(400, 'bad parameters')),
    );
    return app;
  },
  options: { kinds: ['positive', 'negative'] },
};

/** The same in Swagger 2.0: `collectionFormat: multi` and `csv`. */
export const swaggerCollectionFormats: Pattern = {
  name: 'Swagger 2.0 collectionFormat multi and csv',
  document: {
    swagger: '2.0',
    info: { title: 'swagger arrays', version: '1' },
    produces: ['application/json'],
    paths: {
      '/alerts': {
        get: {
          operationId: 'getAlerts',
          parameters: [
            {
              name: 'filter',
              in: 'query',
              type: 'array',
              items: { type: 'integer' },
              collectionFormat: 'multi',
            },
            {
              name: 'ids',
              in: 'query',
              required: true,
              type: 'array',
              items: { type: 'integer' },
              collectionFormat: 'csv',
            },
          ],
          responses: {
            '200': { description: 'ok', schema: { type: 'array', items: { type: 'integer' } } },
            '400': { description: 'bad request', schema: { type: 'string' } },
          },
        },
      },
    },
  },
  app: () => {
    const app = express();
    app.get('/alerts', (request, response) => {
      const query = new URL(request.url, 'http://x').searchParams;
      const filter = query.getAll('filter');
      const ids = (query.get('ids') ?? '').split(',');
      if (!query.has('ids') || ![...filter, ...ids].every((value) => integer.test(value)))
        return response.status(400).json('bad request');
      response.json(ids.map(Number));
    });
    return app;
  },
  options: { kinds: ['positive', 'negative'] },
};
