import { describe, expect, it } from 'vitest';
import { DIAGNOSTICS } from '../../src/diagnostics/codes.js';
import { effectiveRuleSettings, lint, parseProfileName, RULES } from '../../src/lint/index.js';
import { normalize } from '../../src/model/normalize.js';
import { documentWith } from './lint-spec.js';

/** A valid spec that breaks every house style rule and one correctness rule. */
const document = documentWith(
  {
    '/things': {
      get: {
        operationId: 'list_things',
        security: [{ key: [] }],
        responses: {
          '200': { description: 'OK.' },
          '404': { description: 'Missing.', content: { 'application/json': { schema: { type: 'object' } } } },
        },
      },
    },
    '/other': { get: { operationId: 'list_things', responses: { '200': { description: 'OK.' } } } },
  },
  { securitySchemes: { key: { type: 'apiKey', in: 'header', name: 'X-Key' } } },
);

function codes(settings: Parameters<typeof lint>[1]): string[] {
  const spec = { document, model: normalize(document), locate: () => undefined };
  return [
    ...new Set(lint(spec, settings).map((diagnostic) => `${diagnostic.code} ${diagnostic.severity}`)),
  ].sort();
}

describe('lint profiles', () => {
  it.each([
    ['no settings: specloom:recommended, correctness only', {}, ['OPERATION_ID_DUPLICATE error']],
    [
      'specloom:strict: style rules too, at their registered severities',
      { extends: 'specloom:strict' as const },
      [
        'ERROR_RESPONSE_NOT_PROBLEM error',
        'OPERATION_ID_DUPLICATE error',
        'OPERATION_ID_NOT_CAMEL_CASE warning',
        'SECURED_OPERATION_MISSING_401 error',
      ],
    ],
    [
      'recommended with one style rule opted in',
      { rules: { OPERATION_ID_NOT_CAMEL_CASE: 'error' as const } },
      ['OPERATION_ID_DUPLICATE error', 'OPERATION_ID_NOT_CAMEL_CASE error'],
    ],
    [
      'strict with a rule turned off',
      { extends: 'specloom:strict' as const, rules: { ERROR_RESPONSE_NOT_PROBLEM: 'off' as const } },
      [
        'OPERATION_ID_DUPLICATE error',
        'OPERATION_ID_NOT_CAMEL_CASE warning',
        'SECURED_OPERATION_MISSING_401 error',
      ],
    ],
  ])('%s', (_name, settings, want) => {
    expect(codes(settings)).toEqual(want);
  });

  it('turns every style rule off in recommended and keeps every correctness rule on', () => {
    const settings = effectiveRuleSettings({});
    for (const rule of RULES) {
      for (const code of rule.codes) {
        if (rule.category === 'style') expect(settings[code]).toBe('off');
        else expect(settings[code]).not.toBe('off');
      }
    }
  });

  it('keeps a finding OpenAPI allows (an example that does not match) a warning unless strict', () => {
    expect(effectiveRuleSettings({}).EXAMPLE_INVALID).toBe('warning');
    expect(effectiveRuleSettings({ extends: 'specloom:strict' }).EXAMPLE_INVALID).toBe(
      DIAGNOSTICS.EXAMPLE_INVALID.severity,
    );
  });

  it.each([
    ['strict', 'specloom:strict'],
    ['specloom:recommended', 'specloom:recommended'],
    ['loose', undefined],
  ])('parses the profile name %s', (text, want) => {
    expect(parseProfileName(text)).toBe(want);
  });
});
