import type { AuthPrincipal } from '../auth/principal.js';
import type { CommentsHandlers } from '../generated/server/handlers.js';
import type { CommentsService } from './comments.service.js';

export interface CommentsHandlerDeps {
  service: CommentsService;
}

/** The `comments` operations. */
export function createCommentsHandlers({ service }: CommentsHandlerDeps): CommentsHandlers<AuthPrincipal> {
  return {
    async listComments({ path, query }, { auth }) {
      const page = await service.list(auth.userId, path.projectId, path.taskId, query.limit, query.cursor);
      return { status: 200, body: page };
    },

    async createComment({ path, body }, { auth }) {
      const comment = await service.create(auth.userId, path.projectId, path.taskId, body);
      return {
        status: 201,
        body: comment,
        headers: { Location: `/projects/${path.projectId}/tasks/${path.taskId}/comments/${comment.id}` },
      };
    },

    async getComment({ path }, { auth }) {
      return {
        status: 200,
        body: await service.get(auth.userId, path.projectId, path.taskId, path.commentId),
      };
    },
  };
}
