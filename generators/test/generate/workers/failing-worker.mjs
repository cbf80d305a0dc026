// Stands in for the emit worker: answers that a target threw.
import { parentPort } from 'node:worker_threads';

parentPort.postMessage({
  kind: 'failed',
  target: 'zod',
  error: {
    name: 'TypeError',
    message: 'cannot read the schema',
    stack: 'TypeError: cannot read the schema\n    at emit',
  },
});
