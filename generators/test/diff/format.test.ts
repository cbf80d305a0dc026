import { describe, expect, it } from 'vitest';
import { diffSpecs } from '../../src/diff/diff.js';
import { formatDiff } from '../../src/diff/format.js';
import { normalize } from '../../src/model/normalize.js';
import { specWith } from './helpers.js';

const base = specWith({
  request: { type: 'object', properties: { title: { type: 'string', maxLength: 200 } } },
  response: {
    type: 'object',
    properties: { id: { type: 'string' }, status: { type: 'string', enum: ['open'] } },
    required: ['id'],
  },
});
const head = specWith({
  request: {
    type: 'object',
    properties: { title: { type: 'string', maxLength: 100 }, tag: { type: 'string' } },
  },
  response: {
    type: 'object',
    properties: { id: { type: 'string' }, status: { type: 'string', enum: ['open', 'done'] } },
  },
});
const result = diffSpecs(
  normalize(base, { sourceVersion: '3.1.0' }),
  normalize(head, { sourceVersion: '3.1.0' }),
);

describe('diff output formats', () => {
  it.each([
    ['text', 'diff.txt'],
    ['markdown', 'diff.md'],
    ['json', 'diff.json'],
  ] as const)('prints %s as in the golden file', async (format, file) => {
    await expect(formatDiff(result, format, '/')).toMatchFileSnapshot(`__golden__/${file}`);
  });

  it('counts each class', () => {
    expect(result.counts).toEqual({ breaking: 3, 'potentially-breaking': 0, 'non-breaking': 1 });
  });
});
