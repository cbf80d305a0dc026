import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadSpec } from '../../src/load/index.js';
import { createMockEngine, type MockEngine, mockSpecOf } from '../../src/mock/engine/index.js';

const EXAMPLE = resolve(import.meta.dirname, '../../../openapi/openapi.yaml');
const HEADERS = { authorization: 'Bearer fixed', 'content-type': 'application/json' };

let engine: MockEngine;
const call = (
  method: string,
  path: string,
  body?: unknown,
  extra: Record<string, string> = {},
  query = {},
) => {
  const answer = engine.handle({
    method,
    path,
    query,
    headers: { ...HEADERS, ...extra },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { ...answer, json: answer.body ? JSON.parse(answer.body) : undefined };
};

beforeAll(async () => {
  engine = createMockEngine(mockSpecOf((await loadSpec(EXAMPLE)).model), {
    stateful: true,
    tokens: ['fixed'],
  });
}, 60_000);

describe('stateful If-Match and sort on the example spec', () => {
  it('when a task is updated with a stale or a current ETag, then only the current one applies', () => {
    const project = call('post', '/projects', { name: 'Versions' }).json;
    const task = call('post', `/projects/${project.id}/tasks`, { title: 'Versioned' }).json;
    const read = call('get', `/projects/${project.id}/tasks/${task.id}`);
    const etag = read.headers.etag ?? read.headers.ETag;
    expect(etag).toMatch(/^"/);
    const path = `/projects/${project.id}/tasks/${task.id}`;
    expect(call('patch', path, { title: 'Stale' }, { 'if-match': '"not-it"' }).status).toBe(412);
    const updated = call('patch', path, { title: 'Fresh' }, { 'if-match': etag as string });
    expect(updated.status).toBe(200);
    expect(updated.json.title).toBe('Fresh');
    expect(updated.headers.etag ?? updated.headers.ETag).not.toBe(etag);
    expect(call('patch', path, { title: 'Again' }, { 'if-match': etag as string }).status).toBe(412);
    expect(call('get', path).json.title).toBe('Fresh');
  });

  it('when tasks are listed with sort, then the order follows it (created time, due date with none last)', () => {
    const project = call('post', '/projects', { name: 'Sorting' }).json;
    const tasks = path(project.id);
    const first = call('post', tasks, { title: 'first', dueDate: '2030-03-01' }).json;
    const second = call('post', tasks, { title: 'second' }).json;
    const third = call('post', tasks, { title: 'third', dueDate: '2030-01-01' }).json;
    const titles = (sort: string) =>
      call('get', tasks, undefined, {}, { sort: [sort] }).json.items.map(
        (item: { title: string }) => item.title,
      );
    expect(titles('createdAt')).toEqual([first.title, second.title, third.title]);
    expect(titles('-createdAt')).toEqual([third.title, second.title, first.title]);
    expect(titles('dueDate')).toEqual(['third', 'first', 'second']);
    expect(call('get', tasks).json.items.map((item: { title: string }) => item.title)).toEqual([
      'third',
      'second',
      'first',
    ]);
  });
});

function path(projectId: string): string {
  return `/projects/${projectId}/tasks`;
}
