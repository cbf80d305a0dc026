import express from 'express';
import type { Pattern } from './harness.js';

/**
 * Swagger 2.0 `basePath: /api/v2`: every path lives under it, and the run
 * is given only the server's root URL.
 */
export const swaggerBasePath: Pattern = {
  name: 'Swagger 2.0 basePath joined to the base URL',
  document: {
    swagger: '2.0',
    info: { title: 'base path', version: '1' },
    basePath: '/api/v2',
    produces: ['application/json'],
    paths: {
      '/status': {
        get: {
          operationId: 'getStatus',
          responses: {
            '200': {
              description: 'status',
              schema: { type: 'object', required: ['up'], properties: { up: { type: 'boolean' } } },
            },
          },
        },
      },
    },
  },
  app: () => {
    const app = express();
    app.get('/api/v2/status', (_request, response) => response.json({ up: true }));
    app.all(/.*/, (_request, response) => response.status(404).json({ message: 'not found' }));
    return app;
  },
  options: { kinds: ['positive'] },
};
