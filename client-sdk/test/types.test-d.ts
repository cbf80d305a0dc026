import { describe, expectTypeOf, it } from 'vitest';
import { type components, createClient, isProblemError, type ServerEvent } from '../src/index.js';

const api = createClient({ baseUrl: 'http://localhost' });
const caught = (): unknown => undefined;
type Task = components['schemas']['Task'];
type Problem = components['schemas']['Problem'];

describe('the generated facade', () => {
  it('infers params, body and the resolved data from the spec', () => {
    expectTypeOf(api.tasks.list).parameter(0).toEqualTypeOf<{
      projectId: string;
      cursor?: string;
      limit?: number;
      status?: components['schemas']['TaskStatus'][];
      assigneeId?: string;
      dueAfter?: string;
      dueBefore?: string;
      sort?: 'createdAt' | '-createdAt' | 'dueDate' | '-dueDate' | 'priority' | '-priority';
    }>();
    expectTypeOf(api.tasks.get({ projectId: 'p', taskId: 't' })).resolves.toEqualTypeOf<Task>();
    expectTypeOf(api.tasks.update).parameter(1).toEqualTypeOf<components['schemas']['TaskUpdate']>();
    expectTypeOf(api.tasks.update).parameter(2).toExtend<{ ifMatch?: string } | undefined>();
    expectTypeOf(api.projects.create).parameter(0).toEqualTypeOf<components['schemas']['ProjectCreate']>();
    expectTypeOf(api.projects.create).parameter(1).toExtend<{ idempotencyKey?: string } | undefined>();
  });

  it('rejects wrong params, bodies and options at compile time', () => {
    // @ts-expect-error projectId is required
    void api.tasks.list({});
    // @ts-expect-error status values come from the TaskStatus enum
    void api.tasks.list({ projectId: 'p', status: ['nope'] });
    // @ts-expect-error the update body has no field `nope`
    void api.tasks.update({ projectId: 'p', taskId: 't' }, { nope: 1 });
    // @ts-expect-error the create body needs a title
    void api.tasks.create({ projectId: 'p' }, {});
    // @ts-expect-error ifMatch is a string
    void api.tasks.update({ projectId: 'p', taskId: 't' }, { title: 'x' }, { ifMatch: 3 });
  });

  it('returns the response with the data on request', () => {
    expectTypeOf(api.tasks.get.withResponse({ projectId: 'p', taskId: 't' })).resolves.toEqualTypeOf<{
      data: Task;
      response: Response;
    }>();
  });

  it('iterates paginated lists item by item', () => {
    expectTypeOf(api.tasks.list.items({ projectId: 'p' })).toEqualTypeOf<AsyncIterableIterator<Task>>();
  });

  it('types event streams by x-sse-data', () => {
    const subscription = api.events.stream({ projectId: 'p' });
    expectTypeOf(subscription).toExtend<AsyncIterable<ServerEvent<components['schemas']['ProjectEvent']>>>();
  });

  it('accepts files and buffers for binary multipart fields', () => {
    expectTypeOf(api.attachments.upload).parameter(1).toExtend<{ file: Blob | Uint8Array | ArrayBuffer }>();
    expectTypeOf(
      api.attachments.download({ projectId: 'p', taskId: 't', attachmentId: 'a' }),
    ).resolves.toEqualTypeOf<Blob>();
  });

  it('narrows a ProblemError body by status', () => {
    const error = caught();
    if (isProblemError(error, api.tasks.update)) {
      expectTypeOf(error.status).toEqualTypeOf<400 | 401 | 404 | 409 | 412 | 413 | 415 | 422 | 429 | 500>();
      if (error.status === 412) expectTypeOf(error.body).toEqualTypeOf<Problem>();
      // @ts-expect-error 403 is not a documented status of updateTask
      if (error.status === 403) return;
    }
  });
});
