import type { AuthPrincipal } from '../auth/principal.js';
import type { MembersHandlers } from '../generated/server/handlers.js';
import type { MembersService } from './members.service.js';

export interface MembersHandlerDeps {
  service: MembersService;
}

/** The `members` operations. */
export function createMembersHandlers({ service }: MembersHandlerDeps): MembersHandlers<AuthPrincipal> {
  return {
    async listProjectMembers({ path, query }, { auth }) {
      return {
        status: 200,
        body: await service.list(auth.userId, path.projectId, query.limit, query.cursor),
      };
    },

    async addProjectMember({ path, body }, { auth }) {
      const member = await service.add(auth.userId, path.projectId, body);
      return {
        status: 201,
        body: member,
        headers: { Location: `/projects/${path.projectId}/members/${member.userId}` },
      };
    },

    async removeProjectMember({ path }, { auth }) {
      await service.remove(auth.userId, path.projectId, path.userId);
      return { status: 204 };
    },
  };
}
