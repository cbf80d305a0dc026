import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CommandIO } from '../../src/cli/command.js';
import { main } from '../../src/cli/main.js';

/** Tests run from the fixtures folder, whose own config shields them from the repository's. */
const BROKEN_DIR = resolve(import.meta.dirname, '../fixtures/broken');
const REPOSITORY = resolve(import.meta.dirname, '../../..');

async function run(
  args: string[],
  cwd = BROKEN_DIR,
): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: CommandIO = {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    cwd,
    debug: false,
  };
  const code = await main(['check', ...args], io);
  return { code, stdout, stderr };
}

/** `file:line:col severity CODE` of each finding line. */
function findingLines(output: string): string[] {
  return output
    .split('\n')
    .map((line) => /^(\S+:\d+:\d+ (?:error|warning|info) [A-Z0-9_]+) /.exec(line)?.[1])
    .filter((line): line is string => line !== undefined);
}

describe('specloom check', () => {
  it.each([
    ['missing file', 'missing/openapi.yaml', 2, ['missing/openapi.yaml:1:1 error SPEC_FILE_NOT_FOUND']],
    ['bad YAML', 'bad-yaml/openapi.yaml', 2, ['bad-yaml/openapi.yaml:10:1 error SPEC_PARSE_ERROR']],
    ['bad JSON', 'bad-json/openapi.json', 2, ['bad-json/openapi.json:8:3 error SPEC_PARSE_ERROR']],
    [
      'unresolved ref in another file',
      'unresolved-ref/openapi.yaml',
      2,
      ['unresolved-ref/paths/notes.yaml:9:13 error SPEC_REF_UNRESOLVED'],
    ],
    [
      'circular ref',
      'circular-ref/openapi.yaml',
      2,
      ['circular-ref/openapi.yaml:9:7 error SPEC_REF_CIRCULAR'],
    ],
    [
      'unknown version',
      'unknown-version/openapi.yaml',
      2,
      ['unknown-version/openapi.yaml:2:1 error SPEC_VERSION_UNSUPPORTED'],
    ],
    ['not OpenAPI', 'not-openapi/openapi.yaml', 2, ['not-openapi/openapi.yaml:1:1 error SPEC_NOT_OPENAPI']],
    [
      'schema-invalid',
      'schema-invalid/openapi.yaml',
      2,
      ['schema-invalid/openapi.yaml:12:11 error SPEC_SCHEMA_INVALID'],
    ],
    [
      'missing operationId',
      'lint-operation-id-missing/openapi.yaml',
      1,
      ['lint-operation-id-missing/openapi.yaml:7:5 error OPERATION_ID_MISSING'],
    ],
    [
      'operationId not camelCase (a warning: exit 0)',
      'lint-operation-id-not-camel-case/openapi.yaml',
      0,
      ['lint-operation-id-not-camel-case/openapi.yaml:8:7 warning OPERATION_ID_NOT_CAMEL_CASE'],
    ],
    [
      'duplicate operationId',
      'lint-operation-id-duplicate/openapi.yaml',
      1,
      [
        'lint-operation-id-duplicate/openapi.yaml:8:7 error OPERATION_ID_DUPLICATE',
        'lint-operation-id-duplicate/openapi.yaml:13:7 error OPERATION_ID_DUPLICATE',
      ],
    ],
    [
      'error response not problem+json',
      'lint-error-response-not-problem/openapi.yaml',
      1,
      ['lint-error-response-not-problem/openapi.yaml:12:9 error ERROR_RESPONSE_NOT_PROBLEM'],
    ],
    [
      'secured operation without 401',
      'lint-secured-missing-401/openapi.yaml',
      1,
      ['lint-secured-missing-401/openapi.yaml:11:7 error SECURED_OPERATION_MISSING_401'],
    ],
    [
      'invalid example',
      'lint-example-invalid/openapi.yaml',
      1,
      ['lint-example-invalid/openapi.yaml:24:15 error EXAMPLE_INVALID'],
    ],
    [
      'path parameter mismatch',
      'lint-path-parameter-mismatch/openapi.yaml',
      1,
      [
        'lint-path-parameter-mismatch/openapi.yaml:7:5 error PATH_PARAMETER_MISMATCH',
        'lint-path-parameter-mismatch/openapi.yaml:10:11 error PATH_PARAMETER_MISMATCH',
      ],
    ],
    [
      'unused component',
      'lint-component-unused/openapi.yaml',
      0,
      ['lint-component-unused/openapi.yaml:20:5 warning COMPONENT_UNUSED'],
    ],
    [
      'inconsistent pagination',
      'lint-pagination-inconsistent/openapi.yaml',
      0,
      ['lint-pagination-inconsistent/openapi.yaml:23:5 warning PAGINATION_INCONSISTENT'],
    ],
  ])('%s (%s) exits %i with its findings located', async (_name, fixture, wantCode, wantLines) => {
    const { code, stdout, stderr } = await run([fixture]);
    expect(findingLines(stdout + stderr)).toEqual(wantLines);
    expect(code).toBe(wantCode);
    expect(stdout + stderr).not.toMatch(/\n\s+at /);
  });

  it('passes the example spec with zero findings', async () => {
    const { code, stdout, stderr } = await run([resolve(REPOSITORY, 'openapi/openapi.yaml')]);
    expect(stderr).toBe('');
    expect(stdout).toMatch(/openapi\/openapi\.yaml: \d+ operations in \d+ files, no problems\n$/);
    expect(code).toBe(0);
  });

  it('prints JSON with help text when asked', async () => {
    const { code, stdout } = await run(['lint-secured-missing-401/openapi.yaml', '--format', 'json']);
    const report = JSON.parse(stdout) as { errors: number; diagnostics: Record<string, unknown>[] };
    expect(code).toBe(1);
    expect(report.errors).toBe(1);
    expect(report.diagnostics[0]).toMatchObject({
      code: 'SECURED_OPERATION_MISSING_401',
      severity: 'error',
      file: 'lint-secured-missing-401/openapi.yaml',
      line: 11,
      column: 7,
      pointer: '#/paths/~1notes/get/responses',
    });
    expect(report.diagnostics[0]?.help).toEqual(expect.stringContaining('401'));
  });

  it('rejects an unknown format with exit 2', async () => {
    const { code, stderr } = await run(['x.yaml', '--format', 'xml']);
    expect(code).toBe(2);
    expect(stderr).toContain('--format must be text or json');
  });

  describe('with a config file', () => {
    let directory: string;
    beforeAll(async () => {
      directory = await mkdtemp(join(tmpdir(), 'specloom-check-'));
      const spec = resolve(BROKEN_DIR, 'lint-operation-id-missing/openapi.yaml');
      await writeFile(
        join(directory, 'specloom.config.mjs'),
        `export default { spec: ${JSON.stringify(spec)}, lint: { rules: { OPERATION_ID_MISSING: 'warning' } } };\n`,
      );
      await writeFile(
        join(directory, 'bad.config.mjs'),
        `export default { spec: 'x.yaml', lint: { rules: { NO_SUCH_RULE: 'off' } } };\n`,
      );
    });
    afterAll(async () => {
      await rm(directory, { recursive: true, force: true });
    });

    it('checks the config spec when no argument is given and applies its rule severities', async () => {
      const { code, stdout } = await run([], directory);
      expect(findingLines(stdout)).toEqual([
        expect.stringMatching(/lint-operation-id-missing\/openapi\.yaml:7:5 warning OPERATION_ID_MISSING$/),
      ]);
      expect(code).toBe(0);
    });

    it('reports an invalid config with its path and exit 2', async () => {
      const { code, stderr } = await run(['--config', 'bad.config.mjs'], directory);
      expect(stderr).toContain(
        'bad.config.mjs:1:1 error CONFIG_INVALID lint.rules.NO_SUCH_RULE: unknown rule "NO_SUCH_RULE"',
      );
      expect(code).toBe(2);
    });
  });

  it('exits 2 with a hint when there is neither an argument nor a config', async () => {
    const directory = await mkdtemp(join(tmpdir(), 'specloom-check-empty-'));
    try {
      const { code, stderr } = await run([], directory);
      expect(code).toBe(2);
      expect(stderr).toContain('no spec given');
    } finally {
      await rm(directory, { recursive: true, force: true });
    }
  });
});
