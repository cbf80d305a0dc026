import type { components } from '@specloom/taskboard-sdk';
import { useMutation, useQuery } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { queries } from '../api.js';
import { fieldErrors, formMessage } from '../errors.js';
import { Field, FormError, Loading } from './Field.js';

type ProjectRole = components['schemas']['ProjectRole'];

/** Who is in the project; owners add people by email and remove them. */
export function Members({ projectId }: { projectId: string }) {
  const members = useQuery(queries.members.list({ projectId }));
  const add = useMutation(queries.members.add());
  const remove = useMutation(queries.members.remove());
  const errors = fieldErrors(add.error);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    add.mutate(
      {
        params: { projectId },
        body: { email: String(data.get('email')), role: data.get('role') as ProjectRole },
      },
      { onSuccess: () => form.reset() },
    );
  };

  const items = members.data?.items ?? [];
  return (
    <section className="members" aria-labelledby="members-title">
      <h3 id="members-title">Members</h3>
      <FormError message={formMessage(remove.error)} />
      {members.isPending ? (
        <Loading what="members" />
      ) : items.length === 0 ? (
        <p className="empty">No members.</p>
      ) : (
        <ul>
          {items.map((member) => (
            <li key={member.userId}>
              {member.displayName}{' '}
              <span className="muted">
                ({member.email}, {member.role})
              </span>{' '}
              {member.role !== 'owner' && (
                <button
                  type="button"
                  onClick={() => remove.mutate({ params: { projectId, userId: member.userId } })}
                  aria-label={`Remove ${member.displayName}`}
                >
                  Remove
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={submit} noValidate aria-label="Add member" className="inline">
        <FormError message={formMessage(add.error)} />
        <Field label="Member email" error={errors.email}>
          {(control) => <input {...control} name="email" type="email" />}
        </Field>
        <Field label="Role" error={errors.role}>
          {(control) => (
            <select {...control} name="role" defaultValue="member">
              <option value="member">Member</option>
              <option value="owner">Owner</option>
            </select>
          )}
        </Field>
        <button type="submit" disabled={add.isPending}>
          Add member
        </button>
      </form>
    </section>
  );
}
