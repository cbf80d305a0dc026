import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addFile,
  type GeneratedApp,
  generateApp,
  generatorsRoot,
  removeApp,
  typeCheck,
} from './support/generate.js';

let app: GeneratedApp;

beforeAll(async () => {
  app = await generateApp(resolve(generatorsRoot, '../openapi/openapi.yaml'), 'example-output');
}, 120_000);

afterAll(() => removeApp(app));

describe('the server target on the example spec', () => {
  it('matches the golden output, file by file', async () => {
    for (const file of app.server) {
      const folder = file.scaffold === true ? 'scaffold' : 'generated';
      await expect(file.contents).toMatchFileSnapshot(`./__golden__/example/${folder}/${file.path}`);
    }
    expect(app.server.map((file) => file.path)).toContain('tasks/tasks.service.ts');
  });

  it('type-checks strictly with the types and zod output, and rejects contract violations', async () => {
    addFile(app, 'contract-check.ts', CONTRACT_CHECK);
    expect(await typeCheck(app.dir)).toBe('');
  }, 240_000);
});

/**
 * Compiled with the generated app: the plain lines must compile, and every
 * `@ts-expect-error` line must fail to (tsc reports an unused directive otherwise).
 */
const CONTRACT_CHECK = `
import type { CreateTaskResult, Handlers, ListTasksInput, StreamProjectEventsResult, TasksHandlers } from './generated/server/handlers.js';
import { createRouter } from './generated/server/router.js';
import { TasksService } from './tasks/tasks.service.js';

type Principal = { userId: string };
declare const handlers: Handlers<Principal>;
declare const task: Extract<CreateTaskResult, { status: 201 }>['body'];
const security = { bearerAuth: async (token: string) => (token === '' ? undefined : { userId: token }) };

export const created: CreateTaskResult = { status: 201, body: task, headers: { Location: '/x', ETag: '"1"' } };

// @ts-expect-error 418 is not a documented status of createTask
export const undocumented: CreateTaskResult = { status: 418, body: task };

// @ts-expect-error the 201 body must be a Task
export const wrongBody: CreateTaskResult = { status: 201, body: { title: 1 }, headers: { Location: '/x', ETag: '"1"' } };

// @ts-expect-error the documented ETag header is required
export const missingHeader: CreateTaskResult = { status: 201, body: task, headers: { Location: '/x' } };

// @ts-expect-error 204 has no body
export const noContent: CreateTaskResult = { status: 204 };

export const events: StreamProjectEventsResult = {
  status: 200,
  events: (async function* () {
    yield { id: '1', event: 'task.updated', data: { type: 'task.updated', projectId: 'p', taskId: 't', actorId: 'a', occurredAt: 'now' } };
  })(),
};

export const typedEvents: StreamProjectEventsResult = {
  status: 200,
  // @ts-expect-error event data must be a TaskEvent
  events: (async function* () {
    yield { data: { type: 'nonsense' } };
  })(),
};

export const limit = (input: ListTasksInput): number => input.query.limit;

// @ts-expect-error status is a list of task statuses, not a string
export const status = (input: ListTasksInput): string => input.query.status;

export const router = createRouter({ handlers, security });

// A scaffolded service fills its group.
export const scaffolded = createRouter({ handlers: { ...handlers, tasks: new TasksService<Principal>() }, security });

const { tasks: _tasks, ...withoutTasks } = handlers;
// @ts-expect-error every handler group is required
export const missingGroup = createRouter({ handlers: withoutTasks, security });

declare const partialTasks: Omit<TasksHandlers<Principal>, 'createTask'>;
// @ts-expect-error every handler is required
export const missingHandler = createRouter({ handlers: { ...handlers, tasks: partialTasks }, security });

// @ts-expect-error the bearerAuth check is required
export const missingSecurity = createRouter({ handlers, security: {} });
`;
