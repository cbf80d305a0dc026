import { ForbiddenError, NotFoundError } from '../shared/errors/index.js';
import type { ProjectRole } from './members.model.js';
import type { MembersRepository } from './members.repository.js';

/**
 * The tenancy rule of the API in one place: a project and everything in it
 * exists only for its members. Non-members get 404, never 403, so they cannot
 * even learn that a project id is in use.
 */
export class ProjectAccess {
  constructor(private readonly members: MembersRepository) {}

  /** The caller's role; 404 when the project does not exist or the caller is not a member. */
  async requireMember(projectId: string, userId: string): Promise<ProjectRole> {
    const role = await this.members.findRole(projectId, userId);
    if (!role) throw new NotFoundError('No project with this id is visible to you.');
    return role;
  }

  /** The user's role, or `undefined` when they are not a member (for rules about other users). */
  roleOf(projectId: string, userId: string): Promise<ProjectRole | undefined> {
    return this.members.findRole(projectId, userId);
  }

  /** Like {@link requireMember}, and 403 for a member who is not an owner. */
  async requireOwner(projectId: string, userId: string): Promise<void> {
    const role = await this.requireMember(projectId, userId);
    if (role !== 'owner') throw new ForbiddenError('Only an owner of the project may do this.');
  }
}
