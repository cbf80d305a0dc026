import { describe, expect, it } from 'vitest';
import { documentWith, findings } from './lint-spec.js';

const schemes = { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } };
const CODES = ['SECURED_OPERATION_MISSING_401'];

describe('SECURED_OPERATION_MISSING_401', () => {
  it.each([
    [
      'global security, no 401',
      { security: [{ bearer: [] }] },
      {},
      { '200': { description: 'OK.' } },
      ['SECURED_OPERATION_MISSING_401 #/paths/~1a/get/responses'],
    ],
    [
      'global security with a 401',
      { security: [{ bearer: [] }] },
      {},
      { '200': { description: 'OK.' }, '401': { description: 'No.' } },
      [],
    ],
    [
      'global security with a 4XX range',
      { security: [{ bearer: [] }] },
      {},
      { '200': { description: 'OK.' }, '4XX': { description: 'No.' } },
      [],
    ],
    [
      'operation opts out with security: []',
      { security: [{ bearer: [] }] },
      { security: [] },
      { '200': { description: 'OK.' } },
      [],
    ],
    [
      'optional authentication ({} alternative)',
      {},
      { security: [{ bearer: [] }, {}] },
      { '200': { description: 'OK.' } },
      [],
    ],
    [
      'operation-level security, no 401',
      {},
      { security: [{ bearer: [] }] },
      { '200': { description: 'OK.' } },
      ['SECURED_OPERATION_MISSING_401 #/paths/~1a/get/responses'],
    ],
    ['no security at all', {}, {}, { '200': { description: 'OK.' } }, []],
  ])('%s', (_name, documentLevel, operationLevel, responses, want) => {
    const document = documentWith(
      { '/a': { get: { operationId: 'getA', ...operationLevel, responses } } },
      schemes,
      documentLevel,
    );
    expect(findings(document, CODES)).toEqual(want);
  });
});
