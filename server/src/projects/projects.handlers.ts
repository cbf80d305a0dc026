import type { Kysely } from 'kysely';
import type { AuthPrincipal } from '../auth/principal.js';
import type { CreateProjectResult, ProjectsHandlers } from '../generated/server/handlers.js';
import type { Database } from '../shared/db/schema.js';
import type { IdempotencyService } from './idempotency/idempotency.service.js';
import type { ProjectsService } from './projects.service.js';

export interface ProjectsHandlerDeps {
  service: ProjectsService;
  idempotency: IdempotencyService;
  /** The service working on the given connection (the transaction of an idempotent request). */
  serviceOn: (db: Kysely<Database>) => ProjectsService;
}

/** The `projects` operations. */
export function createProjectsHandlers({
  service,
  idempotency,
  serviceOn,
}: ProjectsHandlerDeps): ProjectsHandlers<AuthPrincipal> {
  return {
    async listProjects({ query }, { auth }) {
      return { status: 200, body: await service.list(auth.userId, query.limit, query.cursor) };
    },

    async createProject({ headers, body }, { auth }) {
      return idempotency.run(
        auth.userId,
        headers['idempotency-key'],
        { operation: 'createProject', target: '', body },
        async (db): Promise<Extract<CreateProjectResult, { status: 201 }>> => {
          const project = await serviceOn(db).create(auth.userId, body);
          return { status: 201, body: project, headers: { Location: `/projects/${project.id}` } };
        },
      );
    },

    async getProject({ path }, { auth }) {
      return { status: 200, body: await service.get(auth.userId, path.projectId) };
    },

    async updateProject({ path, body }, { auth }) {
      return { status: 200, body: await service.update(auth.userId, path.projectId, body) };
    },

    async deleteProject({ path }, { auth }) {
      await service.delete(auth.userId, path.projectId);
      return { status: 204 };
    },
  };
}
