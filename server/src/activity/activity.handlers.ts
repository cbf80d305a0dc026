import type { AuthPrincipal } from '../auth/principal.js';
import type { ActivityHandlers } from '../generated/server/handlers.js';
import type { ActivityService } from './activity.service.js';

export interface ActivityHandlerDeps {
  service: ActivityService;
}

/** The `activity` operations. */
export function createActivityHandlers({ service }: ActivityHandlerDeps): ActivityHandlers<AuthPrincipal> {
  return {
    async listTaskActivity({ path, query }, { auth }) {
      const page = await service.list(auth.userId, path.projectId, path.taskId, query.limit, query.cursor);
      return { status: 200, body: page };
    },
  };
}
