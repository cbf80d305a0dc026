import express from 'express';
import type { Pattern } from './harness.js';

const event = { type: 'object', required: ['seq'], properties: { seq: { type: 'integer' } } };

/**
 * Streams that never end on their own: Server-Sent Events, NDJSON and JSON
 * Lines that keep sending items, and a JSON text sequence. A bounded prefix
 * is read and each complete item checked; none of them is "no answer".
 */
export const endlessStreams: Pattern = {
  name: 'documented streaming responses that never end',
  document: {
    openapi: '3.1.0',
    info: { title: 'streams', version: '1' },
    paths: Object.fromEntries(
      ['text/event-stream', 'application/x-ndjson', 'application/jsonl', 'application/json-seq'].map(
        (type, index) => [
          `/stream${index}`,
          {
            get: {
              operationId: `stream${index}`,
              responses: { '200': { description: type, content: { [type]: { schema: event } } } },
            },
          },
        ],
      ),
    ),
  },
  app: () => {
    const app = express();
    const types = ['text/event-stream', 'application/x-ndjson', 'application/jsonl', 'application/json-seq'];
    types.forEach((type, index) => {
      app.get(`/stream${index}`, (request, response) => {
        response.status(200).type(type);
        response.flushHeaders();
        let seq = 0;
        const write = () => {
          const item = JSON.stringify({ seq: seq++ });
          if (type === 'text/event-stream') response.write(`data: ${item}\n\n`);
          else if (type === 'application/json-seq') response.write(`\u001e${item}\n`);
          else response.write(`${item}\n`);
        };
        write();
        const timer = setInterval(write, 50);
        request.on('close', () => clearInterval(timer));
      });
    });
    return app;
  },
  options: { requestTimeout: 3000, kinds: ['positive', 'negative', 'method'] },
};
