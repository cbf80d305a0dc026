import type { Router } from 'express';
import type { Kysely } from 'kysely';
import { createActivityHandlers } from './activity/activity.handlers.js';
import { ActivityRepository } from './activity/activity.repository.js';
import { ActivityService } from './activity/activity.service.js';
import { createAttachmentsHandlers } from './attachments/attachments.handlers.js';
import { AttachmentsRepository } from './attachments/attachments.repository.js';
import { AttachmentsService } from './attachments/attachments.service.js';
import { LocalBlobStorage } from './attachments/local-blob-storage.js';
import { uploadLimits } from './attachments/upload-limits.js';
import { AccessTokens } from './auth/access-tokens.js';
import { createAuthHandlers } from './auth/auth.handlers.js';
import { AuthRepository } from './auth/auth.repository.js';
import { AuthService } from './auth/auth.service.js';
import type { AuthPrincipal } from './auth/principal.js';
import { createCommentsHandlers } from './comments/comments.handlers.js';
import { CommentsRepository } from './comments/comments.repository.js';
import { CommentsService } from './comments/comments.service.js';
import type { EventBus } from './events/event-bus.js';
import { createEventsHandlers } from './events/events.handlers.js';
import { EventsService } from './events/events.service.js';
import { createRouter } from './generated/server/router.js';
import { createHealthHandlers, HealthService } from './health/index.js';
import { createMembersHandlers } from './members/members.handlers.js';
import { MembersRepository } from './members/members.repository.js';
import { MembersService } from './members/members.service.js';
import { ProjectAccess } from './members/project-access.js';
import { IdempotencyService } from './projects/idempotency/idempotency.service.js';
import { createProjectsHandlers } from './projects/projects.handlers.js';
import { ProjectsRepository } from './projects/projects.repository.js';
import { ProjectsService } from './projects/projects.service.js';
import type { Config } from './shared/config/index.js';
import type { DatabaseHandle } from './shared/db/index.js';
import type { Database } from './shared/db/schema.js';
import type { Logger } from './shared/logging/index.js';
import { createTasksHandlers } from './tasks/tasks.handlers.js';
import { TasksRepository } from './tasks/tasks.repository.js';
import { TasksService } from './tasks/tasks.service.js';

/** What the features need to build their services and handlers. */
export interface ApiDeps {
  config: Config;
  logger: Logger;
  database: DatabaseHandle<Database>;
  /** Aborted when shutdown starts: event streams end on it. */
  shutdownSignal: AbortSignal;
  /** Project events across processes (see events/create-event-bus.ts). */
  events: EventBus;
}

/**
 * Builds every feature — repositories over the one database, services with
 * their business rules, handlers satisfying the generated contracts — and
 * binds them to the generated router, which validates requests, checks the
 * bearer token and formats responses.
 */
/** A partial upload file this old belongs to no running request: a crash or the shutdown deadline left it. */
const STALE_PARTIAL_UPLOAD_MS = 60 * 60_000;

export function apiRouter({ config, logger, database, shutdownSignal, events }: ApiDeps): Router {
  const { db } = database;
  const access = new ProjectAccess(new MembersRepository(db));
  const tasksRepository = new TasksRepository(db);
  const blobs = new LocalBlobStorage(config.uploads.dir);
  const sweepPartials = () =>
    blobs.removeStalePartials(STALE_PARTIAL_UPLOAD_MS).then(
      (removed) => removed > 0 && logger.info({ removed }, 'removed partial uploads left by an earlier run'),
      (error: unknown) => logger.warn({ err: error }, 'could not sweep partial uploads'),
    );
  void sweepPartials();
  const sweeper = setInterval(sweepPartials, STALE_PARTIAL_UPLOAD_MS);
  sweeper.unref();
  shutdownSignal.addEventListener('abort', () => clearInterval(sweeper), { once: true });
  // Services bound to one connection, for work that must share a transaction (idempotent creates).
  const projectsOn = (on: Kysely<Database>) =>
    new ProjectsService(new ProjectsRepository(on), new ProjectAccess(new MembersRepository(on)), blobs);
  const tasksOn = (on: Kysely<Database>) =>
    new TasksService(new TasksRepository(on), new ProjectAccess(new MembersRepository(on)), events, blobs);
  const idempotency = new IdempotencyService(db);
  const accessTokens = new AccessTokens({
    secret: config.auth.jwtSecret,
    ttlSeconds: config.auth.accessTokenTtlSeconds,
  });

  const authRepository = new AuthRepository(db);
  const auth = new AuthService(authRepository, accessTokens, {
    refreshTokenTtlSeconds: config.auth.refreshTokenTtlSeconds,
    reuseGraceSeconds: config.auth.refreshReuseGraceSeconds,
  });
  const projects = projectsOn(db);
  const members = new MembersService(new MembersRepository(db), access, events);
  const tasks = tasksOn(db);
  const comments = new CommentsService(new CommentsRepository(db), tasksRepository, access, events);
  const activity = new ActivityService(new ActivityRepository(db), tasksRepository, access);
  const attachments = new AttachmentsService(
    new AttachmentsRepository(db),
    tasksRepository,
    access,
    blobs,
    events,
    uploadLimits(config.uploads.maxBytes),
  );
  const eventsService = new EventsService(events, access, shutdownSignal);
  const health = new HealthService(
    [
      { name: 'database', check: () => database.ping() },
      { name: 'events', check: () => events.check() },
    ],
    {
      isShuttingDown: () => shutdownSignal.aborted,
    },
  );

  return createRouter<AuthPrincipal>({
    handlers: {
      auth: createAuthHandlers({ service: auth }),
      projects: createProjectsHandlers({ service: projects, idempotency, serviceOn: projectsOn }),
      members: createMembersHandlers({ service: members }),
      tasks: createTasksHandlers({ service: tasks, idempotency, serviceOn: tasksOn }),
      comments: createCommentsHandlers({ service: comments }),
      activity: createActivityHandlers({ service: activity }),
      attachments: createAttachmentsHandlers({ service: attachments }),
      events: createEventsHandlers({ service: eventsService }),
      health: createHealthHandlers(health),
    },
    security: {
      // A signature proves who the token was issued to, not that the account still exists: check both.
      bearerAuth: async (token) => {
        const principal = await accessTokens.verify(token);
        return principal && (await authRepository.userExists(principal.userId)) ? principal : undefined;
      },
    },
    validateRequests: config.openapi.validateRequests ? 'zod' : 'off',
    bodyLimit: config.http.bodyLimitBytes,
    sseHeartbeatMs: config.http.sseHeartbeatMs,
  });
}
