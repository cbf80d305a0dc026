import { describe, expect, it } from 'vitest';
import { describePlace } from '../../src/load/document-place.js';
import { schemaErrors } from '../../src/load/schema-errors.js';

describe('meta-schema errors, in the words of the document', () => {
  it.each([
    ['', 'the document'],
    ['/info', 'info'],
    ['/paths/~1pets~1{petId}', 'path /pets/{petId}'],
    ['/paths/~1pets~1{petId}/delete/responses/204', 'DELETE /pets/{petId} › response 204'],
    ['/paths/~1pets/post/parameters/0/schema', 'POST /pets › parameter 1 › schema'],
    ['/paths/~1pets/post/requestBody/content', 'POST /pets › request body › content'],
    ['/paths/~1pets/parameters/1', 'path /pets › parameter 2'],
    ['/components/schemas/Pet/properties/name', 'schema Pet › properties › name'],
    ['/components/securitySchemes/bearer', 'security scheme bearer'],
    ['/definitions/Pet/properties/a~0b', 'schema Pet › properties › a~b'],
    ['/webhooks/newPet/post/responses/200', 'POST webhook newPet › response 200'],
  ])('names %s as "%s"', (pointer, place) => {
    expect(describePlace(pointer)).toBe(place);
  });

  it('names both the missing and the unexpected property of one object in one run', () => {
    const document = {
      openapi: '3.0.3',
      info: { title: 't', version: '1' },
      paths: { '/pets/{petId}': { delete: { responses: { '204': { summary: 'Deleted' } } } } },
    };
    expect(schemaErrors(document, '3.0.3')).toEqual([
      {
        pointer: '#/paths/~1pets~1{petId}/delete/responses/204',
        message: 'DELETE /pets/{petId} › response 204 is missing the required property "description"',
      },
      {
        pointer: '#/paths/~1pets~1{petId}/delete/responses/204/summary',
        message:
          'DELETE /pets/{petId} › response 204 has an unexpected property "summary"; remove it or prefix it with x-',
      },
    ]);
  });
});
