import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSpec } from '../../src/load/index.js';

const SPECS = resolve(import.meta.dirname, '../fixtures/specs');

/** Every `$ref` string in a value. */
function refsIn(value: unknown, found: string[] = []): string[] {
  if (Array.isArray(value)) for (const item of value) refsIn(item, found);
  else if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      if (key === '$ref' && typeof child === 'string') found.push(child);
      else refsIn(child, found);
    }
  }
  return found;
}

describe('loadSpec on valid specs', () => {
  it.each([
    ['OAS 3.0 with nullable', 'oas30-nullable/openapi.yaml', '3.0.3', ['getNote']],
    ['OAS 3.1', 'oas31/openapi.yaml', '3.1.0', ['listNotes']],
    ['Swagger 2.0', 'swagger2/swagger.yaml', '2.0', ['getNote']],
    ['a multi-file spec', 'multi-file/openapi.yaml', '3.1.0', ['listNotes']],
  ])('loads %s', async (_name, path, version, operationIds) => {
    const spec = await loadSpec(join(SPECS, path));
    expect(spec.sourceVersion).toBe(version);
    expect(spec.model.operations.map((operation) => operation.operationId)).toEqual(operationIds);
    expect(spec.files[0]).toBe(join(SPECS, path));
    expect(refsIn(spec.document).every((ref) => ref.startsWith('#/'))).toBe(true);
    expect(spec.diagnostics).toEqual([]);
  });

  it('folds OAS 3.0 nullable into the model and locates the node it came from', async () => {
    const spec = await loadSpec(join(SPECS, 'oas30-nullable/openapi.yaml'));
    const note = spec.model.schemas.find((schema) => schema.name === 'Note');
    expect(note?.schema).toMatchObject({ properties: { archivedAt: { type: ['string', 'null'] } } });
    expect(spec.locate('#/components/schemas/Note/properties/archivedAt')).toEqual({
      file: spec.root,
      line: 41,
      column: 9,
    });
  });

  it('converts Swagger 2.0 and locates converted nodes in the 2.0 source', async () => {
    const spec = await loadSpec(join(SPECS, 'swagger2/swagger.yaml'));
    expect(spec.document.openapi).toMatch(/^3\.0\./);
    expect(spec.model.schemas.map((schema) => schema.name)).toEqual(['Note']);
    expect(spec.locate('#/components/schemas/Note/properties/title')).toMatchObject({ line: 30 });
    expect(
      spec.locate('#/paths/~1notes~1{noteId}/get/responses/200/content/application~1json/schema'),
    ).toMatchObject({ line: 21 });
  });

  describe('a multi-file spec', () => {
    const root = join(SPECS, 'multi-file/openapi.yaml');

    it('keeps the names the root gives to component files and references them internally', async () => {
      const spec = await loadSpec(root);
      const schemas = spec.document.components as {
        schemas: Record<string, { properties?: Record<string, unknown> }>;
      };
      expect(Object.keys(schemas.schemas)).toEqual(['Note', 'Folder', 'Problem', 'Label']);
      // A file the root names is referenced by that name from any other file, too.
      const responses = (spec.document.components as { responses: Record<string, unknown> }).responses;
      expect(responses.BadRequest).toMatchObject({
        content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
      });
      expect(schemas.schemas.Note?.properties?.folder).toEqual({ $ref: '#/components/schemas/Folder' });
      // Note and Folder refer to each other across files: a recursive schema, kept as references.
      expect(schemas.schemas.Folder?.properties?.notes).toEqual({
        type: 'array',
        items: { $ref: '#/components/schemas/Note' },
      });
    });

    it('hoists unlisted external targets under a name derived from the pointer, by the kind of position', async () => {
      const spec = await loadSpec(root);
      const components = spec.document.components as Record<string, Record<string, unknown>>;
      expect(Object.keys(components.parameters ?? {})).toEqual(['Limit']);
      expect(Object.keys(components.responses ?? {})).toEqual(['BadRequest']);
      // `#/$defs/Label` inside schemas/Note.yaml is relative to that file.
      expect(components.schemas?.Label).toEqual({ type: 'string', maxLength: 20 });
    });

    it('inlines a referenced path item so operations stay under #/paths', async () => {
      const spec = await loadSpec(root);
      expect(spec.model.operations[0]?.pointer).toBe('#/paths/~1notes/get');
      expect(spec.locate('#/paths/~1notes/get')).toEqual({
        file: join(SPECS, 'multi-file/paths/notes.yaml'),
        line: 1,
        column: 1,
      });
    });

    it('lists every file read, root first', async () => {
      const spec = await loadSpec(root);
      const relative = spec.files.map((file) => file.slice(join(SPECS, 'multi-file').length + 1));
      expect(relative).toEqual([
        'openapi.yaml',
        'paths/notes.yaml',
        'schemas/Folder.yaml',
        'schemas/Note.yaml',
        'schemas/Problem.yaml',
        'shared/parameters.yaml',
        'shared/responses.yaml',
      ]);
    });

    it.each([
      ['#/components/schemas/Note/properties/title', 'schemas/Note.yaml', 6],
      ['#/components/schemas/Label/maxLength', 'schemas/Note.yaml', 15],
      ['#/components/parameters/Limit/schema/maximum', 'shared/parameters.yaml', 7],
      ['#/components/responses/BadRequest/content', 'shared/responses.yaml', 3],
      ['#/paths/~1notes/get/responses/200/description', 'paths/notes.yaml', 7],
      ['#/info/title', 'openapi.yaml', 3],
    ])('locates %s in %s line %i', async (pointer, file, line) => {
      const spec = await loadSpec(root);
      expect(spec.locate(pointer)).toMatchObject({ file: join(SPECS, 'multi-file', file), line });
    });
  });

  describe('JSON input', () => {
    let directory: string;
    beforeAll(async () => {
      directory = await mkdtemp(join(tmpdir(), 'specloom-load-'));
    });
    afterAll(async () => {
      await rm(directory, { recursive: true, force: true });
    });

    it('locates nodes of a JSON file by line and column', async () => {
      const document = {
        openapi: '3.1.0',
        info: { title: 'JSON', version: '1' },
        paths: {
          '/a/b': { get: { operationId: 'getAB', responses: { '204': { description: 'No content.' } } } },
        },
      };
      const path = join(directory, 'openapi.json');
      await writeFile(path, JSON.stringify(document, null, 2));
      const spec = await loadSpec(path);
      expect(spec.locate('#/paths/~1a~1b/get/operationId')).toEqual({ file: path, line: 10, column: 9 });
      // A pointer past the last existing node lands on its deepest existing ancestor.
      expect(spec.locate('#/paths/~1a~1b/get/requestBody')).toEqual({ file: path, line: 9, column: 7 });
    });
  });

  it("loads GitHub's REST API description (one 13 MB JSON file) without validation quickly enough to lint", async () => {
    const path = resolve(
      import.meta.dirname,
      '../../../node_modules/@octokit/openapi/generated/api.github.com.json',
    );
    const spec = await loadSpec(path, { validate: false });
    expect(spec.model.operations.length).toBeGreaterThan(900);
    const operation = spec.model.operations.find((candidate) => candidate.operationId === 'repos/get');
    expect(operation).toBeDefined();
    const location = spec.locate(`${operation?.pointer}/operationId`);
    expect(location?.file).toBe(path);
    expect(location?.line).toBeGreaterThan(1);
  });
});
