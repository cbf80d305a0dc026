import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CommandIO } from '../../src/cli/command.js';
import diff from '../../src/cli/commands/diff.js';

const ROOT_SPEC = `openapi: 3.1.0
info: { title: t, version: '1' }
paths:
  /items:
    $ref: paths/items.yaml
`;
const ITEMS_PATH = `get:
  operationId: listItems
  responses:
    '200':
      description: ok
      content:
        application/json:
          schema:
            $ref: '../components/item.yaml'
post:
  operationId: createItem
  requestBody:
    required: true
    content:
      application/json:
        schema: { $ref: '../components/item.yaml' }
  responses:
    '201': { description: created }
`;
const item = (required: string[]) => `type: object
properties:
  id: { type: string }
  note: { type: string }
required: [${required.join(', ')}]
`;

let dir: string;
function git(...args: string[]): string {
  return execFileSync('git', args, { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}
async function writeSpec(required: string[], version = '1.0.0'): Promise<void> {
  await mkdir(join(dir, 'openapi/paths'), { recursive: true });
  await mkdir(join(dir, 'openapi/components'), { recursive: true });
  await mkdir(join(dir, 'sdk'), { recursive: true });
  await writeFile(join(dir, 'openapi/openapi.yaml'), ROOT_SPEC);
  await writeFile(join(dir, 'openapi/paths/items.yaml'), ITEMS_PATH);
  await writeFile(join(dir, 'openapi/components/item.yaml'), item(required));
  await writeFile(join(dir, 'sdk/package.json'), JSON.stringify({ name: 'sdk', version }));
}
function commit(message: string): void {
  git('add', '-A');
  git('-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-q', '-m', message);
}
async function runDiff(args: string[], cwd = dir): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CommandIO = {
    stdout: (t) => {
      out += t;
    },
    stderr: (t) => {
      err += t;
    },
    cwd,
    debug: false,
  };
  const code = await diff.run(args, io);
  return { code, out, err };
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'specloom-diff-cli-'));
  git('init', '-q', '-b', 'main');
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('specloom diff --base-ref (the CI gate)', () => {
  const gate = [
    '--base-ref',
    'HEAD~1',
    'openapi/openapi.yaml',
    '--fail-on',
    'breaking',
    '--allow-major-from',
    'sdk/package.json',
  ];

  it('passes in a clone with a single commit, saying there is nothing to compare', async () => {
    await writeSpec(['id']);
    commit('first');
    const result = await runDiff(gate);
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/HEAD~1 is not available.*nothing to compare/);
  });

  it('fails a breaking change without a major bump and passes it with one', async () => {
    await writeSpec(['id']);
    commit('first');
    await writeSpec(['id', 'note']);
    commit('note becomes required');
    const failing = await runDiff(gate);
    expect(failing.code).toBe(1);
    expect(failing.out).toContain('request-property-became-required');
    expect(failing.out).toMatch(/openapi\/components\/item\.yaml:\d+/);
    expect(failing.err).toContain('need a major version bump');

    await writeSpec(['id', 'note'], '2.0.0');
    commit('major bump');
    const passing = await runDiff(['--base-ref', 'HEAD~2', ...gate.slice(2)]);
    expect(passing.code).toBe(0);
    expect(passing.err).toContain('major bump');
  });

  it('passes a non-breaking change and resolves each side from its own tree', async () => {
    await writeSpec(['id', 'note']);
    commit('first');
    await writeSpec(['id']);
    const result = await runDiff([
      '--base-ref',
      'HEAD',
      'openapi/openapi.yaml',
      '--fail-on',
      'breaking',
      '--format',
      'json',
    ]);
    const parsed = JSON.parse(result.out) as {
      counts: Record<string, number>;
      changes: { id: string; base: { location: { file: string } } }[];
    };
    expect(result.code).toBe(1);
    expect(parsed.changes.map((change) => change.id).sort()).toEqual([
      'request-property-became-optional',
      'response-property-became-optional',
    ]);
    expect(parsed.changes[0]?.base.location.file).toBe('HEAD:openapi/components/item.yaml');
  });

  it('passes in a shallow clone where the base commit is missing', async () => {
    await writeSpec(['id']);
    commit('first');
    await writeSpec(['id', 'note']);
    commit('second');
    const shallow = await mkdtemp(join(tmpdir(), 'specloom-diff-shallow-'));
    try {
      execFileSync('git', ['clone', '-q', '--depth', '1', `file://${dir}`, shallow], { stdio: 'ignore' });
      const result = await runDiff(gate, shallow);
      expect(result.code).toBe(0);
      expect(result.out).toContain('nothing to compare');
    } finally {
      await rm(shallow, { recursive: true, force: true });
    }
  });
});

describe('specloom diff <base> <head>', () => {
  it('prints a markdown table for pull-request comments and sets the exit status by --fail-on', async () => {
    await writeSpec(['id']);
    await mkdir(join(dir, 'head'), { recursive: true });
    await writeFile(
      join(dir, 'head/openapi.json'),
      JSON.stringify({
        openapi: '3.1.0',
        info: { title: 't', version: '2' },
        paths: {
          '/items': { get: { operationId: 'listItems', responses: { '200': { description: 'ok' } } } },
        },
      }),
    );
    const result = await runDiff([
      'openapi/openapi.yaml',
      'head/openapi.json',
      '--format',
      'markdown',
      '--fail-on',
      'breaking',
    ]);
    expect(result.code).toBe(1);
    expect(result.out).toContain('## API changes');
    expect(result.out).toMatch(/\| `operation-removed` \| POST \/items \|/);
    expect(result.out).toMatch(/\| `response-media-type-removed` \| GET \/items \|/);

    const noGate = await runDiff(['openapi/openapi.yaml', 'openapi/openapi.yaml']);
    expect(noGate).toMatchObject({ code: 0, out: 'No changes.\n' });
  });

  it('reports a spec that cannot be loaded with exit code 2 and no stack trace', async () => {
    await writeFile(join(dir, 'broken.yaml'), 'openapi: 3.1.0\ninfo: [\n');
    await writeSpec(['id']);
    const result = await runDiff(['broken.yaml', 'openapi/openapi.yaml']);
    expect(result.code).toBe(2);
    expect(result.err).toContain('broken.yaml');
    expect(result.err).not.toMatch(/\n\s+at /);
  });

  it.each([
    [['only-one.yaml'], 'give two spec files'],
    [['a', 'b', '--format', 'xml'], '--format must be one of'],
    [['a', 'b', '--fail-on', 'everything'], '--fail-on must be one of'],
    [['a', 'b', '--allow-major-from', 'p.json'], '--allow-major-from needs --base-ref'],
  ])('rejects bad usage %j', async (args, message) => {
    const result = await runDiff(args);
    expect(result.code).toBe(2);
    expect(result.err).toContain(message);
  });
});
