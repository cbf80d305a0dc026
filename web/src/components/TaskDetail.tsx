import type { components } from '@specloom/taskboard-sdk';
import { useMutation, useQuery } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { queries } from '../api.js';
import { fieldErrors, formMessage } from '../errors.js';
import { Attachments } from './Attachments.js';
import { STATUS_LABELS, STATUSES } from './Board.js';
import { Comments } from './Comments.js';
import { Field, FormError, Loading } from './Field.js';

type TaskStatus = components['schemas']['TaskStatus'];

/** One task: edit it (sent with its ETag in If-Match), discuss it, attach files. */
export function TaskDetail(props: { projectId: string; taskId: string; onClose: () => void }) {
  const { projectId, taskId } = props;
  const task = useQuery(queries.tasks.get({ projectId, taskId }));
  const update = useMutation(queries.tasks.update());
  const errors = fieldErrors(update.error);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const description = String(data.get('description'));
    update.mutate({
      params: { projectId, taskId },
      body: {
        title: String(data.get('title')),
        description: description === '' ? null : description,
        status: data.get('status') as TaskStatus,
      },
    });
  };

  return (
    <aside className="detail" aria-labelledby="task-title">
      <div className="detail-head">
        <h3 id="task-title">{task.data?.title ?? 'Task'}</h3>
        <button type="button" onClick={props.onClose} aria-label="Close task">
          ×
        </button>
      </div>
      {task.isPending ? (
        <Loading what="the task" />
      ) : task.isError ? (
        <FormError message={formMessage(task.error)} />
      ) : (
        <form onSubmit={submit} noValidate aria-label="Edit task" key={task.data.version}>
          <FormError message={formMessage(update.error)} />
          <Field label="Title" error={errors.title}>
            {(control) => <input {...control} name="title" defaultValue={task.data.title} />}
          </Field>
          <Field label="Description" error={errors.description}>
            {(control) => (
              <textarea {...control} name="description" rows={3} defaultValue={task.data.description ?? ''} />
            )}
          </Field>
          <Field label="Status" error={errors.status}>
            {(control) => (
              <select {...control} name="status" defaultValue={task.data.status}>
                {STATUSES.map((value) => (
                  <option key={value} value={value}>
                    {STATUS_LABELS[value]}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <button type="submit" disabled={update.isPending}>
            Save task
          </button>
          {update.isSuccess && <output>Saved.</output>}
        </form>
      )}
      <Comments projectId={projectId} taskId={taskId} />
      <Attachments projectId={projectId} taskId={taskId} />
    </aside>
  );
}
