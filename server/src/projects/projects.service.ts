import { randomUUID } from 'node:crypto';
import type { BlobStorage } from '../attachments/blob-storage.js';
import type { ProjectAccess } from '../members/project-access.js';
import { NotFoundError } from '../shared/errors/index.js';
import { decodeCursor, type Page, toPage } from './pagination.js';
import type { Project, ProjectChanges } from './projects.model.js';
import type { ProjectsRepository } from './projects.repository.js';

const QUERY_FINGERPRINT = 'projects:-createdAt';

export interface NewProject {
  name: string;
  description?: string | null;
}

/** Projects: anyone signed in may create one, members may read and edit it, owners may delete it. */
export class ProjectsService {
  constructor(
    private readonly repository: ProjectsRepository,
    private readonly access: ProjectAccess,
    private readonly blobs: BlobStorage,
    private readonly now: () => number = Date.now,
  ) {}

  async list(userId: string, limit: number, cursor?: string): Promise<Page<Project>> {
    const after = cursor === undefined ? undefined : decodeCursor(cursor, QUERY_FINGERPRINT);
    const rows = await this.repository.listForMember(userId, limit + 1, after);
    return toPage(
      rows,
      limit,
      (p) => ({ key: p.createdAt, id: p.id }),
      (p) => p,
      QUERY_FINGERPRINT,
    );
  }

  /** Creates a project owned by the caller, who becomes its first member with the owner role. */
  async create(userId: string, input: NewProject): Promise<Project> {
    const now = new Date(this.now()).toISOString();
    const project: Project = {
      id: randomUUID(),
      name: input.name,
      description: input.description ?? null,
      ownerId: userId,
      createdAt: now,
      updatedAt: now,
    };
    await this.repository.insertWithOwner(project, now);
    return project;
  }

  async get(userId: string, projectId: string): Promise<Project> {
    await this.access.requireMember(projectId, userId);
    return this.found(await this.repository.findById(projectId));
  }

  async update(userId: string, projectId: string, changes: ProjectChanges): Promise<Project> {
    await this.access.requireMember(projectId, userId);
    return this.found(await this.repository.update(projectId, changes, new Date(this.now()).toISOString()));
  }

  /** Deletes the project with everything in it, then its attachments' bytes (only owners). */
  async delete(userId: string, projectId: string): Promise<void> {
    await this.access.requireOwner(projectId, userId);
    const blobKeys = await this.repository.delete(projectId);
    // After the commit: a crash here leaves orphaned bytes, never rows pointing at missing bytes.
    await Promise.all(blobKeys.map((key) => this.blobs.delete(key)));
  }

  private found(project: Project | undefined): Project {
    if (!project) throw new NotFoundError('No project with this id is visible to you.');
    return project;
  }
}
