import { useInfiniteQuery, useMutation } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { queries } from '../api.js';
import { fieldErrors, formMessage } from '../errors.js';
import { Field, FormError, Loading } from './Field.js';

/** A task's comments, oldest first, and a form to add one. */
export function Comments({ projectId, taskId }: { projectId: string; taskId: string }) {
  const comments = useInfiniteQuery(queries.comments.listInfinite({ projectId, taskId }));
  const create = useMutation(queries.comments.create());
  const errors = fieldErrors(create.error);
  const items = comments.data?.pages.flatMap((page) => page.items) ?? [];

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const body = String(new FormData(form).get('body'));
    create.mutate({ params: { projectId, taskId }, body: { body } }, { onSuccess: () => form.reset() });
  };

  return (
    <section aria-labelledby="comments-title">
      <h4 id="comments-title">Comments</h4>
      {comments.isPending ? (
        <Loading what="comments" />
      ) : items.length === 0 ? (
        <p className="empty">No comments yet.</p>
      ) : (
        <ul className="comments">
          {items.map((comment) => (
            <li key={comment.id}>{comment.body}</li>
          ))}
        </ul>
      )}
      {comments.hasNextPage && (
        <button type="button" onClick={() => comments.fetchNextPage()}>
          Older comments
        </button>
      )}
      <form onSubmit={submit} noValidate aria-label="New comment">
        <FormError message={formMessage(create.error)} />
        <Field label="Comment" error={errors.body}>
          {(control) => <textarea {...control} name="body" rows={2} />}
        </Field>
        <button type="submit" disabled={create.isPending}>
          Add comment
        </button>
      </form>
    </section>
  );
}
