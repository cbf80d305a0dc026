import express from 'express';
import { describe, expect, it } from 'vitest';
import { notFound, runPattern } from './patterns/harness.js';

const problem = {
  type: 'object',
  required: ['error'],
  properties: { error: { type: 'string' } },
};

/** A Problem-like schema on one operation, and an operation that documents no error at all. */
const document = {
  openapi: '3.0.3',
  info: { title: 'problem format scope', version: '1' },
  paths: {
    '/token': {
      post: {
        operationId: 'token',
        responses: {
          '200': { description: 'a token', content: { 'application/json': { schema: { type: 'object' } } } },
          '400': { description: 'refused', content: { 'application/problem+json': { schema: problem } } },
        },
      },
    },
    '/authorize': {
      get: {
        operationId: 'authorize',
        parameters: [{ name: 'client_id', in: 'query', required: true, schema: { type: 'string' } }],
        responses: { '302': { description: 'redirects back' } },
      },
    },
  },
};

describe('problem_format judges only the errors an operation documents', () => {
  it('reports an undocumented error status once, as the status, not again by a guessed error shape', async () => {
    const report = await runPattern({
      name: 'undocumented error beside a problem schema',
      document,
      app: () => {
        const server = express();
        server.post('/token', (_request, response) => void response.json({}));
        server.get('/authorize', (request, response) => {
          if (typeof request.query.client_id !== 'string')
            return void response
              .status(400)
              .type('application/problem+json')
              .send('{"title":"client_id is required"}');
          response.redirect(302, '/');
        });
        server.use(notFound);
        return server;
      },
      options: { kinds: ['negative'] },
    });
    const onAuthorize = report.findings.filter((finding) => finding.operation === 'authorize');
    expect(onAuthorize.map((finding) => finding.check)).toContain('status_code_conformance');
    expect(onAuthorize.map((finding) => finding.check)).not.toContain('problem_format');
  });
});
