import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSpec, SpecLoadError } from '../../src/load/index.js';

const BROKEN = resolve(import.meta.dirname, '../fixtures/broken');

async function loadFailure(path: string): Promise<SpecLoadError> {
  try {
    await loadSpec(resolve(BROKEN, path));
  } catch (error) {
    if (error instanceof SpecLoadError) return error;
    throw error;
  }
  throw new Error(`${path} loaded, but should have failed`);
}

describe('loadSpec on broken specs', () => {
  it.each([
    [
      'a missing root file',
      'missing/openapi.yaml',
      { code: 'SPEC_FILE_NOT_FOUND', file: 'missing/openapi.yaml', line: 1 },
    ],
    [
      'bad YAML',
      'bad-yaml/openapi.yaml',
      { code: 'SPEC_PARSE_ERROR', file: 'bad-yaml/openapi.yaml', line: 10 },
    ],
    [
      'bad JSON',
      'bad-json/openapi.json',
      { code: 'SPEC_PARSE_ERROR', file: 'bad-json/openapi.json', line: 8 },
    ],
    [
      'an unresolved ref in another file',
      'unresolved-ref/openapi.yaml',
      { code: 'SPEC_REF_UNRESOLVED', file: 'unresolved-ref/paths/notes.yaml', line: 9 },
    ],
    [
      'an unresolved internal ref',
      'unresolved-internal-ref/openapi.yaml',
      { code: 'SPEC_REF_UNRESOLVED', file: 'unresolved-internal-ref/openapi.yaml', line: 12 },
    ],
    [
      'a $ref chain that loops on itself',
      'circular-ref/openapi.yaml',
      { code: 'SPEC_REF_CIRCULAR', file: 'circular-ref/openapi.yaml', line: 9 },
    ],
    [
      'a $ref chain that loops across files',
      'circular-file-ref/openapi.yaml',
      { code: 'SPEC_REF_CIRCULAR', file: 'circular-file-ref/b.yaml', line: 1 },
    ],
    [
      'an unknown version',
      'unknown-version/openapi.yaml',
      { code: 'SPEC_VERSION_UNSUPPORTED', file: 'unknown-version/openapi.yaml', line: 2 },
    ],
    [
      'a file that is not OpenAPI',
      'not-openapi/openapi.yaml',
      { code: 'SPEC_NOT_OPENAPI', file: 'not-openapi/openapi.yaml', line: 1 },
    ],
    [
      'a schema-invalid document',
      'schema-invalid/openapi.yaml',
      { code: 'SPEC_SCHEMA_INVALID', file: 'schema-invalid/openapi.yaml', line: 12 },
    ],
  ])('reports %s with its code, file and line', async (_name, path, want) => {
    const error = await loadFailure(path);
    expect(error.diagnostics).toHaveLength(1);
    const [diagnostic] = error.diagnostics;
    expect({
      code: diagnostic?.code,
      file: diagnostic?.location?.file,
      line: diagnostic?.location?.line,
    }).toEqual({ ...want, file: resolve(BROKEN, want.file) });
    expect(diagnostic?.severity).toBe('error');
  });

  it('names the reference and the file it points to when a ref cannot be resolved', async () => {
    const [diagnostic] = (await loadFailure('unresolved-ref/openapi.yaml')).diagnostics;
    expect(diagnostic?.message).toContain('"../schemas/Missing.yaml"');
    expect(diagnostic?.message).toContain('Missing.yaml does not exist');
  });

  it('names the unexpected property of a schema-invalid document', async () => {
    const [diagnostic] = (await loadFailure('schema-invalid/openapi.yaml')).diagnostics;
    expect(diagnostic?.message).toContain('unexpected property "contnet"');
  });

  it('explains a YAML syntax error without a stack trace', async () => {
    const [diagnostic] = (await loadFailure('bad-yaml/openapi.yaml')).diagnostics;
    expect(diagnostic?.message).toMatch(/^YAML syntax error: /);
    expect(diagnostic?.message).not.toMatch(/\n\s+at /);
  });
});
