import { useInfiniteQuery, useMutation } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { queries } from '../api.js';
import { fieldErrors, formMessage } from '../errors.js';
import { Field, FormError, Loading } from './Field.js';

/** The projects the user belongs to, and a form to start one. */
export function ProjectList({ onOpen }: { onOpen: (projectId: string) => void }) {
  const projects = useInfiniteQuery(queries.projects.listInfinite());
  const create = useMutation(queries.projects.create());
  const errors = fieldErrors(create.error);
  const items = projects.data?.pages.flatMap((page) => page.items) ?? [];

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const name = String(new FormData(form).get('name'));
    create.mutate(
      { body: { name } },
      {
        onSuccess: (project) => {
          form.reset();
          onOpen(project.id);
        },
      },
    );
  };

  return (
    <section aria-labelledby="projects-title">
      <h2 id="projects-title">Projects</h2>
      {projects.isPending ? (
        <Loading what="projects" />
      ) : projects.isError ? (
        <FormError message={formMessage(projects.error)} />
      ) : items.length === 0 ? (
        <p className="empty">No projects yet. Start one below.</p>
      ) : (
        <ul className="projects">
          {items.map((project) => (
            <li key={project.id}>
              <button type="button" className="link" onClick={() => onOpen(project.id)}>
                {project.name}
              </button>
            </li>
          ))}
        </ul>
      )}
      {projects.hasNextPage && (
        <button type="button" onClick={() => projects.fetchNextPage()} disabled={projects.isFetchingNextPage}>
          Show more projects
        </button>
      )}
      <form onSubmit={submit} noValidate aria-label="New project">
        <FormError message={formMessage(create.error)} />
        <Field label="Project name" error={errors.name}>
          {(control) => <input {...control} name="name" />}
        </Field>
        <button type="submit" disabled={create.isPending}>
          Create project
        </button>
      </form>
    </section>
  );
}
