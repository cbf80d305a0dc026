// Stands in for the emit worker: answers that a target threw.
import { parentPort, workerData } from 'node:worker_threads';

parentPort.postMessage({
  kind: 'failed',
  target: workerData.jobs[0].target,
  error: {
    name: 'TypeError',
    message: 'cannot read the schema',
    stack: 'TypeError: cannot read the schema\n    at emit',
  },
});
