import { describe, expect, it } from 'vitest';
import type { OperationModel } from '../../src/model/types.js';
import { methodNames, strippedName } from '../../src/sdk/method-names.js';

function operation(name: string, path: string): OperationModel {
  return {
    operationId: name,
    operationIdDerived: false,
    name,
    method: 'get',
    path,
    tags: [],
    deprecated: false,
    parameters: [],
    responses: [],
    security: [],
    extensions: {},
    pointer: '#',
  };
}

describe('method names', () => {
  it.each([
    ['listTasks', 'tasks', '/projects/{projectId}/tasks', 'list'],
    ['getTask', 'tasks', '/projects/{projectId}/tasks/{taskId}', 'get'],
    ['deleteTask', 'tasks', '/projects/{projectId}/tasks/{taskId}', 'delete'],
    ['listProjectMembers', 'members', '/projects/{projectId}/members', 'list'],
    ['listTaskActivity', 'activity', '/projects/{projectId}/tasks/{taskId}/activity', 'list'],
    ['listActivities', 'activity', '/activity', 'list'],
    ['streamProjectEvents', 'events', '/projects/{projectId}/events', 'stream'],
    ['refreshSession', 'auth', '/auth/refresh', undefined],
    ['getCurrentUser', 'auth', '/auth/me', undefined],
    ['reposListForOrg', 'repos', '/orgs/{org}/repos', 'listForOrg'],
    [
      'pullsCreateReviewComment',
      'pulls',
      '/repos/{owner}/{repo}/pulls/{pull_number}/comments',
      'createReviewComment',
    ],
    ['tasks', 'tasks', '/tasks', undefined],
    ['get2fa', 'two-factor', '/2fa', undefined],
  ])('%s under tag %s (%s) strips to %s', (name, tag, path, want) => {
    const result = strippedName(operation(name, path), tag);
    if (want === undefined) expect(result === undefined || result === name).toBe(true);
    else expect(result).toBe(want);
  });

  it('keeps the full name when stripping would clash', () => {
    const list = operation('listTasks', '/tasks');
    const listAgain = operation('listTasksArchived', '/tasks/archived');
    const names = methodNames(
      [list, operation('getTask', '/tasks/{id}'), operation('getTasks', '/tasks/batch'), listAgain],
      'tasks',
    );
    expect([...names.values()]).toEqual(['list', 'getTask', 'getTasks', 'listArchived']);
  });

  it('keeps the full name when nothing would be left', () => {
    expect([...methodNames([operation('tasks', '/tasks')], 'tasks').values()]).toEqual(['tasks']);
  });
});
