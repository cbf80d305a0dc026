import { describe, expect, it } from 'vitest';
import { unacceptable } from '../../src/server/templates/accept.js';
import type { ResponseDescriptor } from '../../src/server/templates/descriptors.js';
import { chooseStatus } from '../../src/server/templates/documented-status.js';

const responses = (...statuses: string[]): ResponseDescriptor[] =>
  statuses.map((status) => ({
    status,
    headers: [],
    media: [{ mediaType: 'application/json', kind: 'json' }],
  }));

describe('chooseStatus', () => {
  it.each([
    ['the first fitting status documented', ['201', '400', '422'], [422, 400], 422, undefined],
    ['the next one when the first is not', ['201', '400'], [422, 400], 400, undefined],
    ['a status class counts as documenting its codes', ['201', '4XX'], [415, 400], 415, undefined],
    ['default, said so', ['201', 'default'], [415, 400, 422], 415, /its default response is used$/],
    ['the failure’s own status when nothing fits, said so', ['200', '404'], [400, 422], 400, /no default/],
  ])('picks %s', (_name, documented, statuses, status, fallback) => {
    const chosen = chooseStatus('op', responses(...documented), statuses);
    expect(chosen.status).toBe(status);
    if (fallback) expect(chosen.fallback).toMatch(fallback);
    else expect(chosen.fallback).toBeUndefined();
  });

  it('says which statuses were looked for', () => {
    expect(chooseStatus('createPet', responses('201'), [422, 400]).fallback).toBe(
      'createPet documents no 422 or 400 response and no default; the status is not in the spec',
    );
  });
});

describe('unacceptable', () => {
  const json = responses('200');
  it.each([
    ['no Accept header', undefined, false],
    ['an exact match', 'application/json', false],
    ['a wildcard', '*/*', false],
    ['a type wildcard', 'application/*', false],
    ['a match among others, with parameters', 'text/html, application/json;q=0.5', false],
    ['only other types', 'text/html, application/xml', true],
    ['a match refused with q=0', 'application/json;q=0, text/html', true],
  ])('with %s (Accept: %s), refused is %s', (_name, accept, refused) => {
    expect(unacceptable(accept, json) !== undefined).toBe(refused);
  });

  it('never refuses when a success has no content (e.g. 204)', () => {
    expect(unacceptable('text/html', [...json, { status: '204', headers: [], media: [] }])).toBeUndefined();
  });

  it('lists what could be answered', () => {
    expect(unacceptable('text/html', json)).toEqual(['application/json']);
  });
});
