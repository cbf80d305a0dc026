// A consumer of the packed SDK: compiled with tsc in a scratch project, then run against the real server.
import { type components, createClient, getErrorMessage, isProblemError } from '@specloom/taskboard-sdk';

// No @types/node in the scratch project: read argv through globalThis.
const baseUrl = (globalThis as unknown as { process: { argv: string[] } }).process.argv[2];
if (!baseUrl) throw new Error('usage: node program.mjs <baseUrl>');
const api = createClient({ baseUrl });

/** Only the title is required: the server fills in the documented defaults. */
function newTask(title: string): components['schemas']['TaskCreate'] {
  return { title };
}

const email = `consumer-${Date.now()}@example.com`;
await api.auth.register({ email, password: 'correct horse battery staple', displayName: 'Consumer' });
const project: components['schemas']['Project'] = await api.projects.create({ name: 'From the packed SDK' });
await api.tasks.create({ projectId: project.id }, newTask('First'));
const titles: string[] = [];
for await (const task of api.tasks.list.items({ projectId: project.id })) titles.push(task.title);

// @ts-expect-error a task needs a title
void (() => api.tasks.create({ projectId: project.id }, {}));

let missing = '';
try {
  await api.tasks.get({ projectId: project.id, taskId: '00000000-0000-4000-8000-000000000000' });
} catch (error) {
  if (isProblemError(error, api.tasks.get) && error.status === 404) missing = getErrorMessage(error);
}
console.log(JSON.stringify({ project: project.name, titles, missing }));
