import { describe, expect, it } from 'vitest';
import { createDiagnostic, DIAGNOSTICS, formatTemplate } from '../../src/diagnostics/codes.js';
import { formatDiagnosticLine, formatSummary, sortDiagnostics } from '../../src/diagnostics/format.js';

describe('diagnostic registry', () => {
  it('keeps every code and default severity stable (change this list deliberately)', () => {
    const registry = Object.values(DIAGNOSTICS).map(({ code, severity }) => `${code} ${severity}`);
    expect(registry).toEqual([
      'SPEC_FILE_NOT_FOUND error',
      'SPEC_PARSE_ERROR error',
      'SPEC_REF_UNRESOLVED error',
      'SPEC_REF_CIRCULAR error',
      'SPEC_VERSION_UNSUPPORTED error',
      'SPEC_NOT_OPENAPI error',
      'SPEC_SCHEMA_INVALID error',
      'SPEC_CONVERSION_FAILED error',
      'SPEC_LOAD_FAILED error',
      'SPEC_REF_REMOTE error',
      'SPEC_REF_SIBLING_IGNORED warning',
      'SPEC_PARAMETER_INVALID error',
      'SCHEMA_ITEMS_TUPLE warning',
      'SCHEMA_NULLABLE_WITHOUT_TYPE warning',
      'SCHEMA_EXAMPLES_MISPLACED warning',
      'SCHEMA_TYPE_FILE warning',
      'SCHEMA_TYPE_UNKNOWN error',
      'SCHEMA_ARRAY_WITHOUT_ITEMS warning',
      'SCHEMA_REQUIRED_PROPERTY_UNKNOWN warning',
      'OPERATION_ID_MISSING error',
      'OPERATION_ID_NOT_CAMEL_CASE warning',
      'OPERATION_ID_DUPLICATE error',
      'ERROR_RESPONSE_NOT_PROBLEM error',
      'SECURED_OPERATION_MISSING_401 error',
      'EXAMPLE_INVALID error',
      'PATH_PARAMETER_MISMATCH error',
      'COMPONENT_UNUSED warning',
      'PAGINATION_INCONSISTENT warning',
      'ZOD_UNSUPPORTED_CONSTRUCT warning',
      'SDK_PARAMETER_NAME_CLASH warning',
      'CONFIG_NOT_FOUND error',
      'CONFIG_INVALID error',
      'CONFIG_LOAD_FAILED error',
    ]);
  });

  it.each(
    Object.entries(DIAGNOSTICS),
  )('%s is keyed by its own code, SCREAMING_SNAKE, with a message and help text', (key, definition) => {
    expect(definition.code).toBe(key);
    expect(key).toMatch(/^[A-Z][A-Z0-9]*(_[A-Z0-9]+)+$/);
    expect(definition.message.length).toBeGreaterThan(3);
    expect(definition.help.length).toBeGreaterThan(10);
  });
});

describe('formatting', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(formatTemplate('{a} and {b}', { a: 'x' })).toBe('x and {b}');
  });

  it('creates a diagnostic with the default severity unless overridden', () => {
    const location = { file: '/repo/openapi.yaml', line: 3, column: 5 };
    expect(createDiagnostic('COMPONENT_UNUSED', { kind: 'schemas', name: 'Old' }, { location })).toEqual({
      code: 'COMPONENT_UNUSED',
      severity: 'warning',
      message: 'Component schemas "Old" is never referenced; use it or remove it',
      location,
    });
    expect(
      createDiagnostic('COMPONENT_UNUSED', { kind: 'schemas', name: 'Old' }, { severity: 'error' }).severity,
    ).toBe('error');
  });

  it('prints file:line:col severity CODE message with the file relative to cwd', () => {
    const diagnostic = createDiagnostic(
      'SPEC_PARSE_ERROR',
      { format: 'YAML', reason: 'bad indent' },
      { location: { file: '/repo/api/openapi.yaml', line: 7, column: 2 } },
    );
    expect(formatDiagnosticLine(diagnostic, '/repo')).toBe(
      'api/openapi.yaml:7:2 error SPEC_PARSE_ERROR YAML syntax error: bad indent',
    );
  });

  it('sorts by file, then line, then column', () => {
    const at = (file: string, line: number, column = 1) =>
      createDiagnostic(
        'SPEC_LOAD_FAILED',
        { reason: `${file}:${line}:${column}` },
        { location: { file, line, column } },
      );
    const sorted = sortDiagnostics([
      at('/b.yaml', 1),
      at('/a.yaml', 9),
      at('/a.yaml', 2, 7),
      at('/a.yaml', 2, 3),
    ]);
    expect(sorted.map((diagnostic) => diagnostic.message.split(': ')[1])).toEqual([
      '/a.yaml:2:3',
      '/a.yaml:2:7',
      '/a.yaml:9:1',
      '/b.yaml:1:1',
    ]);
  });

  it.each([
    [[], 'no problems'],
    [['error'], '1 error'],
    [['error', 'error', 'warning'], '2 errors, 1 warning'],
    [['warning', 'info', 'info'], '1 warning, 2 infos'],
  ] as const)('summarizes %j as "%s"', (severities, want) => {
    const diagnostics = severities.map((severity) =>
      createDiagnostic('SPEC_LOAD_FAILED', { reason: 'x' }, { severity }),
    );
    expect(formatSummary(diagnostics)).toBe(want);
  });
});
