// @ts-nocheck: checked when generated; set `typeCheck: true` to check here too.
import { z } from "zod";

import * as jsonSchema from "./json-schema.js";

import * as schemas from "./schemas.js";

/**
 * Sign in
 *
 * Exchanges an email address and password for an access token and sets the
 * `refresh_token` cookie. Wrong credentials get `401` without saying which part
 * was wrong.
 * POST /auth/login
 */
export const login = {
    request: {
        body: {
            "application/json": schemas.LoginRequest
        }
    },
    responses: {
        "200": {
            "application/json": schemas.AuthSession
        },
        "400": {
            "application/problem+json": schemas.Problem
        },
        "401": {
            "application/problem+json": schemas.Problem
        },
        "413": {
            "application/problem+json": schemas.Problem
        },
        "415": {
            "application/problem+json": schemas.Problem
        },
        "422": {
            "application/problem+json": schemas.Problem
        },
        "429": {
            "application/problem+json": schemas.Problem
        },
        "500": {
            "application/problem+json": schemas.Problem
        }
    }
} as const;

/**
 * Sign out
 *
 * Revokes the refresh token in the `refresh_token` cookie, if any, and clears the
 * cookie. Always succeeds, so it is safe to call when already signed out. Access
 * tokens already issued stay valid until they expire.
 * POST /auth/logout
 */
export const logout = {
    request: {
        cookies: z.object({
            /**
             * The refresh token set by `register`, `login` or `refreshSession` as an httpOnly
             * cookie scoped to `/auth`. Browsers send it automatically; it is never exposed
             * to scripts.
             */
            refresh_token: z.string().min(1).optional()
        })
    },
    responses: {
        "204": {},
        "400": {
            "application/problem+json": schemas.Problem
        },
        "429": {
            "application/problem+json": schemas.Problem
        },
        "500": {
            "application/problem+json": schemas.Problem
        }
    }
} as const;

/**
 * Get the signed-in user
 *
 * Returns the account that the bearer access token was issued to.
 * GET /auth/me
 */
export const getCurrentUser = {
    responses: {
        "200": {
            "application/json": schemas.User
        },
        "401": {
            "application/problem+json": schemas.Problem
        },
        "429": {
            "application/problem+json": schemas.Problem
        },
        "500": {
            "application/problem+json": schemas.Problem
        }
    }
} as const;

/**
 * Renew the access token
 *
 * Exchanges the `refresh_token` cookie for a new access token and rotates the
 * cookie. Each refresh token works once: presenting a used one revokes the whole
 * session family and gets `401`, as does a missing, expired or unknown token.
 * One exception keeps several tabs of one browser signed in: within a short
 * grace window after a token was rotated (10 seconds by default, server setting
 * `REFRESH_REUSE_GRACE_SECONDS`), presenting it again yields a session with a
 * refresh token of its own in the same family. Reuse after the window, or of a
 * revoked token, still revokes the family. Refresh has its own rate limit,
 * separate from sign-in.
 * POST /auth/refresh
 */
export const refreshSession = {
    request: {
        cookies: z.object({
            /**
             * The refresh token set by `register`, `login` or `refreshSession` as an httpOnly
             * cookie scoped to `/auth`. Browsers send it automatically; it is never exposed
             * to scripts.
             */
            refresh_token: z.string().min(1).optional()
        })
    },
    responses: {
        "200": {
            "application/json": schemas.AuthSession
        },
        "400": {
            "application/problem+json": schemas.Problem
        },
        "401": {
            "application/problem+json": schemas.Problem
        },
        "429": {
            "application/problem+json": schemas.Problem
        },
        "500": {
            "application/problem+json": schemas.Problem
        }
    }
} as const;

/**
 * Create an account
 *
 * Creates a user and signs them in: the response carries an access token and
 * sets the `refresh_token` cookie.
 * POST /auth/register
 */
export const register = {
    request: {
        body: {
            "application/json": schemas.RegisterRequest
        }
    },
    responses: {
        "201": {
            "application/json": schemas.AuthSession
        },
        "400": {
            "application/problem+json": schemas.Problem
        },
        "409": {
            "application/problem+json": schemas.Problem
        },
        "413": {
            "application/problem+json": schemas.Problem
        },
        "415": {
            "application/problem+json": schemas.Problem
        },
        "422": {
            "application/problem+json": schemas.Problem
        },
        "429": {
            "application/problem+json": schemas.Problem
        },
        "500": {
            "application/problem+json": schemas.Problem
        }
    }
} as const;

/**
 * Liveness probe
 *
 * Answers as long as the process can serve HTTP; it does not check dependencies.
 * GET /health
 */
export const getHealth = {
    responses: {
        "200": {
            "application/json": schemas.Health
        },
        "429": {
            "application/problem+json": schemas.Problem
        },
        "500": {
            "application/problem+json": schemas.Problem
        }
    }
} as const;

/**
 * List my projects
 *
 * The projects the caller is a member of, most recently created first.
 * GET /projects
 */
export const listProjects = {
    request: {
        query: z.object({
            /**
             * The opaque `nextCursor` of the previous page. Omit it to read the first page.
             * A cursor is only valid with the same filters and sort it was issued for.
             */
            cursor: z.string().min(1).max(512).optional(),
            /**
             * The maximum number of items in the page.
             */
            limit: z.preprocess(value => (typeof value === "string" && /^-?(?:0|[1-9][0-9]*)$/.test(value) ? Number(value) : value), z.int().gte(1).lte(100)).default(20)
        })
    },
    responses: {
        "200": {
            "application/json": schemas.ProjectPage
        },
        "400": {
            "application/problem+json": schemas.Problem
        },
        "401": {
            "application/problem+json": schemas.Problem
        },
        "429": {
            "application/problem+json": schemas.Problem
        },
        "500": {
            "application/problem+json": schemas.Problem
        }
    }
} as const;

/**
 * Create a project
 *
 * Creates a project owned by the caller, who becomes its first member with the `owner` role.
 * POST /projects
 */
export const createProject = {
    request: {
        headers: z.object({
            /**
             * A client-generated unique key (a UUID is recommended) that makes retrying the
             * request safe. A retry with the same key and body replays the first response;
             * the same key with a different body is rejected with `409`. Keys expire after
             * 24 hours.
             */
            "idempotency-key": z.string().min(1).max(255).optional()
        }),
        body: {
            "application/json": schemas.ProjectCreate
        }
    },
    responses: {
        "201": {
            "application/json": schemas.Project
        },
        "400": {
            "application/problem+json": schemas.Problem
        },
        "401": {
            "application/problem+json": schemas.Problem
        },
        "409": {
            "application/problem+json": schemas.Problem
        },
        "413": {
            "application/problem+json": schemas.Problem
        },
        "415": {
            "application/problem+json": schemas.Problem
        },
        "422": {
            "application/problem+json": schemas.Problem
        },
        "429": {
            "application/problem+json": schemas.Problem
        },
        "500": {
            "application/problem+json": schemas.Problem
        }
    }
} as const;

/**
 * Get a project
 *
 * Any member of the project may read it; to everyone else it does not exist (`404`).
 * GET /projects/{projectId}
 */
export const getProject = {
    request: {
        path: z.object({
            /**
             * The id of the project.
             */
            projectId: z.guid()
        })
    },
    responses: {
        "200": {
            "application/json": schemas.Project
        },
        "400": {
            "application/problem+json": schemas.Problem
        },
        "401": {
            "application/problem+json": schemas.Problem
        },
        "404": {
            "application/problem+json": schemas.Problem
        },
        "429": {
            "application/problem+json": schemas.Problem
        },
        "500": {
            "application/problem+json": schemas.Problem
        }
    }
} as const;

/**
 * Delete a project
 *
 * Deletes the project with all its tasks, comments and attachments. Only an owner may do this.
 * DELETE /projects/{projectId}
 */
export const deleteProject = {
    request: {
        path: z.object({
            /**
             * The id of the project.
             */
            projectId: z.guid()
        })
    },
    responses: {
        "204": {},
        "400": {
            "application/problem+json": schemas.Problem
        },
        "401": {
            "application/problem+json": schemas.Problem
        },
        "403": {
            "application/problem+json": schemas.Problem
        },
        "404": {
            "application/problem+json": schemas.Problem
        },
        "429": {
            "application/problem+json": schemas.Problem
        },
        "500": {
            "application/problem+json": schemas.Problem
        }
    }
} as const;

/**
 * Update a project
 *
 * Renames the project or changes its description. Any member may do this.
 * PATCH /projects/{projectId}
 */
export const updateProject = {
    request: {
        path: z.object({
            /**
             * The id of the project.
             */
            projectId: z.guid()
        }),
        body: {
            "application/json": schemas.ProjectUpdate
        }
    },
    responses: {
        "200": {
            "application/json": schemas.Project
        },
        "400": {
            "application/problem+json": schemas.Problem
        },
        "401": {
            "application/problem+json": schemas.Problem
        },
        "404": {
            "application/problem+json": schemas.Problem
        },
        "413": {
            "application/problem+json": schemas.Problem
        },
        "415": {
            "application/problem+json": schemas.Problem
        },
        "422": {
            "application/problem+json": schemas.Problem
        },
        "429": {
            "application/problem+json": schemas.Problem
        },
        "500": {
            "application/problem+json": schemas.Problem
        }
    }
} as const;

/**
 * Follow a project's changes live
 *
 * A Server-Sent Events stream of the project's changes. Each event has an `id:`
 * (send it back as `Last-Event-ID` to resume), an `event:` naming the change and
 * a `data:` line holding one `ProjectEvent` as JSON. Events are kept for replay
 * for 24 hours and up to the 1000 most recent per project (server settings
 * `EVENTS_RETENTION_SECONDS` and `EVENTS_RETENTION_COUNT`); a resume from before
 * that window, or with an id this stream never issued, starts with one
 * `stream.gap` event (`EventStreamGap`) telling the client to refetch. A resume
 * works on any server instance and after a restart. The server sends a `: ping`
 * comment every 15 seconds to keep idle connections open. The stream ends when
 * the access token expires, the caller leaves the project or the server shuts
 * down (the client reconnects with `Last-Event-ID`).
 * GET /projects/{projectId}/events
 */
export const streamProjectEvents = {
    request: {
        path: z.object({
            /**
             * The id of the project.
             */
            projectId: z.guid()
        }),
        headers: z.object({
            /**
             * The `id` of the last event received, sent when reconnecting so the stream
             * resumes after it (HTML Living Standard, Server-sent events §9.2.4). When
             * events after it are older than the server's retention window, or the id is
             * unknown, the stream starts with a `stream.gap` event instead of a full replay.
             */
            "last-event-id": z.string().min(1).max(128).optional()
        })
    },
    responses: {
        "200": {
            /**
             * A stream of server-sent events: the body is text, events are not validated one by one.
             */
            "text/event-stream": z.string()
        },
        "400": {
            "application/problem+json": schemas.Problem
        },
        "401": {
            "application/problem+json": schemas.Problem
        },
        "404": {
            "application/problem+json": schemas.Problem
        },
        "429": {
            "application/problem+json": schemas.Problem
        },
        "500": {
            "application/problem+json": schemas.Problem
        }
    }
} as const;

/**
 * List a project's members
 *
 * Owners first, then members, each group in the order they joined.
 * GET /projects/{projectId}/members
 */
export const listProjectMembers = {
    request: {
        path: z.object({
            /**
             * The id of the project.
             */
            projectId: z.guid()
        }),
        query: z.object({
            /**
             * The opaque `nextCursor` of the previous page. Omit it to read the first page.
             * A cursor is only valid with the same filters and sort it was issued for.
             */
            cursor: z.string().min(1).max(512).optional(),
            /**
             * The maximum number of items in the page.
             */
            limit: z.preprocess(value => (typeof value === "string" && /^-?(?:0|[1-9][0-9]*)$/.test(value) ? Number(value) : value), z.int().gte(1).lte(100)).default(20)
        })
    },
    responses: {
        "200": {
            "application/json": schemas.MemberPage
        },
        "400": {
            "application/problem+json": schemas.Problem
        },
        "401": {
            "application/problem+json": schemas.Problem
        },
        "404": {
            "application/problem+json": schemas.Problem
        },
        "429": {
            "application/problem+json": schemas.Problem
        },
        "500": {
            "application/problem+json": schemas.Problem
        }
    }
} as const;

/**
 * Add a member
 *
 * Adds an existing user to the project, identified by id or by email address,
 * with the given role (`member` when omitted). Only an owner may do this. A user
 * that does not exist is a `404`; a user already in the project is a `409`.
 * POST /projects/{projectId}/members
 */
export const addProjectMember = {
    request: {
        path: z.object({
            /**
             * The id of the project.
             */
            projectId: z.guid()
        }),
        body: {
            "application/json": schemas.MemberAddRequest
        }
    },
    responses: {
        "201": {
            "application/json": schemas.Member
        },
        "400": {
            "application/problem+json": schemas.Problem
        },
        "401": {
            "application/problem+json": schemas.Problem
        },
        "403": {
            "application/problem+json": schemas.Problem
        },
        "404": {
            "application/problem+json": schemas.Problem
        },
        "409": {
            "application/problem+json": schemas.Problem
        },
        "413": {
            "application/problem+json": schemas.Problem
        },
        "415": {
            "application/problem+json": schemas.Problem
        },
        "422": {
            "application/problem+json": schemas.Problem
        },
        "429": {
            "application/problem+json": schemas.Problem
        },
        "500": {
            "application/problem+json": schemas.Problem
        }
    }
} as const;

/**
 * Remove a member
 *
 * Removes a user from the project. Only an owner may do this. Removing the last
 * owner is refused with `409`: a project always keeps at least one owner. Tasks
 * assigned to the removed user become unassigned.
 * DELETE /projects/{projectId}/members/{userId}
 */
export const removeProjectMember = {
    request: {
        path: z.object({
            /**
             * The id of the project.
             */
            projectId: z.guid(),
            /**
             * The id of the user.
             */
            userId: z.guid()
        })
    },
    responses: {
        "204": {},
        "400": {
            "application/problem+json": schemas.Problem
        },
        "401": {
            "application/problem+json": schemas.Problem
        },
        "403": {
            "application/problem+json": schemas.Problem
        },
        "404": {
            "application/problem+json": schemas.Problem
        },
        "409": {
            "application/problem+json": schemas.Problem
        },
        "429": {
            "application/problem+json": schemas.Problem
        },
        "500": {
            "application/problem+json": schemas.Problem
        }
    }
} as const;

/**
 * List a project's tasks
 *
 * The project's tasks, filtered and sorted as requested. Filters combine with
 * AND; the values of a repeated `status` combine with OR.
 * GET /projects/{projectId}/tasks
 */
export const listTasks = {
    request: {
        path: z.object({
            /**
             * The id of the project.
             */
            projectId: z.guid()
        }),
        query: z.object({
            /**
             * The opaque `nextCursor` of the previous page. Omit it to read the first page.
             * A cursor is only valid with the same filters and sort it was issued for.
             */
            cursor: z.string().min(1).max(512).optional(),
            /**
             * The maximum number of items in the page.
             */
            limit: z.preprocess(value => (typeof value === "string" && /^-?(?:0|[1-9][0-9]*)$/.test(value) ? Number(value) : value), z.int().gte(1).lte(100)).default(20),
            /**
             * Only tasks in one of these statuses. Repeat the parameter for several values
             * (`?status=todo&status=in_progress`).
             */
            status: z.preprocess(value => (typeof value === "string" ? [value] : value), z.array(schemas.TaskStatus).min(1).refine(jsonSchema.uniqueItems, { message: "Items must be unique" })).optional(),
            /**
             * Only tasks assigned to this user.
             */
            assigneeId: z.guid().optional(),
            /**
             * Only tasks due on or after this day (inclusive). Tasks without a due date are excluded.
             */
            dueAfter: z.iso.date().optional(),
            /**
             * Only tasks due on or before this day (inclusive). Tasks without a due date are excluded.
             */
            dueBefore: z.iso.date().optional(),
            /**
             * The order of the results: a field name, ascending, or prefixed with `-` for
             * descending. Ties are broken by task id. Tasks without a due date sort last.
             */
            sort: z.enum(["createdAt", "-createdAt", "dueDate", "-dueDate", "priority", "-priority"]).default("-createdAt")
        })
    },
    responses: {
        "200": {
            "application/json": schemas.TaskPage
        },
        "400": {
            "application/problem+json": schemas.Problem
        },
        "401": {
            "application/problem+json": schemas.Problem
        },
        "404": {
            "application/problem+json": schemas.Problem
        },
        "429": {
            "application/problem+json": schemas.Problem
        },
        "500": {
            "application/problem+json": schemas.Problem
        }
    }
} as const;

/**
 * Create a task
 *
 * Creates a task in the project. `assigneeId`, when given, must be a member of
 * the project (`409` otherwise: the request conflicts with the project's current
 * membership). Send an `Idempotency-Key` to make retries safe.
 * POST /projects/{projectId}/tasks
 */
export const createTask = {
    request: {
        path: z.object({
            /**
             * The id of the project.
             */
            projectId: z.guid()
        }),
        headers: z.object({
            /**
             * A client-generated unique key (a UUID is recommended) that makes retrying the
             * request safe. A retry with the same key and body replays the first response;
             * the same key with a different body is rejected with `409`. Keys expire after
             * 24 hours.
             */
            "idempotency-key": z.string().min(1).max(255).optional()
        }),
        body: {
            "application/json": schemas.TaskCreateRequest
        }
    },
    responses: {
        "201": {
            "application/json": schemas.Task
        },
        "400": {
            "application/problem+json": schemas.Problem
        },
        "401": {
            "application/problem+json": schemas.Problem
        },
        "404": {
            "application/problem+json": schemas.Problem
        },
        "409": {
            "application/problem+json": schemas.Problem
        },
        "413": {
            "application/problem+json": schemas.Problem
        },
        "415": {
            "application/problem+json": schemas.Problem
        },
        "422": {
            "application/problem+json": schemas.Problem
        },
        "429": {
            "application/problem+json": schemas.Problem
        },
        "500": {
            "application/problem+json": schemas.Problem
        }
    }
} as const;

/**
 * Get a task
 *
 * Returns the task and, in `ETag`, its current version to send back in `If-Match` when updating it.
 * GET /projects/{projectId}/tasks/{taskId}
 */
export const getTask = {
    request: {
        path: z.object({
            /**
             * The id of the project.
             */
            projectId: z.guid(),
            /**
             * The id of the task.
             */
            taskId: z.guid()
        })
    },
    responses: {
        "200": {
            "application/json": schemas.Task
        },
        "400": {
            "application/problem+json": schemas.Problem
        },
        "401": {
            "application/problem+json": schemas.Problem
        },
        "404": {
            "application/problem+json": schemas.Problem
        },
        "429": {
            "application/problem+json": schemas.Problem
        },
        "500": {
            "application/problem+json": schemas.Problem
        }
    }
} as const;

/**
 * Delete a task
 *
 * Deletes the task with its comments, activity and attachments. Any member may do this.
 * DELETE /projects/{projectId}/tasks/{taskId}
 */
export const deleteTask = {
    request: {
        path: z.object({
            /**
             * The id of the project.
             */
            projectId: z.guid(),
            /**
             * The id of the task.
             */
            taskId: z.guid()
        })
    },
    responses: {
        "204": {},
        "400": {
            "application/problem+json": schemas.Problem
        },
        "401": {
            "application/problem+json": schemas.Problem
        },
        "404": {
            "application/problem+json": schemas.Problem
        },
        "429": {
            "application/problem+json": schemas.Problem
        },
        "500": {
            "application/problem+json": schemas.Problem
        }
    }
} as const;

/**
 * Update a task
 *
 * Changes the given fields (a JSON merge: omitted fields keep their value, `null`
 * clears a nullable field). Send the task's `ETag` in `If-Match` to make sure
 * nobody changed it since you read it; a stale ETag gets `412`. A new `assigneeId`
 * must be a member of the project (`409` otherwise).
 * PATCH /projects/{projectId}/tasks/{taskId}
 */
export const updateTask = {
    request: {
        path: z.object({
            /**
             * The id of the project.
             */
            projectId: z.guid(),
            /**
             * The id of the task.
             */
            taskId: z.guid()
        }),
        headers: z.object({
            /**
             * The `ETag` of the task as last read (`"<version>"`). When given and the task
             * has changed since, the update is refused with `412` (RFC 9110 §13.1.1).
             * Without it the update applies unconditionally.
             */
            "if-match": z.string().min(1).optional()
        }),
        body: {
            "application/json": schemas.TaskUpdate
        }
    },
    responses: {
        "200": {
            "application/json": schemas.Task
        },
        "400": {
            "application/problem+json": schemas.Problem
        },
        "401": {
            "application/problem+json": schemas.Problem
        },
        "404": {
            "application/problem+json": schemas.Problem
        },
        "409": {
            "application/problem+json": schemas.Problem
        },
        "412": {
            "application/problem+json": schemas.Problem
        },
        "413": {
            "application/problem+json": schemas.Problem
        },
        "415": {
            "application/problem+json": schemas.Problem
        },
        "422": {
            "application/problem+json": schemas.Problem
        },
        "429": {
            "application/problem+json": schemas.Problem
        },
        "500": {
            "application/problem+json": schemas.Problem
        }
    }
} as const;

/**
 * List a task's activity
 *
 * What happened to the task, oldest first. Each entry's `kind` says which kind of change it records.
 * GET /projects/{projectId}/tasks/{taskId}/activity
 */
export const listTaskActivity = {
    request: {
        path: z.object({
            /**
             * The id of the project.
             */
            projectId: z.guid(),
            /**
             * The id of the task.
             */
            taskId: z.guid()
        }),
        query: z.object({
            /**
             * The opaque `nextCursor` of the previous page. Omit it to read the first page.
             * A cursor is only valid with the same filters and sort it was issued for.
             */
            cursor: z.string().min(1).max(512).optional(),
            /**
             * The maximum number of items in the page.
             */
            limit: z.preprocess(value => (typeof value === "string" && /^-?(?:0|[1-9][0-9]*)$/.test(value) ? Number(value) : value), z.int().gte(1).lte(100)).default(20)
        })
    },
    responses: {
        "200": {
            "application/json": schemas.ActivityPage
        },
        "400": {
            "application/problem+json": schemas.Problem
        },
        "401": {
            "application/problem+json": schemas.Problem
        },
        "404": {
            "application/problem+json": schemas.Problem
        },
        "429": {
            "application/problem+json": schemas.Problem
        },
        "500": {
            "application/problem+json": schemas.Problem
        }
    }
} as const;

/**
 * List a task's attachments
 *
 * The task's attachments, newest first.
 * GET /projects/{projectId}/tasks/{taskId}/attachments
 */
export const listAttachments = {
    request: {
        path: z.object({
            /**
             * The id of the project.
             */
            projectId: z.guid(),
            /**
             * The id of the task.
             */
            taskId: z.guid()
        }),
        query: z.object({
            /**
             * The opaque `nextCursor` of the previous page. Omit it to read the first page.
             * A cursor is only valid with the same filters and sort it was issued for.
             */
            cursor: z.string().min(1).max(512).optional(),
            /**
             * The maximum number of items in the page.
             */
            limit: z.preprocess(value => (typeof value === "string" && /^-?(?:0|[1-9][0-9]*)$/.test(value) ? Number(value) : value), z.int().gte(1).lte(100)).default(20)
        })
    },
    responses: {
        "200": {
            "application/json": schemas.AttachmentPage
        },
        "400": {
            "application/problem+json": schemas.Problem
        },
        "401": {
            "application/problem+json": schemas.Problem
        },
        "404": {
            "application/problem+json": schemas.Problem
        },
        "429": {
            "application/problem+json": schemas.Problem
        },
        "500": {
            "application/problem+json": schemas.Problem
        }
    }
} as const;

/**
 * Attach a file to a task
 *
 * Uploads one file as the `file` part of a `multipart/form-data` body. The file
 * may be at most 10 MiB (10485760 bytes; larger uploads get `413`) and must be a
 * PNG or JPEG image, a PDF or plain text (other types get `415`). The file name
 * is taken from the part's `Content-Disposition`.
 * POST /projects/{projectId}/tasks/{taskId}/attachments
 */
export const uploadAttachment = {
    request: {
        path: z.object({
            /**
             * The id of the project.
             */
            projectId: z.guid(),
            /**
             * The id of the task.
             */
            taskId: z.guid()
        }),
        body: {
            "multipart/form-data": schemas.AttachmentUpload
        }
    },
    responses: {
        "201": {
            "application/json": schemas.Attachment
        },
        "400": {
            "application/problem+json": schemas.Problem
        },
        "401": {
            "application/problem+json": schemas.Problem
        },
        "404": {
            "application/problem+json": schemas.Problem
        },
        "413": {
            "application/problem+json": schemas.Problem
        },
        "415": {
            "application/problem+json": schemas.Problem
        },
        "422": {
            "application/problem+json": schemas.Problem
        },
        "429": {
            "application/problem+json": schemas.Problem
        },
        "500": {
            "application/problem+json": schemas.Problem
        }
    }
} as const;

/**
 * Delete an attachment
 *
 * Only the member who uploaded the file or a project owner may delete it.
 * DELETE /projects/{projectId}/tasks/{taskId}/attachments/{attachmentId}
 */
export const deleteAttachment = {
    request: {
        path: z.object({
            /**
             * The id of the project.
             */
            projectId: z.guid(),
            /**
             * The id of the task.
             */
            taskId: z.guid(),
            /**
             * The id of the attachment.
             */
            attachmentId: z.guid()
        })
    },
    responses: {
        "204": {},
        "400": {
            "application/problem+json": schemas.Problem
        },
        "401": {
            "application/problem+json": schemas.Problem
        },
        "403": {
            "application/problem+json": schemas.Problem
        },
        "404": {
            "application/problem+json": schemas.Problem
        },
        "429": {
            "application/problem+json": schemas.Problem
        },
        "500": {
            "application/problem+json": schemas.Problem
        }
    }
} as const;

/**
 * Download an attachment
 *
 * The file's bytes, served as `application/octet-stream` so browsers download
 * rather than render them; the original media type is the attachment's
 * `contentType`.
 * GET /projects/{projectId}/tasks/{taskId}/attachments/{attachmentId}/content
 */
export const downloadAttachment = {
    request: {
        path: z.object({
            /**
             * The id of the project.
             */
            projectId: z.guid(),
            /**
             * The id of the task.
             */
            taskId: z.guid(),
            /**
             * The id of the attachment.
             */
            attachmentId: z.guid()
        })
    },
    responses: {
        "200": {
            /**
             * Binary payload: the bytes are passed through, not validated.
             */
            "application/octet-stream": z.unknown()
        },
        "400": {
            "application/problem+json": schemas.Problem
        },
        "401": {
            "application/problem+json": schemas.Problem
        },
        "404": {
            "application/problem+json": schemas.Problem
        },
        "429": {
            "application/problem+json": schemas.Problem
        },
        "500": {
            "application/problem+json": schemas.Problem
        }
    }
} as const;

/**
 * List a task's comments
 *
 * The task's top-level comments, oldest first, each with its whole reply
 * thread nested in `replies`. Pagination counts top-level comments only.
 * GET /projects/{projectId}/tasks/{taskId}/comments
 */
export const listComments = {
    request: {
        path: z.object({
            /**
             * The id of the project.
             */
            projectId: z.guid(),
            /**
             * The id of the task.
             */
            taskId: z.guid()
        }),
        query: z.object({
            /**
             * The opaque `nextCursor` of the previous page. Omit it to read the first page.
             * A cursor is only valid with the same filters and sort it was issued for.
             */
            cursor: z.string().min(1).max(512).optional(),
            /**
             * The maximum number of items in the page.
             */
            limit: z.preprocess(value => (typeof value === "string" && /^-?(?:0|[1-9][0-9]*)$/.test(value) ? Number(value) : value), z.int().gte(1).lte(100)).default(20)
        })
    },
    responses: {
        "200": {
            "application/json": schemas.CommentPage
        },
        "400": {
            "application/problem+json": schemas.Problem
        },
        "401": {
            "application/problem+json": schemas.Problem
        },
        "404": {
            "application/problem+json": schemas.Problem
        },
        "429": {
            "application/problem+json": schemas.Problem
        },
        "500": {
            "application/problem+json": schemas.Problem
        }
    }
} as const;

/**
 * Comment on a task
 *
 * Adds a comment, or a reply when `parentId` is given. The parent must be a
 * comment on the same task (`409` otherwise).
 * POST /projects/{projectId}/tasks/{taskId}/comments
 */
export const createComment = {
    request: {
        path: z.object({
            /**
             * The id of the project.
             */
            projectId: z.guid(),
            /**
             * The id of the task.
             */
            taskId: z.guid()
        }),
        body: {
            "application/json": schemas.CommentCreateRequest
        }
    },
    responses: {
        "201": {
            "application/json": schemas.Comment
        },
        "400": {
            "application/problem+json": schemas.Problem
        },
        "401": {
            "application/problem+json": schemas.Problem
        },
        "404": {
            "application/problem+json": schemas.Problem
        },
        "409": {
            "application/problem+json": schemas.Problem
        },
        "413": {
            "application/problem+json": schemas.Problem
        },
        "415": {
            "application/problem+json": schemas.Problem
        },
        "422": {
            "application/problem+json": schemas.Problem
        },
        "429": {
            "application/problem+json": schemas.Problem
        },
        "500": {
            "application/problem+json": schemas.Problem
        }
    }
} as const;

/**
 * Get a comment
 *
 * The comment with its whole reply thread. Replies can be read by their own id too.
 * GET /projects/{projectId}/tasks/{taskId}/comments/{commentId}
 */
export const getComment = {
    request: {
        path: z.object({
            /**
             * The id of the project.
             */
            projectId: z.guid(),
            /**
             * The id of the task.
             */
            taskId: z.guid(),
            /**
             * The id of the comment.
             */
            commentId: z.guid()
        })
    },
    responses: {
        "200": {
            "application/json": schemas.Comment
        },
        "400": {
            "application/problem+json": schemas.Problem
        },
        "401": {
            "application/problem+json": schemas.Problem
        },
        "404": {
            "application/problem+json": schemas.Problem
        },
        "429": {
            "application/problem+json": schemas.Problem
        },
        "500": {
            "application/problem+json": schemas.Problem
        }
    }
} as const;

/**
 * Readiness probe
 *
 * Checks every dependency — `database` (a trivial query answers) and `events`
 * (the event notification listener is connected; on PostgreSQL a dedicated
 * LISTEN connection) — and answers `503` when one is down or while the server
 * is shutting down (draining), so load balancers stop routing to this instance.
 * GET /ready
 */
export const getReadiness = {
    responses: {
        "200": {
            "application/json": schemas.Readiness
        },
        "429": {
            "application/problem+json": schemas.Problem
        },
        "500": {
            "application/problem+json": schemas.Problem
        },
        "503": {
            "application/problem+json": schemas.Problem
        }
    }
} as const;

/**
 * Per operation, each request part as its schema parses it (`z.output` of the part), written out so that code typed by it needs no inference from the schemas.
 */
export interface RequestOutputs {
    login: {
        body: {
            "application/json": schemas.LoginRequest;
        };
    };
    logout: {
        cookies: {
            refresh_token?: string;
        };
    };
    refreshSession: {
        cookies: {
            refresh_token?: string;
        };
    };
    register: {
        body: {
            "application/json": schemas.RegisterRequest;
        };
    };
    listProjects: {
        query: {
            cursor?: string;
            limit: number;
        };
    };
    createProject: {
        headers: {
            "idempotency-key"?: string;
        };
        body: {
            "application/json": schemas.ProjectCreate;
        };
    };
    getProject: {
        path: {
            projectId: string;
        };
    };
    deleteProject: {
        path: {
            projectId: string;
        };
    };
    updateProject: {
        path: {
            projectId: string;
        };
        body: {
            "application/json": schemas.ProjectUpdate;
        };
    };
    streamProjectEvents: {
        path: {
            projectId: string;
        };
        headers: {
            "last-event-id"?: string;
        };
    };
    listProjectMembers: {
        path: {
            projectId: string;
        };
        query: {
            cursor?: string;
            limit: number;
        };
    };
    addProjectMember: {
        path: {
            projectId: string;
        };
        body: {
            "application/json": schemas.MemberAddRequest;
        };
    };
    removeProjectMember: {
        path: {
            projectId: string;
            userId: string;
        };
    };
    listTasks: {
        path: {
            projectId: string;
        };
        query: {
            cursor?: string;
            limit: number;
            status?: Array<schemas.TaskStatus>;
            assigneeId?: string;
            dueAfter?: string;
            dueBefore?: string;
            sort: "createdAt" | "-createdAt" | "dueDate" | "-dueDate" | "priority" | "-priority";
        };
    };
    createTask: {
        path: {
            projectId: string;
        };
        headers: {
            "idempotency-key"?: string;
        };
        body: {
            "application/json": schemas.TaskCreateRequest;
        };
    };
    getTask: {
        path: {
            projectId: string;
            taskId: string;
        };
    };
    deleteTask: {
        path: {
            projectId: string;
            taskId: string;
        };
    };
    updateTask: {
        path: {
            projectId: string;
            taskId: string;
        };
        headers: {
            "if-match"?: string;
        };
        body: {
            "application/json": schemas.TaskUpdate;
        };
    };
    listTaskActivity: {
        path: {
            projectId: string;
            taskId: string;
        };
        query: {
            cursor?: string;
            limit: number;
        };
    };
    listAttachments: {
        path: {
            projectId: string;
            taskId: string;
        };
        query: {
            cursor?: string;
            limit: number;
        };
    };
    uploadAttachment: {
        path: {
            projectId: string;
            taskId: string;
        };
        body: {
            "multipart/form-data": schemas.AttachmentUpload;
        };
    };
    deleteAttachment: {
        path: {
            projectId: string;
            taskId: string;
            attachmentId: string;
        };
    };
    downloadAttachment: {
        path: {
            projectId: string;
            taskId: string;
            attachmentId: string;
        };
    };
    listComments: {
        path: {
            projectId: string;
            taskId: string;
        };
        query: {
            cursor?: string;
            limit: number;
        };
    };
    createComment: {
        path: {
            projectId: string;
            taskId: string;
        };
        body: {
            "application/json": schemas.CommentCreateRequest;
        };
    };
    getComment: {
        path: {
            projectId: string;
            taskId: string;
            commentId: string;
        };
    };
}
