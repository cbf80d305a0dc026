import { faker } from '@faker-js/faker/locale/en';
import { describe, expect, it } from 'vitest';
import { type DataContext, valueFor } from '../../src/mock/engine/respond.js';
import { SchemaValidators } from '../../src/mock/engine/validators.js';
import type { MediaTypeModel } from '../../src/model/types.js';
import { createRealism } from '../../src/sampling/index.js';

const context: DataContext = {
  scope: { document: {} },
  validators: new SchemaValidators([]),
  realism: createRealism(faker, Date.UTC(2026, 0, 1)),
};
const media = {
  mediaType: 'application/json',
  schema: {
    type: 'object',
    required: ['email', 'tags'],
    properties: {
      email: { type: 'string', format: 'email' },
      tags: { type: 'array', items: { type: 'string' } },
    },
  },
  examples: [],
  pointer: '#/paths/~1users/get/responses/200/content/application~1json',
} as unknown as MediaTypeModel;

describe('generated response values are computed once per seed', () => {
  it('when the same choice is asked twice, then both answers are equal and valid', () => {
    const choice = { dynamic: true, seed: 'users' };
    const first = valueFor(media, choice, context);
    expect(context.validators.valid(media.schema, first, 'response')).toBe(true);
    expect(valueFor(media, choice, context)).toEqual(first);
  });

  it('when a caller changes the value it got, then the next answer is unchanged', () => {
    const choice = { dynamic: true, seed: 'copies' };
    const first = valueFor(media, choice, context) as { email: string; tags: string[] };
    const pristine = structuredClone(first);
    first.email = 'changed';
    first.tags.push('changed');
    expect(valueFor(media, choice, context)).toEqual(pristine);
  });
});
