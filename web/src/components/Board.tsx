import type { components } from '@specloom/taskboard-sdk';
import { useInfiniteQuery, useMutation } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { queries } from '../api.js';
import { fieldErrors, formMessage } from '../errors.js';
import { Field, FormError, Loading } from './Field.js';

type TaskStatus = components['schemas']['TaskStatus'];
type TaskPriority = components['schemas']['TaskPriority'];

/** Board columns in order; the check below fails to compile when the spec adds or renames a status. */
export const STATUSES = ['todo', 'in_progress', 'blocked', 'done'] as const satisfies readonly TaskStatus[];
type MissingStatus = Exclude<TaskStatus, (typeof STATUSES)[number]>;
const everyStatusShown: [MissingStatus] extends [never] ? true : never = true;
void everyStatusShown;

export const STATUS_LABELS: Record<TaskStatus, string> = {
  todo: 'To do',
  in_progress: 'In progress',
  blocked: 'Blocked',
  done: 'Done',
};
const PRIORITIES: Record<TaskPriority, string> = {
  low: 'Low',
  medium: 'Medium',
  high: 'High',
  urgent: 'Urgent',
};

/** The project's tasks in status columns, a quick status change per card, and a form for a new task. */
export function Board({ projectId, onOpen }: { projectId: string; onOpen: (taskId: string) => void }) {
  const tasks = useInfiniteQuery(queries.tasks.listInfinite({ projectId, limit: 100 }));
  const create = useMutation(queries.tasks.create());
  const update = useMutation(queries.tasks.update({ optimistic: true }));
  const errors = fieldErrors(create.error);
  const all = tasks.data?.pages.flatMap((page) => page.items) ?? [];

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    create.mutate(
      {
        params: { projectId },
        body: { title: String(data.get('title')), priority: data.get('priority') as TaskPriority },
      },
      { onSuccess: () => form.reset() },
    );
  };

  return (
    <section className="board" aria-labelledby="board-title">
      <h3 id="board-title">Tasks</h3>
      <form onSubmit={submit} noValidate aria-label="New task" className="inline">
        <FormError message={formMessage(create.error)} />
        <Field label="Task title" error={errors.title}>
          {(control) => <input {...control} name="title" />}
        </Field>
        <Field label="Priority" error={errors.priority}>
          {(control) => (
            <select {...control} name="priority" defaultValue="medium">
              {Object.entries(PRIORITIES).map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          )}
        </Field>
        <button type="submit" disabled={create.isPending}>
          Add task
        </button>
      </form>
      <FormError message={formMessage(update.error)} />
      {tasks.isPending ? (
        <Loading what="tasks" />
      ) : tasks.isError ? (
        <FormError message={formMessage(tasks.error)} />
      ) : all.length === 0 ? (
        <p className="empty">No tasks yet. Add the first one above.</p>
      ) : (
        <div className="columns">
          {STATUSES.map((status) => (
            <section key={status} className="column" aria-label={STATUS_LABELS[status]}>
              <h4>{STATUS_LABELS[status]}</h4>
              <ul>
                {all
                  .filter((task) => task.status === status)
                  .map((task) => (
                    <li key={task.id} className="card" data-testid="task-card">
                      <button type="button" className="link" onClick={() => onOpen(task.id)}>
                        {task.title}
                      </button>
                      <label>
                        <span className="visually-hidden">Status of {task.title}</span>
                        <select
                          value={task.status}
                          onChange={(event) =>
                            update.mutate({
                              params: { projectId, taskId: task.id },
                              body: { status: event.target.value as TaskStatus },
                            })
                          }
                        >
                          {STATUSES.map((value) => (
                            <option key={value} value={value}>
                              {STATUS_LABELS[value]}
                            </option>
                          ))}
                        </select>
                      </label>
                    </li>
                  ))}
              </ul>
            </section>
          ))}
        </div>
      )}
      {tasks.hasNextPage && (
        <button type="button" onClick={() => tasks.fetchNextPage()}>
          Show more tasks
        </button>
      )}
    </section>
  );
}
