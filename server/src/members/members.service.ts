import type { EventBus } from '../events/event-bus.js';
import { decodeCursor, type Page, toPage } from '../projects/pagination.js';
import { ConflictError, NotFoundError } from '../shared/errors/index.js';
import type { Member, MemberToAdd } from './members.model.js';
import type { MembersRepository } from './members.repository.js';
import type { ProjectAccess } from './project-access.js';

const QUERY_FINGERPRINT = 'members:joinedAt';

/** Who belongs to a project: any member may look, only owners may change it. */
export class MembersService {
  constructor(
    private readonly repository: MembersRepository,
    private readonly access: ProjectAccess,
    private readonly events: EventBus,
    private readonly now: () => number = Date.now,
  ) {}

  async list(userId: string, projectId: string, limit: number, cursor?: string): Promise<Page<Member>> {
    await this.access.requireMember(projectId, userId);
    const after = cursor === undefined ? undefined : decodeCursor(cursor, QUERY_FINGERPRINT);
    const rows = await this.repository.list(projectId, limit + 1, after);
    return toPage(
      rows,
      limit,
      (m) => ({ key: m.joinedAt, id: m.userId }),
      (m) => m,
      QUERY_FINGERPRINT,
    );
  }

  /** Adds an existing user; 404 when there is no such user, 409 when they already are a member. */
  async add(userId: string, projectId: string, toAdd: MemberToAdd): Promise<Member> {
    await this.access.requireOwner(projectId, userId);
    const newMemberId = await this.repository.findUserId(toAdd);
    if (!newMemberId) {
      const field = 'userId' in toAdd ? 'id' : 'email address';
      throw new NotFoundError(`No user with this ${field} exists.`);
    }
    const inserted = await this.repository.insert(
      projectId,
      newMemberId,
      toAdd.role,
      new Date(this.now()).toISOString(),
    );
    if (!inserted) throw new ConflictError('This user already is a member of the project.');
    const member = await this.repository.findMember(projectId, newMemberId);
    if (!member) throw new NotFoundError('The member was removed concurrently.');
    return member;
  }

  /** Removes a member (their tasks become unassigned, and followers hear of it); 409 for the last owner. */
  async remove(userId: string, projectId: string, memberId: string): Promise<void> {
    await this.access.requireOwner(projectId, userId);
    const now = new Date(this.now()).toISOString();
    const result = await this.repository.remove(projectId, memberId, userId, now);
    if (result.outcome === 'not_member') throw new NotFoundError('This user is not a member of the project.');
    if (result.outcome === 'last_owner') {
      throw new ConflictError('A project always keeps at least one owner; add another owner first.');
    }
    this.events.committed(result.published);
  }
}
