import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import { ActivityRepository } from '../../../src/activity/activity.repository.js';
import { ActivityService } from '../../../src/activity/activity.service.js';
import { AttachmentsRepository } from '../../../src/attachments/attachments.repository.js';
import { AttachmentsService } from '../../../src/attachments/attachments.service.js';
import { LocalBlobStorage } from '../../../src/attachments/local-blob-storage.js';
import { AccessTokens } from '../../../src/auth/access-tokens.js';
import { AuthRepository } from '../../../src/auth/auth.repository.js';
import { AuthService, type AuthServiceOptions } from '../../../src/auth/auth.service.js';
import { hashPassword } from '../../../src/auth/password-hasher.js';
import { CommentsRepository } from '../../../src/comments/comments.repository.js';
import { CommentsService } from '../../../src/comments/comments.service.js';
import {
  DatabaseEventBus,
  DEFAULT_EVENT_RETENTION,
  type EventRetention,
} from '../../../src/events/database-event-bus.js';
import { LocalSignals } from '../../../src/events/event-signals.js';
import { EventsService } from '../../../src/events/events.service.js';
import { MembersRepository } from '../../../src/members/members.repository.js';
import { MembersService } from '../../../src/members/members.service.js';
import { ProjectAccess } from '../../../src/members/project-access.js';
import { IdempotencyService } from '../../../src/projects/idempotency/idempotency.service.js';
import { ProjectsRepository } from '../../../src/projects/projects.repository.js';
import { ProjectsService } from '../../../src/projects/projects.service.js';
import type { Database } from '../../../src/shared/db/schema.js';
import { TasksRepository } from '../../../src/tasks/tasks.repository.js';
import { TasksService } from '../../../src/tasks/tasks.service.js';
import { createTestDatabase, type TestDatabase } from './database.js';

/** Cheap scrypt parameters: the tests exercise the flow, not the cost. */
export const fastHash = (password: string) => hashPassword(password, { N: 1024, r: 8, p: 1 });

export interface WorldOptions {
  maxUploadBytes?: number;
  /** Retention of the event outbox (pruned only when a test calls `bus.prune()`). */
  eventRetention?: Partial<EventRetention>;
  /** Run against this (migrated) database instead of a fresh SQLite file; the caller closes it. */
  database?: { db: Kysely<Database> };
}

/** Every service wired against one temporary database, with a controllable clock. */
export async function createWorld(options: WorldOptions = {}) {
  const database: TestDatabase = await createTestDatabase(options.database?.db);
  const { db } = database;
  const clock = { now: Date.parse('2026-11-25T09:00:00.000Z') };
  const now = () => clock.now;
  const shutdown = new AbortController();
  const accessTokens = new AccessTokens({ secret: 'x'.repeat(32), now });
  const blobs = new LocalBlobStorage(join(database.directory, 'uploads'));
  const bus = new DatabaseEventBus(
    db,
    new LocalSignals(),
    { ...DEFAULT_EVENT_RETENTION, ...options.eventRetention, pruneIntervalMs: 0 },
    now,
  );
  const membersRepository = new MembersRepository(db);
  const access = new ProjectAccess(membersRepository);
  const tasksRepository = new TasksRepository(db);
  const auth = new AuthService(new AuthRepository(db), accessTokens, { now, hashPassword: fastHash });
  const world = {
    db,
    clock,
    /** Moves the clock forward, so rows get distinct, increasing timestamps. */
    tick(ms = 1) {
      clock.now += ms;
    },
    shutdown,
    bus,
    blobs,
    accessTokens,
    uploadDirectory: join(database.directory, 'uploads'),
    auth,
    /** Another AuthService on the same database with other options (e.g. the grace window off). */
    authWith(options: AuthServiceOptions) {
      return new AuthService(new AuthRepository(db), accessTokens, {
        now,
        hashPassword: fastHash,
        ...options,
      });
    },
    access,
    idempotency: new IdempotencyService(db, { now }),
    projects: new ProjectsService(new ProjectsRepository(db), access, blobs, now),
    /** The projects service on another connection (an idempotent request's transaction). */
    projectsOn: (on: Kysely<Database>) =>
      new ProjectsService(
        new ProjectsRepository(on),
        new ProjectAccess(new MembersRepository(on)),
        blobs,
        now,
      ),
    members: new MembersService(membersRepository, access, bus, now),
    tasks: new TasksService(tasksRepository, access, bus, blobs, now),
    comments: new CommentsService(new CommentsRepository(db), tasksRepository, access, bus, now),
    activity: new ActivityService(new ActivityRepository(db), tasksRepository, access),
    attachments: new AttachmentsService(
      new AttachmentsRepository(db),
      tasksRepository,
      access,
      blobs,
      bus,
      {
        maxBytes: options.maxUploadBytes ?? 1024,
        allowedMediaTypes: ['image/png', 'image/jpeg', 'application/pdf', 'text/plain'] as const,
      },
      now,
    ),
    events: new EventsService(bus, access, shutdown.signal, now),
    /** Registers a user and returns their id. */
    async user(name = 'user'): Promise<string> {
      const session = await auth.register({
        email: `${name}-${randomUUID()}@example.com`,
        password: 'correct-horse-battery-staple',
        displayName: name,
      });
      return session.user.id;
    },
    async destroy() {
      shutdown.abort();
      await bus.close();
      await database.destroy();
    },
  };
  return world;
}

export type World = Awaited<ReturnType<typeof createWorld>>;
