import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadSpec, SpecLoadError } from '../../src/load/index.js';

const HEADER = 'openapi: 3.1.0\ninfo:\n  title: T\n  version: 1.0.0\n';

describe('bundling external references', () => {
  let directory: string;
  beforeEach(async () => {
    directory = await mkdtemp(join(tmpdir(), 'specloom-bundle-'));
  });
  afterEach(async () => {
    await rm(directory, { recursive: true, force: true });
  });

  async function write(files: Record<string, string>): Promise<string> {
    for (const [name, text] of Object.entries(files)) {
      await mkdir(dirname(join(directory, name)), { recursive: true });
      await writeFile(join(directory, name), text);
    }
    return join(directory, 'openapi.yaml');
  }

  function responseSchema(document: Record<string, unknown>, path: string): unknown {
    const paths = document.paths as Record<
      string,
      { get: { responses: { '200': { content: Record<string, { schema: unknown }> } } } }
    >;
    return paths[path]?.get.responses['200'].content['application/json']?.schema;
  }

  const op = (schemaRef: string) =>
    `    get:\n      operationId: op${Math.abs(schemaRef.length)}\n      responses:\n        '200':\n          description: OK.\n          content:\n            application/json:\n              schema:\n                $ref: '${schemaRef}'\n`;

  it('gives two different targets with the same name distinct component names', async () => {
    const root = await write({
      'openapi.yaml': `${HEADER}paths:\n  /a:\n${op('./a/errors.yaml#/Error')}  /b:\n${op('./b/errors.yaml#/Error').replace('op', 'opB')}`,
      'a/errors.yaml': 'Error:\n  type: string\n',
      'b/errors.yaml': 'Error:\n  type: integer\n',
    });
    const spec = await loadSpec(root, { validate: false });
    expect(responseSchema(spec.document, '/a')).toEqual({ $ref: '#/components/schemas/Error' });
    expect(responseSchema(spec.document, '/b')).toEqual({ $ref: '#/components/schemas/Error2' });
    expect(spec.model.schemas.map((schema) => [schema.name, schema.schema])).toEqual([
      ['Error', { type: 'string' }],
      ['Error2', { type: 'integer' }],
    ]);
  });

  it('never takes a name the root already uses for another component', async () => {
    const root = await write({
      'openapi.yaml': `${HEADER}paths:\n  /a:\n${op('./Note.yaml')}components:\n  schemas:\n    Note:\n      type: boolean\n`,
      'Note.yaml': 'type: string\n',
    });
    const spec = await loadSpec(root, { validate: false });
    expect(responseSchema(spec.document, '/a')).toEqual({ $ref: '#/components/schemas/Note2' });
  });

  it('keeps $ref siblings and leaves $ref-shaped example data alone', async () => {
    const root = await write({
      'openapi.yaml': `${HEADER}paths: {}\ncomponents:\n  schemas:\n    Wrapper:\n      type: object\n      properties:\n        note:\n          $ref: './Note.yaml'\n          description: The note.\n      example:\n        note:\n          $ref: './does-not-exist.yaml'\n`,
      'Note.yaml': 'type: string\n',
    });
    const spec = await loadSpec(root, { validate: false });
    const wrapper = (spec.document.components as { schemas: Record<string, Record<string, unknown>> }).schemas
      .Wrapper;
    expect(wrapper?.properties).toEqual({
      note: { $ref: '#/components/schemas/Note', description: 'The note.' },
    });
    expect(wrapper?.example).toEqual({ note: { $ref: './does-not-exist.yaml' } });
  });

  it('reports every unresolved reference, not just the first', async () => {
    const root = await write({
      'openapi.yaml': `${HEADER}paths:\n  /a:\n${op('./x.yaml')}  /b:\n${op('#/components/schemas/Nope').replace('op', 'opB')}`,
    });
    const error = await loadSpec(root).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SpecLoadError);
    expect(
      (error as SpecLoadError).diagnostics.map(
        (diagnostic) => `${diagnostic.code} ${diagnostic.location?.line}`,
      ),
    ).toEqual(['SPEC_REF_UNRESOLVED 15', 'SPEC_REF_UNRESOLVED 25']);
  });

  it('refuses remote references with a clear reason', async () => {
    const root = await write({
      'openapi.yaml': `${HEADER}paths:\n  /a:\n${op('https://example.com/schemas.yaml#/Note')}`,
    });
    const error = (await loadSpec(root).catch((caught: unknown) => caught)) as SpecLoadError;
    expect(error.diagnostics[0]).toMatchObject({ code: 'SPEC_REF_REMOTE', location: { line: 15 } });
    expect(error.diagnostics[0]?.message).toContain('does not fetch over the network');
  });

  it('reports a parse error in a referenced file at that file', async () => {
    const root = await write({
      'openapi.yaml': `${HEADER}paths:\n  /a:\n${op('./Note.yaml')}`,
      'Note.yaml': 'type: [string\n',
    });
    const error = (await loadSpec(root).catch((caught: unknown) => caught)) as SpecLoadError;
    expect(error.diagnostics[0]).toMatchObject({
      code: 'SPEC_PARSE_ERROR',
      location: { file: join(directory, 'Note.yaml') },
    });
  });
});
