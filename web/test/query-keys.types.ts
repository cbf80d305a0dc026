// Type-level checks (run by `tsc` in `npm run typecheck`): the generated keys carry their data type, so the
// cache cannot be given a value of the wrong shape.
import { QueryClient } from '@tanstack/react-query';
import { queryKeys } from '../src/generated/query.js';

const client = new QueryClient();
const taskKey = queryKeys.getTask({ projectId: 'p', taskId: 't' });
const task = client.getQueryData(taskKey);
if (task) client.setQueryData(taskKey, { ...task, status: 'done' });
// @ts-expect-error a task key takes only a task
client.setQueryData(taskKey, { wrong: true });
// @ts-expect-error a task's status is one of the spec's values
if (task) client.setQueryData(taskKey, { ...task, status: 'finished' });
// @ts-expect-error the tasks list holds pages of tasks, not an array
client.setQueryData(queryKeys.listTasks({ projectId: 'p' }), []);
