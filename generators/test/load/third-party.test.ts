import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/diagnostics/types.js';
import { loadSpec, SpecLoadError } from '../../src/load/index.js';

/** Real-world oddities, one folder each (see its README for where each pattern comes from). */
const THIRD_PARTY = resolve(import.meta.dirname, '../fixtures/third-party');

/** `CODE file:line` of each diagnostic, the file relative to the fixture folder. */
function located(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.map(
    (diagnostic) =>
      `${diagnostic.code} ${diagnostic.location?.file.slice(THIRD_PARTY.length + 1)}:${diagnostic.location?.line}`,
  );
}

async function failure(path: string): Promise<SpecLoadError> {
  const error = await loadSpec(resolve(THIRD_PARTY, path)).catch((caught: unknown) => caught);
  if (error instanceof SpecLoadError) return error;
  throw new Error(`${path} loaded, but should have failed`);
}

describe('third-party specs that load', () => {
  it.each([
    ['YAML merge keys and aliases', 'yaml-merge-keys/openapi.yaml', []],
    [
      'springfox `originalRef` beside every $ref (one warning for the kind)',
      'swagger2-original-ref/swagger.json',
      ['SPEC_REF_SIBLING_IGNORED swagger2-original-ref/swagger.json:13'],
    ],
    [
      'OpenAPI 3.0 description beside $ref (nullable beside $ref is honoured, not reported)',
      'oas30-ref-siblings/openapi.yaml',
      ['SPEC_REF_SIBLING_IGNORED oas30-ref-siblings/openapi.yaml:16'],
    ],
    [
      'tuple-form items in Swagger 2.0',
      'swagger2-tuple-items/swagger.yaml',
      ['SCHEMA_ITEMS_TUPLE swagger2-tuple-items/swagger.yaml:18'],
    ],
    [
      'tuple-form items in OpenAPI 3.0 (the meta-schema error is replaced by the warning)',
      'oas30-tuple-items/openapi.yaml',
      ['SCHEMA_ITEMS_TUPLE oas30-tuple-items/openapi.yaml:16'],
    ],
    [
      'nullable without type in OpenAPI 3.0',
      'oas30-nullable-without-type/openapi.yaml',
      ['SCHEMA_NULLABLE_WITHOUT_TYPE oas30-nullable-without-type/openapi.yaml:27'],
    ],
    [
      'examples (3.1 keyword) on an OpenAPI 3.0 schema',
      'oas30-schema-examples/openapi.yaml',
      ['SCHEMA_EXAMPLES_MISPLACED oas30-schema-examples/openapi.yaml:23'],
    ],
    [
      'examples written as a list on a media type',
      'oas30-media-examples-list/openapi.yaml',
      ['SCHEMA_EXAMPLES_MISPLACED oas30-media-examples-list/openapi.yaml:19'],
    ],
    [
      'type: file in an OpenAPI 3 request body',
      'oas30-type-file/openapi.yaml',
      ['SCHEMA_TYPE_FILE oas30-type-file/openapi.yaml:16'],
    ],
    ['$ref-shaped values in example, default, enum and const', 'ref-shaped-data/openapi.yaml', []],
  ])('%s', async (_name, path, want) => {
    const spec = await loadSpec(resolve(THIRD_PARTY, path));
    expect(located(spec.diagnostics)).toEqual(want);
    expect(spec.model.operations.length).toBeGreaterThan(0);
  });

  it('merges `<<: *anchor` into the object and locates merged keys where they are written', async () => {
    const spec = await loadSpec(resolve(THIRD_PARTY, 'yaml-merge-keys/openapi.yaml'));
    const pet = spec.model.schemas.find((schema) => schema.name === 'Pet')?.schema;
    expect(pet).toMatchObject({
      type: 'object',
      required: ['name'],
      properties: { tag: { type: 'string' } },
    });
    expect(spec.model.operations[0]?.parameters.map((parameter) => parameter.name)).toEqual(['limit']);
    // `required` of Pet comes from the `Named` anchor at line 38.
    expect(spec.locate('#/components/schemas/Pet/required')?.line).toBe(38);
  });

  it('keeps $ref-shaped data as data', async () => {
    const spec = await loadSpec(resolve(THIRD_PARTY, 'ref-shaped-data/openapi.yaml'));
    const stored = spec.model.schemas.find((schema) => schema.name === 'StoredSchema')?.schema;
    expect(stored).toMatchObject({
      default: { $ref: 'https://example.com/schema.json' },
      properties: { kind: { enum: [{ $ref: '#/nowhere' }] }, pinned: { const: { $ref: '#/also/nowhere' } } },
    });
  });

  it('drops ignored siblings from Swagger 2.0 and converts the rest', async () => {
    const spec = await loadSpec(resolve(THIRD_PARTY, 'swagger2-original-ref/swagger.json'));
    expect(spec.diagnostics[0]?.message).toBe(
      '"originalRef" next to $ref is ignored: in Swagger 2.0 a $ref replaces the whole object (2 places; the first is shown)',
    );
    expect(JSON.stringify(spec.document)).not.toContain('originalRef');
  });

  it('reads 2.0 tuple items as anyOf items (as the converter does) and type: file as a binary string', async () => {
    const tuple = await loadSpec(resolve(THIRD_PARTY, 'swagger2-tuple-items/swagger.yaml'));
    expect(tuple.model.schemas[0]?.schema).toMatchObject({
      items: { anyOf: [{ type: 'number' }, { type: 'number' }] },
    });
    expect(tuple.diagnostics[0]?.message).toContain('read as `items: { anyOf: [...] }`');
    const file = await loadSpec(resolve(THIRD_PARTY, 'oas30-type-file/openapi.yaml'));
    expect(file.model.operations[0]?.requestBody?.content[0]?.schema).toMatchObject({
      properties: { file: { type: 'string', format: 'binary' } },
    });
  });

  it('resolves remote references from a configured local mirror', async () => {
    const spec = await loadSpec(resolve(THIRD_PARTY, 'remote-ref/openapi.yaml'), {
      mirrors: { 'https://schemas.example.com/': resolve(THIRD_PARTY, 'remote-ref/vendor') },
    });
    expect(spec.files).toContain(resolve(THIRD_PARTY, 'remote-ref/vendor/schemas/pet.yaml'));
    expect(spec.model.schemas.map((schema) => schema.name)).toEqual(['Pet']);
  });
});

describe("third-party specs that do not load, and say why in a person's words", () => {
  it.each([
    [
      'a Swagger 2.0 path parameter with required: false',
      'swagger2-path-parameter-optional/swagger.yaml',
      'SPEC_PARAMETER_INVALID swagger2-path-parameter-optional/swagger.yaml:13',
      'path parameter `a` must be required: true (a path parameter is always present)',
    ],
    [
      'an OpenAPI 3.0 path parameter with required: false',
      'oas30-path-parameter-optional/openapi.yaml',
      'SPEC_PARAMETER_INVALID oas30-path-parameter-optional/openapi.yaml:12',
      'path parameter `a` must be required: true (a path parameter is always present)',
    ],
    [
      'a body parameter without schema',
      'swagger2-body-without-schema/swagger.yaml',
      'SPEC_PARAMETER_INVALID swagger2-body-without-schema/swagger.yaml:11',
      'body parameter `pet` has no `schema`; describe the request body with `schema: { ... }`',
    ],
    [
      'an OpenAPI 3.1 schema with `type: bool` (the 3.1 schema leaves Schema Objects to JSON Schema)',
      'oas31-type-typo/openapi.yaml',
      'SCHEMA_TYPE_UNKNOWN oas31-type-typo/openapi.yaml:14',
      '`type: bool` is not a JSON Schema type; did you mean `boolean`?',
    ],
    [
      'an OpenAPI 3.0 schema with `type: bool` (one message instead of the meta-schema list)',
      'oas30-type-typo/openapi.yaml',
      'SCHEMA_TYPE_UNKNOWN oas30-type-typo/openapi.yaml:14',
      '`type: bool` is not a JSON Schema type; did you mean `boolean`?',
    ],
    [
      'two references to one remote document (one error, at the first)',
      'remote-ref/openapi.yaml',
      'SPEC_REF_REMOTE remote-ref/openapi.yaml:15',
      '$ref "https://schemas.example.com/schemas/pet.yaml#/Pet" points to a remote document (https://schemas.example.com/schemas/pet.yaml); specloom does not fetch over the network (2 references to it; this is the first)',
    ],
  ])('%s', async (_name, path, want, message) => {
    const error = await failure(path);
    expect(located(error.diagnostics)).toEqual([want]);
    expect(error.diagnostics[0]?.message).toBe(message);
  });
});
