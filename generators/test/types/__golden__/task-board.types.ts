export interface paths {
    "/auth/register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create an account
         * @description Creates a user and signs them in: the response carries an access token and
         *     sets the `refresh_token` cookie.
         */
        post: operations["register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign in
         * @description Exchanges an email address and password for an access token and sets the
         *     `refresh_token` cookie. Wrong credentials get `401` without saying which part
         *     was wrong.
         */
        post: operations["login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Renew the access token
         * @description Exchanges the `refresh_token` cookie for a new access token and rotates the
         *     cookie. Each refresh token works once: presenting a used one revokes the whole
         *     session family and gets `401`, as does a missing, expired or unknown token.
         *     One exception keeps several tabs of one browser signed in: within a short
         *     grace window after a token was rotated (10 seconds by default, server setting
         *     `REFRESH_REUSE_GRACE_SECONDS`), presenting it again yields a session with a
         *     refresh token of its own in the same family. Reuse after the window, or of a
         *     revoked token, still revokes the family. Refresh has its own rate limit,
         *     separate from sign-in.
         */
        post: operations["refreshSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign out
         * @description Revokes the refresh token in the `refresh_token` cookie, if any, and clears the
         *     cookie. Always succeeds, so it is safe to call when already signed out. Access
         *     tokens already issued stay valid until they expire.
         */
        post: operations["logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the signed-in user
         * @description Returns the account that the bearer access token was issued to.
         */
        get: operations["getCurrentUser"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List my projects
         * @description The projects the caller is a member of, most recently created first.
         */
        get: operations["listProjects"];
        put?: never;
        /**
         * Create a project
         * @description Creates a project owned by the caller, who becomes its first member with the `owner` role.
         */
        post: operations["createProject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{projectId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of the project.
                 * @example 0b7f2c1e-4d3a-4e8b-9a61-2f5c8d9e1a47
                 */
                projectId: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        /**
         * Get a project
         * @description Any member of the project may read it; to everyone else it does not exist (`404`).
         */
        get: operations["getProject"];
        put?: never;
        post?: never;
        /**
         * Delete a project
         * @description Deletes the project with all its tasks, comments and attachments. Only an owner may do this.
         */
        delete: operations["deleteProject"];
        options?: never;
        head?: never;
        /**
         * Update a project
         * @description Renames the project or changes its description. Any member may do this.
         */
        patch: operations["updateProject"];
        trace?: never;
    };
    "/projects/{projectId}/members": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of the project.
                 * @example 0b7f2c1e-4d3a-4e8b-9a61-2f5c8d9e1a47
                 */
                projectId: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        /**
         * List a project's members
         * @description Owners first, then members, each group in the order they joined.
         */
        get: operations["listProjectMembers"];
        put?: never;
        /**
         * Add a member
         * @description Adds an existing user to the project, identified by id or by email address,
         *     with the given role (`member` when omitted). Only an owner may do this. A user
         *     that does not exist is a `404`; a user already in the project is a `409`.
         */
        post: operations["addProjectMember"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{projectId}/members/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of the project.
                 * @example 0b7f2c1e-4d3a-4e8b-9a61-2f5c8d9e1a47
                 */
                projectId: components["parameters"]["ProjectId"];
                /**
                 * @description The id of the user.
                 * @example 8f14e45f-ceea-4f67-a9a4-3b1f2c5d7e90
                 */
                userId: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove a member
         * @description Removes a user from the project. Only an owner may do this. Removing the last
         *     owner is refused with `409`: a project always keeps at least one owner. Tasks
         *     assigned to the removed user become unassigned.
         */
        delete: operations["removeProjectMember"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{projectId}/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of the project.
                 * @example 0b7f2c1e-4d3a-4e8b-9a61-2f5c8d9e1a47
                 */
                projectId: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        /**
         * List a project's tasks
         * @description The project's tasks, filtered and sorted as requested. Filters combine with
         *     AND; the values of a repeated `status` combine with OR.
         */
        get: operations["listTasks"];
        put?: never;
        /**
         * Create a task
         * @description Creates a task in the project. `assigneeId`, when given, must be a member of
         *     the project (`409` otherwise: the request conflicts with the project's current
         *     membership). Send an `Idempotency-Key` to make retries safe.
         */
        post: operations["createTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{projectId}/tasks/{taskId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of the project.
                 * @example 0b7f2c1e-4d3a-4e8b-9a61-2f5c8d9e1a47
                 */
                projectId: components["parameters"]["ProjectId"];
                /**
                 * @description The id of the task.
                 * @example 5d1e9f3a-7b2c-4c8d-9e0f-1a2b3c4d5e6f
                 */
                taskId: components["parameters"]["TaskId"];
            };
            cookie?: never;
        };
        /**
         * Get a task
         * @description Returns the task and, in `ETag`, its current version to send back in `If-Match` when updating it.
         */
        get: operations["getTask"];
        put?: never;
        post?: never;
        /**
         * Delete a task
         * @description Deletes the task with its comments, activity and attachments. Any member may do this.
         */
        delete: operations["deleteTask"];
        options?: never;
        head?: never;
        /**
         * Update a task
         * @description Changes the given fields (a JSON merge: omitted fields keep their value, `null`
         *     clears a nullable field). Send the task's `ETag` in `If-Match` to make sure
         *     nobody changed it since you read it; a stale ETag gets `412`. A new `assigneeId`
         *     must be a member of the project (`409` otherwise).
         */
        patch: operations["updateTask"];
        trace?: never;
    };
    "/projects/{projectId}/tasks/{taskId}/comments": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of the project.
                 * @example 0b7f2c1e-4d3a-4e8b-9a61-2f5c8d9e1a47
                 */
                projectId: components["parameters"]["ProjectId"];
                /**
                 * @description The id of the task.
                 * @example 5d1e9f3a-7b2c-4c8d-9e0f-1a2b3c4d5e6f
                 */
                taskId: components["parameters"]["TaskId"];
            };
            cookie?: never;
        };
        /**
         * List a task's comments
         * @description The task's top-level comments, oldest first, each with its whole reply
         *     thread nested in `replies`. Pagination counts top-level comments only.
         */
        get: operations["listComments"];
        put?: never;
        /**
         * Comment on a task
         * @description Adds a comment, or a reply when `parentId` is given. The parent must be a
         *     comment on the same task (`409` otherwise).
         */
        post: operations["createComment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{projectId}/tasks/{taskId}/comments/{commentId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of the project.
                 * @example 0b7f2c1e-4d3a-4e8b-9a61-2f5c8d9e1a47
                 */
                projectId: components["parameters"]["ProjectId"];
                /**
                 * @description The id of the task.
                 * @example 5d1e9f3a-7b2c-4c8d-9e0f-1a2b3c4d5e6f
                 */
                taskId: components["parameters"]["TaskId"];
                /**
                 * @description The id of the comment.
                 * @example d4735e3a-265e-46e1-8bd6-bb2a3b4e7a10
                 */
                commentId: components["parameters"]["CommentId"];
            };
            cookie?: never;
        };
        /**
         * Get a comment
         * @description The comment with its whole reply thread. Replies can be read by their own id too.
         */
        get: operations["getComment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{projectId}/tasks/{taskId}/activity": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of the project.
                 * @example 0b7f2c1e-4d3a-4e8b-9a61-2f5c8d9e1a47
                 */
                projectId: components["parameters"]["ProjectId"];
                /**
                 * @description The id of the task.
                 * @example 5d1e9f3a-7b2c-4c8d-9e0f-1a2b3c4d5e6f
                 */
                taskId: components["parameters"]["TaskId"];
            };
            cookie?: never;
        };
        /**
         * List a task's activity
         * @description What happened to the task, oldest first. Each entry's `kind` says which kind of change it records.
         */
        get: operations["listTaskActivity"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{projectId}/tasks/{taskId}/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of the project.
                 * @example 0b7f2c1e-4d3a-4e8b-9a61-2f5c8d9e1a47
                 */
                projectId: components["parameters"]["ProjectId"];
                /**
                 * @description The id of the task.
                 * @example 5d1e9f3a-7b2c-4c8d-9e0f-1a2b3c4d5e6f
                 */
                taskId: components["parameters"]["TaskId"];
            };
            cookie?: never;
        };
        /**
         * List a task's attachments
         * @description The task's attachments, newest first.
         */
        get: operations["listAttachments"];
        put?: never;
        /**
         * Attach a file to a task
         * @description Uploads one file as the `file` part of a `multipart/form-data` body. The file
         *     may be at most 10 MiB (10485760 bytes; larger uploads get `413`) and must be a
         *     PNG or JPEG image, a PDF or plain text (other types get `415`). The file name
         *     is taken from the part's `Content-Disposition`.
         */
        post: operations["uploadAttachment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{projectId}/tasks/{taskId}/attachments/{attachmentId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of the project.
                 * @example 0b7f2c1e-4d3a-4e8b-9a61-2f5c8d9e1a47
                 */
                projectId: components["parameters"]["ProjectId"];
                /**
                 * @description The id of the task.
                 * @example 5d1e9f3a-7b2c-4c8d-9e0f-1a2b3c4d5e6f
                 */
                taskId: components["parameters"]["TaskId"];
                /**
                 * @description The id of the attachment.
                 * @example a3c5e7f9-1b2d-4e6f-8a0c-2e4f6a8b0c1d
                 */
                attachmentId: components["parameters"]["AttachmentId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete an attachment
         * @description Only the member who uploaded the file or a project owner may delete it.
         */
        delete: operations["deleteAttachment"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{projectId}/tasks/{taskId}/attachments/{attachmentId}/content": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of the project.
                 * @example 0b7f2c1e-4d3a-4e8b-9a61-2f5c8d9e1a47
                 */
                projectId: components["parameters"]["ProjectId"];
                /**
                 * @description The id of the task.
                 * @example 5d1e9f3a-7b2c-4c8d-9e0f-1a2b3c4d5e6f
                 */
                taskId: components["parameters"]["TaskId"];
                /**
                 * @description The id of the attachment.
                 * @example a3c5e7f9-1b2d-4e6f-8a0c-2e4f6a8b0c1d
                 */
                attachmentId: components["parameters"]["AttachmentId"];
            };
            cookie?: never;
        };
        /**
         * Download an attachment
         * @description The file's bytes, served as `application/octet-stream` so browsers download
         *     rather than render them; the original media type is the attachment's
         *     `contentType`.
         */
        get: operations["downloadAttachment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{projectId}/events": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of the project.
                 * @example 0b7f2c1e-4d3a-4e8b-9a61-2f5c8d9e1a47
                 */
                projectId: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        /**
         * Follow a project's changes live
         * @description A Server-Sent Events stream of the project's changes. Each event has an `id:`
         *     (send it back as `Last-Event-ID` to resume), an `event:` naming the change and
         *     a `data:` line holding one `ProjectEvent` as JSON. Events are kept for replay
         *     for 24 hours and up to the 1000 most recent per project (server settings
         *     `EVENTS_RETENTION_SECONDS` and `EVENTS_RETENTION_COUNT`); a resume from before
         *     that window, or with an id this stream never issued, starts with one
         *     `stream.gap` event (`EventStreamGap`) telling the client to refetch. A resume
         *     works on any server instance and after a restart. The server sends a `: ping`
         *     comment every 15 seconds to keep idle connections open. The stream ends when
         *     the access token expires, the caller leaves the project or the server shuts
         *     down (the client reconnects with `Last-Event-ID`).
         */
        get: operations["streamProjectEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Liveness probe
         * @description Answers as long as the process can serve HTTP; it does not check dependencies.
         */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Readiness probe
         * @description Checks every dependency — `database` (a trivial query answers) and `events`
         *     (the event notification listener is connected; on PostgreSQL a dedicated
         *     LISTEN connection) — and answers `503` when one is down or while the server
         *     is shutting down (draining), so load balancers stop routing to this instance.
         */
        get: operations["getReadiness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * Problem
         * @description An RFC 9457 problem details object. Every 4xx and 5xx response of this API uses
         *     it, served as `application/problem+json`.
         */
        Problem: {
            /**
             * Format: uri-reference
             * @description A URI reference identifying the problem type (RFC 9457 §3.1.1).
             * @default about:blank
             */
            type: string;
            /** @description A short, human-readable summary of the problem type. */
            title: string;
            /** @description The HTTP status code of this response, repeated for convenience. */
            status: number;
            /** @description A human-readable explanation specific to this occurrence. */
            detail?: string;
            /**
             * Format: uri-reference
             * @description A URI reference identifying this occurrence, usually the request path.
             */
            instance?: string;
            /** @description The identifier of the request, also found in the server logs. */
            request_id?: string;
            /** @description One entry per invalid field when the request failed validation. */
            errors?: components["schemas"]["ProblemFieldError"][];
        };
        /**
         * ProblemFieldError
         * @description One validation failure inside a request.
         */
        ProblemFieldError: {
            /**
             * @description Where the invalid value is: a JSON Pointer into the body (`/title`), or the
             *     location and name of a parameter (`query/limit`, `header/If-Match`).
             */
            path: string;
            /** @description What is wrong with the value, for humans. */
            message: string;
            /** @description A stable machine-readable code such as `too_small` or `invalid_format`. */
            code: string;
        };
        /**
         * User
         * @description A registered person.
         */
        User: {
            /** Format: uuid */
            readonly id: string;
            /** Format: email */
            email: string;
            displayName: string;
            /**
             * Format: uri
             * @description Absolute URL of the user's avatar image, or `null` when none is set.
             */
            avatarUrl: string | null;
            /** Format: date-time */
            readonly createdAt: string;
        };
        /**
         * RegisterRequest
         * @description The details needed to create an account.
         */
        RegisterRequest: {
            /**
             * Format: email
             * @description Used to sign in; must not belong to an existing account.
             */
            email: string;
            password: string;
            displayName: string;
        };
        /**
         * LoginRequest
         * @description Credentials for signing in.
         */
        LoginRequest: {
            /** Format: email */
            email: string;
            password: string;
        };
        /**
         * AuthSession
         * @description A signed-in session. The access token goes in the `Authorization` header; the
         *     matching refresh token travels only in the httpOnly `refresh_token` cookie.
         */
        AuthSession: {
            /** @description A JWT to send in the `Authorization` header with the `Bearer` scheme. */
            accessToken: string;
            /** @enum {string} */
            tokenType: "Bearer";
            /** @description Seconds until the access token expires. */
            expiresIn: number;
            user: components["schemas"]["User"];
        };
        /**
         * Project
         * @description A board that groups tasks and the people working on them.
         */
        Project: {
            /** Format: uuid */
            readonly id: string;
            name: string;
            description: string | null;
            /**
             * Format: uuid
             * @description The user who created the project.
             */
            readonly ownerId: string;
            /** Format: date-time */
            readonly createdAt: string;
            /** Format: date-time */
            readonly updatedAt: string;
        };
        /**
         * ProjectCreate
         * @description A new project. The caller becomes its owner.
         */
        ProjectCreate: {
            name: string;
            description?: string | null;
        };
        /**
         * ProjectUpdate
         * @description The fields to change; fields left out keep their value.
         */
        ProjectUpdate: {
            name?: string;
            description?: string | null;
        };
        /**
         * ProjectPage
         * @description One page of projects, in the order the list operation documents.
         */
        ProjectPage: {
            items: components["schemas"]["Project"][];
            /** @description Pass as `cursor` to read the next page; `null` on the last page. */
            nextCursor: string | null;
        };
        /**
         * ProjectRole
         * @description What a member may do in a project. Owners may also delete the project and
         *     manage its members; members may work with tasks, comments and attachments.
         * @enum {string}
         */
        ProjectRole: "owner" | "member";
        /**
         * Member
         * @description A user's membership of a project.
         */
        Member: {
            /** Format: uuid */
            userId: string;
            /** Format: email */
            email: string;
            displayName: string;
            role: components["schemas"]["ProjectRole"];
            /** Format: date-time */
            readonly joinedAt: string;
        };
        /**
         * MemberAdd
         * @description The user to add to a project, identified either by id or by the email address
         *     of their account (exactly one of the two).
         */
        MemberAdd: components["schemas"]["MemberAddByUserId"] | components["schemas"]["MemberAddByEmail"];
        /**
         * MemberAddByUserId
         * @description Adds an existing user by id.
         */
        MemberAddByUserId: {
            /** Format: uuid */
            userId: string;
            /** @default member */
            role?: components["schemas"]["ProjectRole"];
        };
        /**
         * MemberAddByEmail
         * @description Adds an existing user by the email address of their account.
         */
        MemberAddByEmail: {
            /** Format: email */
            email: string;
            /** @default member */
            role?: components["schemas"]["ProjectRole"];
        };
        /**
         * MemberPage
         * @description One page of project members, in the order the list operation documents.
         */
        MemberPage: {
            items: components["schemas"]["Member"][];
            /** @description Pass as `cursor` to read the next page; `null` on the last page. */
            nextCursor: string | null;
        };
        /**
         * Task
         * @description A unit of work inside a project.
         */
        Task: {
            /** Format: uuid */
            readonly id: string;
            /** Format: uuid */
            readonly projectId: string;
            title: string;
            description: string | null;
            status: components["schemas"]["TaskStatus"];
            priority: components["schemas"]["TaskPriority"];
            /**
             * Format: uuid
             * @description The member responsible for the task, or `null` when unassigned.
             */
            assigneeId: string | null;
            /**
             * Format: date
             * @description The calendar day the task is due, or `null` when it has no deadline.
             */
            dueDate: string | null;
            /** @description Estimated effort in hours, in quarter-hour steps. */
            estimateHours: number | null;
            labels: components["schemas"]["TaskLabel"][];
            /** Format: uuid */
            readonly createdBy: string;
            /** Format: date-time */
            readonly createdAt: string;
            /** Format: date-time */
            readonly updatedAt: string;
            /** @description Incremented on every change; the task's `ETag` is derived from it. */
            readonly version: number;
        };
        /**
         * TaskCreate
         * @description A new task. Only `title` is required.
         */
        TaskCreate: {
            title: string;
            description?: string | null;
            /** @default todo */
            status?: components["schemas"]["TaskStatus"];
            /** @default medium */
            priority?: components["schemas"]["TaskPriority"];
            /**
             * Format: uuid
             * @description Must be a member of the project.
             * @default null
             */
            assigneeId?: string | null;
            /**
             * Format: date
             * @default null
             */
            dueDate?: string | null;
            /**
             * @description Estimated effort in hours, in quarter-hour steps.
             * @default null
             */
            estimateHours?: number | null;
            /** @default [] */
            labels?: components["schemas"]["TaskLabel"][];
        };
        /**
         * TaskUpdate
         * @description The fields to change; fields left out keep their value. Send `null` to clear
         *     a nullable field. `labels` replaces the whole list.
         */
        TaskUpdate: {
            title?: string;
            description?: string | null;
            status?: components["schemas"]["TaskStatus"];
            priority?: components["schemas"]["TaskPriority"];
            /**
             * Format: uuid
             * @description Must be a member of the project; `null` unassigns the task.
             */
            assigneeId?: string | null;
            /** Format: date */
            dueDate?: string | null;
            estimateHours?: number | null;
            labels?: components["schemas"]["TaskLabel"][];
        };
        /**
         * TaskPage
         * @description One page of tasks, in the order the list operation documents.
         */
        TaskPage: {
            items: components["schemas"]["Task"][];
            /** @description Pass as `cursor` to read the next page; `null` on the last page. */
            nextCursor: string | null;
        };
        /**
         * TaskStatus
         * @description Where a task is in its workflow.
         * @enum {string}
         */
        TaskStatus: "todo" | "in_progress" | "blocked" | "done";
        /**
         * TaskPriority
         * @description How urgent a task is, from lowest to highest.
         * @enum {string}
         */
        TaskPriority: "low" | "medium" | "high" | "urgent";
        /**
         * TaskLabel
         * @description A short tag in lowercase letters, digits and hyphens.
         */
        TaskLabel: string;
        /**
         * Comment
         * @description A comment on a task. Replies are comments whose `parentId` is the id of the
         *     comment they answer; they are returned nested in `replies`, oldest first.
         */
        Comment: {
            /** Format: uuid */
            readonly id: string;
            /** Format: uuid */
            readonly taskId: string;
            /**
             * Format: uuid
             * @description The comment this one replies to, or `null` for a top-level comment.
             */
            parentId: string | null;
            /** Format: uuid */
            readonly authorId: string;
            /** @description The comment text (Markdown). */
            body: string;
            /** Format: date-time */
            readonly createdAt: string;
            /** Format: date-time */
            readonly updatedAt: string;
            replies: components["schemas"]["Comment"][];
        };
        /**
         * CommentCreate
         * @description A new comment, or a reply when `parentId` names a comment on the same task.
         */
        CommentCreate: {
            /** @description The comment text (Markdown). */
            body: string;
            /**
             * Format: uuid
             * @default null
             */
            parentId?: string | null;
        };
        /**
         * CommentPage
         * @description One page of top-level comments, each with its replies, in the order the list operation documents.
         */
        CommentPage: {
            items: components["schemas"]["Comment"][];
            /** @description Pass as `cursor` to read the next page; `null` on the last page. */
            nextCursor: string | null;
        };
        /**
         * ActivityEntry
         * @description One thing that happened to a task; `kind` tells which.
         */
        ActivityEntry: components["schemas"]["TaskCreatedActivity"] | components["schemas"]["TaskStatusChangedActivity"] | components["schemas"]["TaskAssignedActivity"] | components["schemas"]["CommentAddedActivity"];
        /**
         * TaskCreatedActivity
         * @description The task was created.
         */
        TaskCreatedActivity: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "task_created";
            /** Format: uuid */
            readonly id: string;
            /** Format: uuid */
            taskId: string;
            /**
             * Format: uuid
             * @description The user who caused the change.
             */
            actorId: string;
            /** Format: date-time */
            occurredAt: string;
            /** @description The task's title when it was created. */
            title: string;
        };
        /**
         * TaskStatusChangedActivity
         * @description The task moved to another status.
         */
        TaskStatusChangedActivity: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "task_status_changed";
            /** Format: uuid */
            readonly id: string;
            /** Format: uuid */
            taskId: string;
            /**
             * Format: uuid
             * @description The user who caused the change.
             */
            actorId: string;
            /** Format: date-time */
            occurredAt: string;
            from: components["schemas"]["TaskStatus"];
            to: components["schemas"]["TaskStatus"];
        };
        /**
         * TaskAssignedActivity
         * @description The task was assigned, reassigned or unassigned.
         */
        TaskAssignedActivity: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "task_assigned";
            /** Format: uuid */
            readonly id: string;
            /** Format: uuid */
            taskId: string;
            /**
             * Format: uuid
             * @description The user who caused the change.
             */
            actorId: string;
            /** Format: date-time */
            occurredAt: string;
            /** Format: uuid */
            previousAssigneeId: string | null;
            /**
             * Format: uuid
             * @description The new assignee, or `null` when the task was unassigned.
             */
            assigneeId: string | null;
        };
        /**
         * CommentAddedActivity
         * @description Someone commented on the task.
         */
        CommentAddedActivity: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "comment_added";
            /** Format: uuid */
            readonly id: string;
            /** Format: uuid */
            taskId: string;
            /**
             * Format: uuid
             * @description The user who caused the change.
             */
            actorId: string;
            /** Format: date-time */
            occurredAt: string;
            /** Format: uuid */
            commentId: string;
        };
        /**
         * ActivityPage
         * @description One page of activity entries, in the order the list operation documents.
         */
        ActivityPage: {
            items: components["schemas"]["ActivityEntry"][];
            /** @description Pass as `cursor` to read the next page; `null` on the last page. */
            nextCursor: string | null;
        };
        /**
         * Attachment
         * @description A file attached to a task. Download its bytes from `contentUrl`.
         */
        Attachment: {
            /** Format: uuid */
            readonly id: string;
            /** Format: uuid */
            readonly taskId: string;
            /** @description The file name given at upload, without any directory part. */
            fileName: string;
            /**
             * @description The media type of the file as uploaded.
             * @enum {string}
             */
            contentType: "image/png" | "image/jpeg" | "application/pdf" | "text/plain";
            sizeBytes: number;
            /** Format: uuid */
            readonly uploadedBy: string;
            /**
             * Format: uri-reference
             * @description Path of the download operation for this attachment, relative to the server URL.
             */
            readonly contentUrl: string;
            /** Format: date-time */
            readonly createdAt: string;
        };
        /**
         * AttachmentUpload
         * @description The `multipart/form-data` form that uploads one file.
         */
        AttachmentUpload: {
            /**
             * @description The file's bytes. Its part's `Content-Type` must be one of the allowed media
             *     types and its `Content-Disposition` should carry the file name.
             */
            file: string;
        };
        /**
         * AttachmentPage
         * @description One page of attachments, in the order the list operation documents.
         */
        AttachmentPage: {
            items: components["schemas"]["Attachment"][];
            /** @description Pass as `cursor` to read the next page; `null` on the last page. */
            nextCursor: string | null;
        };
        /**
         * TaskEvent
         * @description The JSON carried in the `data:` field of one Server-Sent Event on a project's
         *     event stream. The SSE `event:` field repeats `type` and the `id:` field is the
         *     value to send back as `Last-Event-ID` when reconnecting. Clients fetch the task
         *     to see its new state.
         */
        TaskEvent: {
            /** @enum {string} */
            type: "task.created" | "task.updated" | "task.deleted" | "comment.added" | "attachment.added";
            /** Format: uuid */
            projectId: string;
            /** Format: uuid */
            taskId: string;
            /**
             * Format: uuid
             * @description The user whose action produced the event.
             */
            actorId: string;
            /** Format: date-time */
            occurredAt: string;
        };
        /**
         * EventStreamGap
         * @description Sent first on a resumed stream when the server cannot replay everything after
         *     the client's `Last-Event-ID`: those events are older than the retention window
         *     (`expired`), or the id is not one of this stream's (`unknown`, e.g. from
         *     before a database reset). The client should refetch what it shows; the events
         *     that follow are complete again. The SSE `id:` of this event is where the
         *     stream resumes, so a reconnect after it does not report the gap twice.
         */
        EventStreamGap: {
            /** @enum {string} */
            type: "stream.gap";
            /** Format: uuid */
            projectId: string;
            /** @description The `Last-Event-ID` the client sent. */
            lastEventId: string;
            /** @enum {string} */
            reason: "expired" | "unknown";
            /** Format: date-time */
            occurredAt: string;
        };
        /**
         * ProjectEvent
         * @description What the `data:` field of one event on a project's stream holds: a change
         *     (`TaskEvent`), or, at the start of a resumed stream, an `EventStreamGap`.
         *     `type` tells them apart.
         */
        ProjectEvent: components["schemas"]["TaskEvent"] | components["schemas"]["EventStreamGap"];
        /**
         * Health
         * @description The process is up and able to answer requests.
         */
        Health: {
            /** @enum {string} */
            status: "ok";
        };
        /**
         * Readiness
         * @description Every dependency the server needs is reachable. When one is not, `GET /ready`
         *     answers `503` with a problem document instead.
         */
        Readiness: {
            /** @enum {string} */
            status: "ready";
            /** @description The result of each dependency check, keyed by dependency name. */
            checks: {
                [key: string]: "up";
            };
        };
    };
    responses: {
        /** @description The request is malformed: unparsable JSON, or an invalid path, query, header or cookie parameter. */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "https://taskboard.example/problems/bad-request",
                 *       "title": "Bad Request",
                 *       "status": 400,
                 *       "detail": "The request has 1 invalid parameter.",
                 *       "instance": "/projects/0b7f2c1e-4d3a-4e8b-9a61-2f5c8d9e1a47/tasks",
                 *       "request_id": "3f1c9a52-6b7e-4d2a-8c91-0e4b5a6d7f80",
                 *       "errors": [
                 *         {
                 *           "path": "query/limit",
                 *           "message": "Must be less than or equal to 100.",
                 *           "code": "too_big"
                 *         }
                 *       ]
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description No valid credentials: the access token is missing, malformed, expired or revoked; or, on the `/auth` operations, the email and password are wrong or the refresh token is missing, expired, unknown or already used. */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The caller is authenticated but their project role does not allow this operation. */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "https://taskboard.example/problems/forbidden",
                 *       "title": "Forbidden",
                 *       "status": 403,
                 *       "detail": "Only the project owner can delete the project.",
                 *       "instance": "/projects/0b7f2c1e-4d3a-4e8b-9a61-2f5c8d9e1a47",
                 *       "request_id": "4e6f8a0b-2c4d-4e6f-8a0b-2c4d6e8f0a1b"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The resource does not exist, or the caller is not a member of the project it belongs to. */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "https://taskboard.example/problems/not-found",
                 *       "title": "Not Found",
                 *       "status": 404,
                 *       "detail": "Task 5d1e9f3a-7b2c-4c8d-9e0f-1a2b3c4d5e6f does not exist in this project.",
                 *       "instance": "/projects/0b7f2c1e-4d3a-4e8b-9a61-2f5c8d9e1a47/tasks/5d1e9f3a-7b2c-4c8d-9e0f-1a2b3c4d5e6f",
                 *       "request_id": "1a3c5e7f-9b1d-4f3a-8c5e-7a9b1c3d5e7f"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The request conflicts with the current state: the resource already exists, the change would break an invariant, or the `Idempotency-Key` was already used with a different body. */
        Conflict: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The `If-Match` ETag no longer matches the resource: someone else changed it. Fetch it again and retry. */
        PreconditionFailed: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "https://taskboard.example/problems/precondition-failed",
                 *       "title": "Precondition Failed",
                 *       "status": 412,
                 *       "detail": "The task has changed since version 3; it is now at version 4.",
                 *       "instance": "/projects/0b7f2c1e-4d3a-4e8b-9a61-2f5c8d9e1a47/tasks/5d1e9f3a-7b2c-4c8d-9e0f-1a2b3c4d5e6f",
                 *       "request_id": "2c4e6a8b-0d2f-4b6d-8e0a-4c6e8a0b2d4f"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The request body is larger than the operation accepts, as given by its request body's `x-max-size`: 1 MiB for JSON bodies, 10 MiB for attachment uploads. */
        PayloadTooLarge: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "https://taskboard.example/problems/payload-too-large",
                 *       "title": "Content Too Large",
                 *       "status": 413,
                 *       "detail": "The request body exceeds the 10485760-byte limit.",
                 *       "instance": "/projects/0b7f2c1e-4d3a-4e8b-9a61-2f5c8d9e1a47/tasks/5d1e9f3a-7b2c-4c8d-9e0f-1a2b3c4d5e6f/attachments",
                 *       "request_id": "8d0f2b4c-6e8a-4c2e-9f4b-6d8f0a2c4e6a"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The request body's media type (or an uploaded file's media type) is not accepted by this operation. */
        UnsupportedMediaType: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "https://taskboard.example/problems/unsupported-media-type",
                 *       "title": "Unsupported Media Type",
                 *       "status": 415,
                 *       "detail": "Content-Type text/xml is not supported; use application/json.",
                 *       "instance": "/projects",
                 *       "request_id": "0e2a4c6e-8b0d-4e4a-8b6d-8f0b2d4e6a8c"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The body is well-formed but does not satisfy the operation's schema or a business rule. */
        UnprocessableEntity: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "https://taskboard.example/problems/validation-error",
                 *       "title": "Unprocessable Content",
                 *       "status": 422,
                 *       "detail": "The request body has 2 invalid fields.",
                 *       "instance": "/projects/0b7f2c1e-4d3a-4e8b-9a61-2f5c8d9e1a47/tasks",
                 *       "request_id": "5a7c9e1b-3d5f-4a7c-9e1b-3d5f7a9c1e3b",
                 *       "errors": [
                 *         {
                 *           "path": "/title",
                 *           "message": "Must contain at least 1 character.",
                 *           "code": "too_small"
                 *         },
                 *         {
                 *           "path": "/estimateHours",
                 *           "message": "Must be a multiple of 0.25.",
                 *           "code": "not_multiple_of"
                 *         }
                 *       ]
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The caller sent too many requests; retry after the number of seconds in `Retry-After`. */
        TooManyRequests: {
            headers: {
                "Retry-After": components["headers"]["RetryAfter"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "https://taskboard.example/problems/rate-limited",
                 *       "title": "Too Many Requests",
                 *       "status": 429,
                 *       "detail": "Rate limit of 100 requests per minute exceeded.",
                 *       "instance": "/projects",
                 *       "request_id": "7f9b1d3e-5a7c-4e9b-8d3f-5a7c9e1b3d5f"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The server failed unexpectedly. The problem carries a `request_id` to quote when reporting it and never exposes internals. */
        InternalError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "https://taskboard.example/problems/internal-error",
                 *       "title": "Internal Server Error",
                 *       "status": 500,
                 *       "detail": "An unexpected error occurred. Quote the request id when reporting it.",
                 *       "instance": "/projects",
                 *       "request_id": "c1e3a5b7-9d1f-4c3e-8a5b-7d9f1b3c5e7a"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The server cannot serve requests right now, for example because the database is unreachable. */
        ServiceUnavailable: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "https://taskboard.example/problems/service-unavailable",
                 *       "title": "Service Unavailable",
                 *       "status": 503,
                 *       "detail": "The database is not reachable.",
                 *       "instance": "/ready",
                 *       "request_id": "e3a5c7d9-1b3f-4e5a-9c7d-9b1f3d5a7c9e"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
    };
    parameters: {
        /**
         * @description The id of the project.
         * @example 0b7f2c1e-4d3a-4e8b-9a61-2f5c8d9e1a47
         */
        ProjectId: string;
        /**
         * @description The id of the task.
         * @example 5d1e9f3a-7b2c-4c8d-9e0f-1a2b3c4d5e6f
         */
        TaskId: string;
        /**
         * @description The id of the user.
         * @example 8f14e45f-ceea-4f67-a9a4-3b1f2c5d7e90
         */
        UserId: string;
        /**
         * @description The id of the comment.
         * @example d4735e3a-265e-46e1-8bd6-bb2a3b4e7a10
         */
        CommentId: string;
        /**
         * @description The id of the attachment.
         * @example a3c5e7f9-1b2d-4e6f-8a0c-2e4f6a8b0c1d
         */
        AttachmentId: string;
        /**
         * @description The opaque `nextCursor` of the previous page. Omit it to read the first page.
         *     A cursor is only valid with the same filters and sort it was issued for.
         */
        Cursor: string;
        /** @description The maximum number of items in the page. */
        Limit: number;
        /**
         * @description Only tasks in one of these statuses. Repeat the parameter for several values
         *     (`?status=todo&status=in_progress`).
         */
        TaskStatusFilter: components["schemas"]["TaskStatus"][];
        /** @description Only tasks assigned to this user. */
        AssigneeIdFilter: string;
        /** @description Only tasks due on or after this day (inclusive). Tasks without a due date are excluded. */
        DueAfter: string;
        /** @description Only tasks due on or before this day (inclusive). Tasks without a due date are excluded. */
        DueBefore: string;
        /**
         * @description The order of the results: a field name, ascending, or prefixed with `-` for
         *     descending. Ties are broken by task id. Tasks without a due date sort last.
         */
        TaskSort: "createdAt" | "-createdAt" | "dueDate" | "-dueDate" | "priority" | "-priority";
        /**
         * @description A client-generated unique key (a UUID is recommended) that makes retrying the
         *     request safe. A retry with the same key and body replays the first response;
         *     the same key with a different body is rejected with `409`. Keys expire after
         *     24 hours.
         * @example 2f6b3c1a-9d4e-4f7a-8b2c-6e1d0a9f3b57
         */
        IdempotencyKey: string;
        /**
         * @description The `ETag` of the task as last read (`"<version>"`). When given and the task
         *     has changed since, the update is refused with `412` (RFC 9110 §13.1.1).
         *     Without it the update applies unconditionally.
         * @example "3"
         */
        IfMatch: string;
        /**
         * @description The `id` of the last event received, sent when reconnecting so the stream
         *     resumes after it (HTML Living Standard, Server-sent events §9.2.4). When
         *     events after it are older than the server's retention window, or the id is
         *     unknown, the stream starts with a `stream.gap` event instead of a full replay.
         * @example 42
         */
        LastEventId: string;
        /**
         * @description The refresh token set by `register`, `login` or `refreshSession` as an httpOnly
         *     cookie scoped to `/auth`. Browsers send it automatically; it is never exposed
         *     to scripts.
         */
        RefreshTokenCookie: string;
    };
    requestBodies: never;
    headers: {
        /**
         * @description Seconds to wait before retrying (RFC 9110 §10.2.3).
         * @example 30
         */
        RetryAfter: number;
        /**
         * @description Sets (or, on logout, clears) the `refresh_token` cookie: `HttpOnly; Secure;
         *     SameSite=Strict; Path=/auth`. A new token replaces the old one on every
         *     refresh; the old one stops working.
         * @example refresh_token=Jq3kYv0x9Vb2Lr7tWm5nPz8sHc4dFg1a; Max-Age=1209600; Path=/auth; HttpOnly; Secure; SameSite=Strict
         */
        SetRefreshCookie: string;
        /**
         * @description Marks the body as a download and carries the original file name (RFC 6266).
         * @example attachment; filename="release-checklist.txt"
         */
        ContentDisposition: string;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    register: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "email": "ada@example.com",
                 *       "password": "correct-horse-battery-staple",
                 *       "displayName": "Ada Lovelace"
                 *     }
                 */
                "application/json": components["schemas"]["RegisterRequest"];
            };
        };
        responses: {
            /** @description The account was created and the user is signed in. */
            201: {
                headers: {
                    /**
                     * @description The signed-in user's own resource.
                     * @example /auth/me
                     */
                    Location: string;
                    "Set-Cookie": components["headers"]["SetRefreshCookie"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "accessToken": "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiI4ZjE0ZTQ1Zi1jZWVhLTRmNjctYTlhNC0zYjFmMmM1ZDdlOTAiLCJleHAiOjE3MzI1NjM5MDB9.q1w2e3r4t5y6u7i8o9p0a1s2d3f4g5h6j7k8l9z0x1c",
                     *       "tokenType": "Bearer",
                     *       "expiresIn": 900,
                     *       "user": {
                     *         "id": "8f14e45f-ceea-4f67-a9a4-3b1f2c5d7e90",
                     *         "email": "ada@example.com",
                     *         "displayName": "Ada Lovelace",
                     *         "avatarUrl": null,
                     *         "createdAt": "2026-11-25T09:00:00Z"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["AuthSession"];
                };
            };
            400: components["responses"]["BadRequest"];
            /** @description An account with this email address already exists. */
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "email": "ada@example.com",
                 *       "password": "correct-horse-battery-staple"
                 *     }
                 */
                "application/json": components["schemas"]["LoginRequest"];
            };
        };
        responses: {
            /** @description The user is signed in. */
            200: {
                headers: {
                    "Set-Cookie": components["headers"]["SetRefreshCookie"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "accessToken": "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiI4ZjE0ZTQ1Zi1jZWVhLTRmNjctYTlhNC0zYjFmMmM1ZDdlOTAiLCJleHAiOjE3MzI1NjM5MDB9.q1w2e3r4t5y6u7i8o9p0a1s2d3f4g5h6j7k8l9z0x1c",
                     *       "tokenType": "Bearer",
                     *       "expiresIn": 900,
                     *       "user": {
                     *         "id": "8f14e45f-ceea-4f67-a9a4-3b1f2c5d7e90",
                     *         "email": "ada@example.com",
                     *         "displayName": "Ada Lovelace",
                     *         "avatarUrl": "https://cdn.example.com/avatars/ada.png",
                     *         "createdAt": "2026-11-25T09:00:00Z"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["AuthSession"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    refreshSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: {
                /**
                 * @description The refresh token set by `register`, `login` or `refreshSession` as an httpOnly
                 *     cookie scoped to `/auth`. Browsers send it automatically; it is never exposed
                 *     to scripts.
                 */
                refresh_token?: components["parameters"]["RefreshTokenCookie"];
            };
        };
        requestBody?: never;
        responses: {
            /** @description A new access token; the cookie now holds a new refresh token. */
            200: {
                headers: {
                    "Set-Cookie": components["headers"]["SetRefreshCookie"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "accessToken": "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiI4ZjE0ZTQ1Zi1jZWVhLTRmNjctYTlhNC0zYjFmMmM1ZDdlOTAiLCJleHAiOjE3MzI1NjQ4MDB9.m9n8b7v6c5x4z3l2k1j0h9g8f7d6s5a4p3o2i1u0y9t",
                     *       "tokenType": "Bearer",
                     *       "expiresIn": 900,
                     *       "user": {
                     *         "id": "8f14e45f-ceea-4f67-a9a4-3b1f2c5d7e90",
                     *         "email": "ada@example.com",
                     *         "displayName": "Ada Lovelace",
                     *         "avatarUrl": null,
                     *         "createdAt": "2026-11-25T09:00:00Z"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["AuthSession"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: {
                /**
                 * @description The refresh token set by `register`, `login` or `refreshSession` as an httpOnly
                 *     cookie scoped to `/auth`. Browsers send it automatically; it is never exposed
                 *     to scripts.
                 */
                refresh_token?: components["parameters"]["RefreshTokenCookie"];
            };
        };
        requestBody?: never;
        responses: {
            /** @description Signed out; the cookie is cleared. */
            204: {
                headers: {
                    "Set-Cookie": components["headers"]["SetRefreshCookie"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getCurrentUser: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The user the access token belongs to. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "8f14e45f-ceea-4f67-a9a4-3b1f2c5d7e90",
                     *       "email": "ada@example.com",
                     *       "displayName": "Ada Lovelace",
                     *       "avatarUrl": "https://cdn.example.com/avatars/ada.png",
                     *       "createdAt": "2026-11-25T09:00:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["User"];
                };
            };
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    listProjects: {
        parameters: {
            query?: {
                /**
                 * @description The opaque `nextCursor` of the previous page. Omit it to read the first page.
                 *     A cursor is only valid with the same filters and sort it was issued for.
                 */
                cursor?: components["parameters"]["Cursor"];
                /** @description The maximum number of items in the page. */
                limit?: components["parameters"]["Limit"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of projects. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "0b7f2c1e-4d3a-4e8b-9a61-2f5c8d9e1a47",
                     *           "name": "Website relaunch",
                     *           "description": "Everything needed to ship the new marketing site.",
                     *           "ownerId": "8f14e45f-ceea-4f67-a9a4-3b1f2c5d7e90",
                     *           "createdAt": "2026-11-25T09:15:00Z",
                     *           "updatedAt": "2026-11-25T09:15:00Z"
                     *         },
                     *         {
                     *           "id": "6ec0bd7f-11c0-43da-975e-2a8ad9ebae0b",
                     *           "name": "Mobile app",
                     *           "description": null,
                     *           "ownerId": "c9bf9e57-1685-4c89-bafb-ff5af830be8a",
                     *           "createdAt": "2026-11-20T14:02:11Z",
                     *           "updatedAt": "2026-11-22T08:30:45Z"
                     *         }
                     *       ],
                     *       "nextCursor": "eyJjcmVhdGVkQXQiOiIyMDI2LTExLTIwVDE0OjAyOjExWiJ9"
                     *     }
                     */
                    "application/json": components["schemas"]["ProjectPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    createProject: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A client-generated unique key (a UUID is recommended) that makes retrying the
                 *     request safe. A retry with the same key and body replays the first response;
                 *     the same key with a different body is rejected with `409`. Keys expire after
                 *     24 hours.
                 * @example 2f6b3c1a-9d4e-4f7a-8b2c-6e1d0a9f3b57
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Website relaunch",
                 *       "description": "Everything needed to ship the new marketing site."
                 *     }
                 */
                "application/json": components["schemas"]["ProjectCreate"];
            };
        };
        responses: {
            /** @description The project was created. */
            201: {
                headers: {
                    /**
                     * @description The path of the new project.
                     * @example /projects/0b7f2c1e-4d3a-4e8b-9a61-2f5c8d9e1a47
                     */
                    Location: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "0b7f2c1e-4d3a-4e8b-9a61-2f5c8d9e1a47",
                     *       "name": "Website relaunch",
                     *       "description": "Everything needed to ship the new marketing site.",
                     *       "ownerId": "8f14e45f-ceea-4f67-a9a4-3b1f2c5d7e90",
                     *       "createdAt": "2026-11-25T09:15:00Z",
                     *       "updatedAt": "2026-11-25T09:15:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Project"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getProject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of the project.
                 * @example 0b7f2c1e-4d3a-4e8b-9a61-2f5c8d9e1a47
                 */
                projectId: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The project. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "0b7f2c1e-4d3a-4e8b-9a61-2f5c8d9e1a47",
                     *       "name": "Website relaunch",
                     *       "description": "Everything needed to ship the new marketing site.",
                     *       "ownerId": "8f14e45f-ceea-4f67-a9a4-3b1f2c5d7e90",
                     *       "createdAt": "2026-11-25T09:15:00Z",
                     *       "updatedAt": "2026-11-25T09:15:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Project"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    deleteProject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of the project.
                 * @example 0b7f2c1e-4d3a-4e8b-9a61-2f5c8d9e1a47
                 */
                projectId: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The project was deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    updateProject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of the project.
                 * @example 0b7f2c1e-4d3a-4e8b-9a61-2f5c8d9e1a47
                 */
                projectId: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "description": "The new marketing site, live before the spring campaign."
                 *     }
                 */
                "application/json": components["schemas"]["ProjectUpdate"];
            };
        };
        responses: {
            /** @description The updated project. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "0b7f2c1e-4d3a-4e8b-9a61-2f5c8d9e1a47",
                     *       "name": "Website relaunch",
                     *       "description": "The new marketing site, live before the spring campaign.",
                     *       "ownerId": "8f14e45f-ceea-4f67-a9a4-3b1f2c5d7e90",
                     *       "createdAt": "2026-11-25T09:15:00Z",
                     *       "updatedAt": "2026-11-25T10:42:07Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Project"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    listProjectMembers: {
        parameters: {
            query?: {
                /**
                 * @description The opaque `nextCursor` of the previous page. Omit it to read the first page.
                 *     A cursor is only valid with the same filters and sort it was issued for.
                 */
                cursor?: components["parameters"]["Cursor"];
                /** @description The maximum number of items in the page. */
                limit?: components["parameters"]["Limit"];
            };
            header?: never;
            path: {
                /**
                 * @description The id of the project.
                 * @example 0b7f2c1e-4d3a-4e8b-9a61-2f5c8d9e1a47
                 */
                projectId: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of members. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "userId": "8f14e45f-ceea-4f67-a9a4-3b1f2c5d7e90",
                     *           "email": "ada@example.com",
                     *           "displayName": "Ada Lovelace",
                     *           "role": "owner",
                     *           "joinedAt": "2026-11-25T09:15:00Z"
                     *         },
                     *         {
                     *           "userId": "c9bf9e57-1685-4c89-bafb-ff5af830be8a",
                     *           "email": "grace@example.com",
                     *           "displayName": "Grace Hopper",
                     *           "role": "member",
                     *           "joinedAt": "2026-11-25T09:20:31Z"
                     *         }
                     *       ],
                     *       "nextCursor": null
                     *     }
                     */
                    "application/json": components["schemas"]["MemberPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    addProjectMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of the project.
                 * @example 0b7f2c1e-4d3a-4e8b-9a61-2f5c8d9e1a47
                 */
                projectId: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MemberAdd"];
            };
        };
        responses: {
            /** @description The user is now a member of the project. */
            201: {
                headers: {
                    /**
                     * @description The path of the new membership.
                     * @example /projects/0b7f2c1e-4d3a-4e8b-9a61-2f5c8d9e1a47/members/c9bf9e57-1685-4c89-bafb-ff5af830be8a
                     */
                    Location: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "userId": "c9bf9e57-1685-4c89-bafb-ff5af830be8a",
                     *       "email": "grace@example.com",
                     *       "displayName": "Grace Hopper",
                     *       "role": "member",
                     *       "joinedAt": "2026-11-25T09:20:31Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Member"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    removeProjectMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of the project.
                 * @example 0b7f2c1e-4d3a-4e8b-9a61-2f5c8d9e1a47
                 */
                projectId: components["parameters"]["ProjectId"];
                /**
                 * @description The id of the user.
                 * @example 8f14e45f-ceea-4f67-a9a4-3b1f2c5d7e90
                 */
                userId: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The user is no longer a member. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    listTasks: {
        parameters: {
            query?: {
                /**
                 * @description The opaque `nextCursor` of the previous page. Omit it to read the first page.
                 *     A cursor is only valid with the same filters and sort it was issued for.
                 */
                cursor?: components["parameters"]["Cursor"];
                /** @description The maximum number of items in the page. */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description Only tasks in one of these statuses. Repeat the parameter for several values
                 *     (`?status=todo&status=in_progress`).
                 */
                status?: components["parameters"]["TaskStatusFilter"];
                /** @description Only tasks assigned to this user. */
                assigneeId?: components["parameters"]["AssigneeIdFilter"];
                /** @description Only tasks due on or after this day (inclusive). Tasks without a due date are excluded. */
                dueAfter?: components["parameters"]["DueAfter"];
                /** @description Only tasks due on or before this day (inclusive). Tasks without a due date are excluded. */
                dueBefore?: components["parameters"]["DueBefore"];
                /**
                 * @description The order of the results: a field name, ascending, or prefixed with `-` for
                 *     descending. Ties are broken by task id. Tasks without a due date sort last.
                 */
                sort?: components["parameters"]["TaskSort"];
            };
            header?: never;
            path: {
                /**
                 * @description The id of the project.
                 * @example 0b7f2c1e-4d3a-4e8b-9a61-2f5c8d9e1a47
                 */
                projectId: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of tasks. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "5d1e9f3a-7b2c-4c8d-9e0f-1a2b3c4d5e6f",
                     *           "projectId": "0b7f2c1e-4d3a-4e8b-9a61-2f5c8d9e1a47",
                     *           "title": "Write the launch announcement",
                     *           "description": "Draft, review with marketing, schedule for launch day.",
                     *           "status": "in_progress",
                     *           "priority": "high",
                     *           "assigneeId": "c9bf9e57-1685-4c89-bafb-ff5af830be8a",
                     *           "dueDate": "2026-12-05",
                     *           "estimateHours": 3.5,
                     *           "labels": [
                     *             "copy",
                     *             "launch"
                     *           ],
                     *           "createdBy": "8f14e45f-ceea-4f67-a9a4-3b1f2c5d7e90",
                     *           "createdAt": "2026-11-25T09:30:00Z",
                     *           "updatedAt": "2026-11-25T11:05:12Z",
                     *           "version": 3
                     *         },
                     *         {
                     *           "id": "1f0e2d3c-4b5a-4978-8695-a4b3c2d1e0f9",
                     *           "projectId": "0b7f2c1e-4d3a-4e8b-9a61-2f5c8d9e1a47",
                     *           "title": "Pick the hero image",
                     *           "description": null,
                     *           "status": "todo",
                     *           "priority": "medium",
                     *           "assigneeId": null,
                     *           "dueDate": null,
                     *           "estimateHours": null,
                     *           "labels": [],
                     *           "createdBy": "8f14e45f-ceea-4f67-a9a4-3b1f2c5d7e90",
                     *           "createdAt": "2026-11-25T09:28:40Z",
                     *           "updatedAt": "2026-11-25T09:28:40Z",
                     *           "version": 1
                     *         }
                     *       ],
                     *       "nextCursor": "eyJjcmVhdGVkQXQiOiIyMDI2LTExLTI1VDA5OjI4OjQwWiJ9"
                     *     }
                     */
                    "application/json": components["schemas"]["TaskPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    createTask: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A client-generated unique key (a UUID is recommended) that makes retrying the
                 *     request safe. A retry with the same key and body replays the first response;
                 *     the same key with a different body is rejected with `409`. Keys expire after
                 *     24 hours.
                 * @example 2f6b3c1a-9d4e-4f7a-8b2c-6e1d0a9f3b57
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /**
                 * @description The id of the project.
                 * @example 0b7f2c1e-4d3a-4e8b-9a61-2f5c8d9e1a47
                 */
                projectId: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "title": "Write the launch announcement",
                 *       "description": "Draft, review with marketing, schedule for launch day.",
                 *       "priority": "high",
                 *       "assigneeId": "c9bf9e57-1685-4c89-bafb-ff5af830be8a",
                 *       "dueDate": "2026-12-05",
                 *       "estimateHours": 3.5,
                 *       "labels": [
                 *         "copy",
                 *         "launch"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["TaskCreate"];
            };
        };
        responses: {
            /** @description The task was created. */
            201: {
                headers: {
                    /**
                     * @description The path of the new task.
                     * @example /projects/0b7f2c1e-4d3a-4e8b-9a61-2f5c8d9e1a47/tasks/5d1e9f3a-7b2c-4c8d-9e0f-1a2b3c4d5e6f
                     */
                    Location: string;
                    /**
                     * @description The new task's entity tag, `version` as a quoted string (RFC 9110 §8.8.3); send it in `If-Match` when updating.
                     * @example "1"
                     */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "5d1e9f3a-7b2c-4c8d-9e0f-1a2b3c4d5e6f",
                     *       "projectId": "0b7f2c1e-4d3a-4e8b-9a61-2f5c8d9e1a47",
                     *       "title": "Write the launch announcement",
                     *       "description": "Draft, review with marketing, schedule for launch day.",
                     *       "status": "todo",
                     *       "priority": "high",
                     *       "assigneeId": "c9bf9e57-1685-4c89-bafb-ff5af830be8a",
                     *       "dueDate": "2026-12-05",
                     *       "estimateHours": 3.5,
                     *       "labels": [
                     *         "copy",
                     *         "launch"
                     *       ],
                     *       "createdBy": "8f14e45f-ceea-4f67-a9a4-3b1f2c5d7e90",
                     *       "createdAt": "2026-11-25T09:30:00Z",
                     *       "updatedAt": "2026-11-25T09:30:00Z",
                     *       "version": 1
                     *     }
                     */
                    "application/json": components["schemas"]["Task"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getTask: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of the project.
                 * @example 0b7f2c1e-4d3a-4e8b-9a61-2f5c8d9e1a47
                 */
                projectId: components["parameters"]["ProjectId"];
                /**
                 * @description The id of the task.
                 * @example 5d1e9f3a-7b2c-4c8d-9e0f-1a2b3c4d5e6f
                 */
                taskId: components["parameters"]["TaskId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The task. */
            200: {
                headers: {
                    /**
                     * @description The task's current entity tag, `version` as a quoted string (RFC 9110 §8.8.3); send it in `If-Match` when updating.
                     * @example "3"
                     */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "5d1e9f3a-7b2c-4c8d-9e0f-1a2b3c4d5e6f",
                     *       "projectId": "0b7f2c1e-4d3a-4e8b-9a61-2f5c8d9e1a47",
                     *       "title": "Write the launch announcement",
                     *       "description": "Draft, review with marketing, schedule for launch day.",
                     *       "status": "in_progress",
                     *       "priority": "high",
                     *       "assigneeId": "c9bf9e57-1685-4c89-bafb-ff5af830be8a",
                     *       "dueDate": "2026-12-05",
                     *       "estimateHours": 3.5,
                     *       "labels": [
                     *         "copy",
                     *         "launch"
                     *       ],
                     *       "createdBy": "8f14e45f-ceea-4f67-a9a4-3b1f2c5d7e90",
                     *       "createdAt": "2026-11-25T09:30:00Z",
                     *       "updatedAt": "2026-11-25T11:05:12Z",
                     *       "version": 3
                     *     }
                     */
                    "application/json": components["schemas"]["Task"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    deleteTask: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of the project.
                 * @example 0b7f2c1e-4d3a-4e8b-9a61-2f5c8d9e1a47
                 */
                projectId: components["parameters"]["ProjectId"];
                /**
                 * @description The id of the task.
                 * @example 5d1e9f3a-7b2c-4c8d-9e0f-1a2b3c4d5e6f
                 */
                taskId: components["parameters"]["TaskId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The task was deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    updateTask: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The `ETag` of the task as last read (`"<version>"`). When given and the task
                 *     has changed since, the update is refused with `412` (RFC 9110 §13.1.1).
                 *     Without it the update applies unconditionally.
                 * @example "3"
                 */
                "If-Match"?: components["parameters"]["IfMatch"];
            };
            path: {
                /**
                 * @description The id of the project.
                 * @example 0b7f2c1e-4d3a-4e8b-9a61-2f5c8d9e1a47
                 */
                projectId: components["parameters"]["ProjectId"];
                /**
                 * @description The id of the task.
                 * @example 5d1e9f3a-7b2c-4c8d-9e0f-1a2b3c4d5e6f
                 */
                taskId: components["parameters"]["TaskId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "status": "done",
                 *       "estimateHours": null
                 *     }
                 */
                "application/json": components["schemas"]["TaskUpdate"];
            };
        };
        responses: {
            /** @description The updated task, with its new `ETag`. */
            200: {
                headers: {
                    /**
                     * @description The task's new entity tag, `version` as a quoted string (RFC 9110 §8.8.3).
                     * @example "4"
                     */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "5d1e9f3a-7b2c-4c8d-9e0f-1a2b3c4d5e6f",
                     *       "projectId": "0b7f2c1e-4d3a-4e8b-9a61-2f5c8d9e1a47",
                     *       "title": "Write the launch announcement",
                     *       "description": "Draft, review with marketing, schedule for launch day.",
                     *       "status": "done",
                     *       "priority": "high",
                     *       "assigneeId": "c9bf9e57-1685-4c89-bafb-ff5af830be8a",
                     *       "dueDate": "2026-12-05",
                     *       "estimateHours": null,
                     *       "labels": [
                     *         "copy",
                     *         "launch"
                     *       ],
                     *       "createdBy": "8f14e45f-ceea-4f67-a9a4-3b1f2c5d7e90",
                     *       "createdAt": "2026-11-25T09:30:00Z",
                     *       "updatedAt": "2026-11-26T16:20:00Z",
                     *       "version": 4
                     *     }
                     */
                    "application/json": components["schemas"]["Task"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    listComments: {
        parameters: {
            query?: {
                /**
                 * @description The opaque `nextCursor` of the previous page. Omit it to read the first page.
                 *     A cursor is only valid with the same filters and sort it was issued for.
                 */
                cursor?: components["parameters"]["Cursor"];
                /** @description The maximum number of items in the page. */
                limit?: components["parameters"]["Limit"];
            };
            header?: never;
            path: {
                /**
                 * @description The id of the project.
                 * @example 0b7f2c1e-4d3a-4e8b-9a61-2f5c8d9e1a47
                 */
                projectId: components["parameters"]["ProjectId"];
                /**
                 * @description The id of the task.
                 * @example 5d1e9f3a-7b2c-4c8d-9e0f-1a2b3c4d5e6f
                 */
                taskId: components["parameters"]["TaskId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of comment threads. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "d4735e3a-265e-46e1-8bd6-bb2a3b4e7a10",
                     *           "taskId": "5d1e9f3a-7b2c-4c8d-9e0f-1a2b3c4d5e6f",
                     *           "parentId": null,
                     *           "authorId": "8f14e45f-ceea-4f67-a9a4-3b1f2c5d7e90",
                     *           "body": "Can we mention the new pricing page?",
                     *           "createdAt": "2026-11-25T10:00:00Z",
                     *           "updatedAt": "2026-11-25T10:00:00Z",
                     *           "replies": [
                     *             {
                     *               "id": "4b227777-d4dd-4c1a-9f2e-6b1c8a2d0e31",
                     *               "taskId": "5d1e9f3a-7b2c-4c8d-9e0f-1a2b3c4d5e6f",
                     *               "parentId": "d4735e3a-265e-46e1-8bd6-bb2a3b4e7a10",
                     *               "authorId": "c9bf9e57-1685-4c89-bafb-ff5af830be8a",
                     *               "body": "Yes, I will add a paragraph and a link.",
                     *               "createdAt": "2026-11-25T10:12:44Z",
                     *               "updatedAt": "2026-11-25T10:12:44Z",
                     *               "replies": []
                     *             }
                     *           ]
                     *         }
                     *       ],
                     *       "nextCursor": null
                     *     }
                     */
                    "application/json": components["schemas"]["CommentPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    createComment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of the project.
                 * @example 0b7f2c1e-4d3a-4e8b-9a61-2f5c8d9e1a47
                 */
                projectId: components["parameters"]["ProjectId"];
                /**
                 * @description The id of the task.
                 * @example 5d1e9f3a-7b2c-4c8d-9e0f-1a2b3c4d5e6f
                 */
                taskId: components["parameters"]["TaskId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "body": "Yes, I will add a paragraph and a link.",
                 *       "parentId": "d4735e3a-265e-46e1-8bd6-bb2a3b4e7a10"
                 *     }
                 */
                "application/json": components["schemas"]["CommentCreate"];
            };
        };
        responses: {
            /** @description The comment was added. */
            201: {
                headers: {
                    /**
                     * @description The path of the new comment.
                     * @example /projects/0b7f2c1e-4d3a-4e8b-9a61-2f5c8d9e1a47/tasks/5d1e9f3a-7b2c-4c8d-9e0f-1a2b3c4d5e6f/comments/4b227777-d4dd-4c1a-9f2e-6b1c8a2d0e31
                     */
                    Location: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "4b227777-d4dd-4c1a-9f2e-6b1c8a2d0e31",
                     *       "taskId": "5d1e9f3a-7b2c-4c8d-9e0f-1a2b3c4d5e6f",
                     *       "parentId": "d4735e3a-265e-46e1-8bd6-bb2a3b4e7a10",
                     *       "authorId": "c9bf9e57-1685-4c89-bafb-ff5af830be8a",
                     *       "body": "Yes, I will add a paragraph and a link.",
                     *       "createdAt": "2026-11-25T10:12:44Z",
                     *       "updatedAt": "2026-11-25T10:12:44Z",
                     *       "replies": []
                     *     }
                     */
                    "application/json": components["schemas"]["Comment"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getComment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of the project.
                 * @example 0b7f2c1e-4d3a-4e8b-9a61-2f5c8d9e1a47
                 */
                projectId: components["parameters"]["ProjectId"];
                /**
                 * @description The id of the task.
                 * @example 5d1e9f3a-7b2c-4c8d-9e0f-1a2b3c4d5e6f
                 */
                taskId: components["parameters"]["TaskId"];
                /**
                 * @description The id of the comment.
                 * @example d4735e3a-265e-46e1-8bd6-bb2a3b4e7a10
                 */
                commentId: components["parameters"]["CommentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The comment. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "d4735e3a-265e-46e1-8bd6-bb2a3b4e7a10",
                     *       "taskId": "5d1e9f3a-7b2c-4c8d-9e0f-1a2b3c4d5e6f",
                     *       "parentId": null,
                     *       "authorId": "8f14e45f-ceea-4f67-a9a4-3b1f2c5d7e90",
                     *       "body": "Can we mention the new pricing page?",
                     *       "createdAt": "2026-11-25T10:00:00Z",
                     *       "updatedAt": "2026-11-25T10:00:00Z",
                     *       "replies": [
                     *         {
                     *           "id": "4b227777-d4dd-4c1a-9f2e-6b1c8a2d0e31",
                     *           "taskId": "5d1e9f3a-7b2c-4c8d-9e0f-1a2b3c4d5e6f",
                     *           "parentId": "d4735e3a-265e-46e1-8bd6-bb2a3b4e7a10",
                     *           "authorId": "c9bf9e57-1685-4c89-bafb-ff5af830be8a",
                     *           "body": "Yes, I will add a paragraph and a link.",
                     *           "createdAt": "2026-11-25T10:12:44Z",
                     *           "updatedAt": "2026-11-25T10:12:44Z",
                     *           "replies": []
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Comment"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    listTaskActivity: {
        parameters: {
            query?: {
                /**
                 * @description The opaque `nextCursor` of the previous page. Omit it to read the first page.
                 *     A cursor is only valid with the same filters and sort it was issued for.
                 */
                cursor?: components["parameters"]["Cursor"];
                /** @description The maximum number of items in the page. */
                limit?: components["parameters"]["Limit"];
            };
            header?: never;
            path: {
                /**
                 * @description The id of the project.
                 * @example 0b7f2c1e-4d3a-4e8b-9a61-2f5c8d9e1a47
                 */
                projectId: components["parameters"]["ProjectId"];
                /**
                 * @description The id of the task.
                 * @example 5d1e9f3a-7b2c-4c8d-9e0f-1a2b3c4d5e6f
                 */
                taskId: components["parameters"]["TaskId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of activity entries. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "kind": "task_created",
                     *           "id": "2e7d2c03-a950-4f1b-9d2e-3a4b5c6d7e8f",
                     *           "taskId": "5d1e9f3a-7b2c-4c8d-9e0f-1a2b3c4d5e6f",
                     *           "actorId": "8f14e45f-ceea-4f67-a9a4-3b1f2c5d7e90",
                     *           "occurredAt": "2026-11-25T09:30:00Z",
                     *           "title": "Write the launch announcement"
                     *         },
                     *         {
                     *           "kind": "task_assigned",
                     *           "id": "18ac3e73-43f0-4b7c-8a1d-2b3c4d5e6f70",
                     *           "taskId": "5d1e9f3a-7b2c-4c8d-9e0f-1a2b3c4d5e6f",
                     *           "actorId": "8f14e45f-ceea-4f67-a9a4-3b1f2c5d7e90",
                     *           "occurredAt": "2026-11-25T09:30:00Z",
                     *           "previousAssigneeId": null,
                     *           "assigneeId": "c9bf9e57-1685-4c89-bafb-ff5af830be8a"
                     *         },
                     *         {
                     *           "kind": "comment_added",
                     *           "id": "7902699b-e42c-4d3a-9b8e-0f1a2b3c4d5e",
                     *           "taskId": "5d1e9f3a-7b2c-4c8d-9e0f-1a2b3c4d5e6f",
                     *           "actorId": "8f14e45f-ceea-4f67-a9a4-3b1f2c5d7e90",
                     *           "occurredAt": "2026-11-25T10:00:00Z",
                     *           "commentId": "d4735e3a-265e-46e1-8bd6-bb2a3b4e7a10"
                     *         },
                     *         {
                     *           "kind": "task_status_changed",
                     *           "id": "4e074085-62be-4db6-8a5d-9c0b1a2f3e4d",
                     *           "taskId": "5d1e9f3a-7b2c-4c8d-9e0f-1a2b3c4d5e6f",
                     *           "actorId": "c9bf9e57-1685-4c89-bafb-ff5af830be8a",
                     *           "occurredAt": "2026-11-25T11:05:12Z",
                     *           "from": "todo",
                     *           "to": "in_progress"
                     *         }
                     *       ],
                     *       "nextCursor": null
                     *     }
                     */
                    "application/json": components["schemas"]["ActivityPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    listAttachments: {
        parameters: {
            query?: {
                /**
                 * @description The opaque `nextCursor` of the previous page. Omit it to read the first page.
                 *     A cursor is only valid with the same filters and sort it was issued for.
                 */
                cursor?: components["parameters"]["Cursor"];
                /** @description The maximum number of items in the page. */
                limit?: components["parameters"]["Limit"];
            };
            header?: never;
            path: {
                /**
                 * @description The id of the project.
                 * @example 0b7f2c1e-4d3a-4e8b-9a61-2f5c8d9e1a47
                 */
                projectId: components["parameters"]["ProjectId"];
                /**
                 * @description The id of the task.
                 * @example 5d1e9f3a-7b2c-4c8d-9e0f-1a2b3c4d5e6f
                 */
                taskId: components["parameters"]["TaskId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of attachments. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "a3c5e7f9-1b2d-4e6f-8a0c-2e4f6a8b0c1d",
                     *           "taskId": "5d1e9f3a-7b2c-4c8d-9e0f-1a2b3c4d5e6f",
                     *           "fileName": "release-checklist.pdf",
                     *           "contentType": "application/pdf",
                     *           "sizeBytes": 48213,
                     *           "uploadedBy": "c9bf9e57-1685-4c89-bafb-ff5af830be8a",
                     *           "contentUrl": "/projects/0b7f2c1e-4d3a-4e8b-9a61-2f5c8d9e1a47/tasks/5d1e9f3a-7b2c-4c8d-9e0f-1a2b3c4d5e6f/attachments/a3c5e7f9-1b2d-4e6f-8a0c-2e4f6a8b0c1d/content",
                     *           "createdAt": "2026-11-25T11:30:00Z"
                     *         }
                     *       ],
                     *       "nextCursor": null
                     *     }
                     */
                    "application/json": components["schemas"]["AttachmentPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    uploadAttachment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of the project.
                 * @example 0b7f2c1e-4d3a-4e8b-9a61-2f5c8d9e1a47
                 */
                projectId: components["parameters"]["ProjectId"];
                /**
                 * @description The id of the task.
                 * @example 5d1e9f3a-7b2c-4c8d-9e0f-1a2b3c4d5e6f
                 */
                taskId: components["parameters"]["TaskId"];
            };
            cookie?: never;
        };
        /** @description The file to attach, at most 10 MiB. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "file": "Release checklist\n1. Freeze content\n2. Tag the release\n"
                 *     }
                 */
                "multipart/form-data": components["schemas"]["AttachmentUpload"];
            };
        };
        responses: {
            /** @description The file was stored. */
            201: {
                headers: {
                    /**
                     * @description The path of the new attachment.
                     * @example /projects/0b7f2c1e-4d3a-4e8b-9a61-2f5c8d9e1a47/tasks/5d1e9f3a-7b2c-4c8d-9e0f-1a2b3c4d5e6f/attachments/a3c5e7f9-1b2d-4e6f-8a0c-2e4f6a8b0c1d
                     */
                    Location: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "a3c5e7f9-1b2d-4e6f-8a0c-2e4f6a8b0c1d",
                     *       "taskId": "5d1e9f3a-7b2c-4c8d-9e0f-1a2b3c4d5e6f",
                     *       "fileName": "release-checklist.txt",
                     *       "contentType": "text/plain",
                     *       "sizeBytes": 55,
                     *       "uploadedBy": "c9bf9e57-1685-4c89-bafb-ff5af830be8a",
                     *       "contentUrl": "/projects/0b7f2c1e-4d3a-4e8b-9a61-2f5c8d9e1a47/tasks/5d1e9f3a-7b2c-4c8d-9e0f-1a2b3c4d5e6f/attachments/a3c5e7f9-1b2d-4e6f-8a0c-2e4f6a8b0c1d/content",
                     *       "createdAt": "2026-11-25T11:30:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Attachment"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    deleteAttachment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of the project.
                 * @example 0b7f2c1e-4d3a-4e8b-9a61-2f5c8d9e1a47
                 */
                projectId: components["parameters"]["ProjectId"];
                /**
                 * @description The id of the task.
                 * @example 5d1e9f3a-7b2c-4c8d-9e0f-1a2b3c4d5e6f
                 */
                taskId: components["parameters"]["TaskId"];
                /**
                 * @description The id of the attachment.
                 * @example a3c5e7f9-1b2d-4e6f-8a0c-2e4f6a8b0c1d
                 */
                attachmentId: components["parameters"]["AttachmentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The attachment was deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    downloadAttachment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of the project.
                 * @example 0b7f2c1e-4d3a-4e8b-9a61-2f5c8d9e1a47
                 */
                projectId: components["parameters"]["ProjectId"];
                /**
                 * @description The id of the task.
                 * @example 5d1e9f3a-7b2c-4c8d-9e0f-1a2b3c4d5e6f
                 */
                taskId: components["parameters"]["TaskId"];
                /**
                 * @description The id of the attachment.
                 * @example a3c5e7f9-1b2d-4e6f-8a0c-2e4f6a8b0c1d
                 */
                attachmentId: components["parameters"]["AttachmentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file. */
            200: {
                headers: {
                    "Content-Disposition": components["headers"]["ContentDisposition"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example Release checklist
                     *     1. Freeze content
                     *     2. Tag the release
                     */
                    "application/octet-stream": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    streamProjectEvents: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The `id` of the last event received, sent when reconnecting so the stream
                 *     resumes after it (HTML Living Standard, Server-sent events §9.2.4). When
                 *     events after it are older than the server's retention window, or the id is
                 *     unknown, the stream starts with a `stream.gap` event instead of a full replay.
                 * @example 42
                 */
                "Last-Event-ID"?: components["parameters"]["LastEventId"];
            };
            path: {
                /**
                 * @description The id of the project.
                 * @example 0b7f2c1e-4d3a-4e8b-9a61-2f5c8d9e1a47
                 */
                projectId: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The event stream, open until the client disconnects. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example id: 42
                     *     event: task.updated
                     *     data: {"type":"task.updated","projectId":"0b7f2c1e-4d3a-4e8b-9a61-2f5c8d9e1a47","taskId":"5d1e9f3a-7b2c-4c8d-9e0f-1a2b3c4d5e6f","actorId":"c9bf9e57-1685-4c89-bafb-ff5af830be8a","occurredAt":"2026-11-25T11:05:12Z"}
                     */
                    "text/event-stream": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The process is alive. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "ok"
                     *     }
                     */
                    "application/json": components["schemas"]["Health"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getReadiness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every dependency is reachable. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "ready",
                     *       "checks": {
                     *         "database": "up",
                     *         "events": "up"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Readiness"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
}

/** The body type of a request body or response: the union over its media types. */
type $ContentOf<T> = T extends {
    content: infer C;
} ? C[keyof C] : never;
/** Component schema `ActivityEntry`. */
export type ActivityEntry = components['schemas']['ActivityEntry'];
/** Component schema `ActivityPage`. */
export type ActivityPage = components['schemas']['ActivityPage'];
/** Component schema `Attachment`. */
export type Attachment = components['schemas']['Attachment'];
/** Component schema `AttachmentPage`. */
export type AttachmentPage = components['schemas']['AttachmentPage'];
/** Component schema `AttachmentUpload`. */
export type AttachmentUpload = components['schemas']['AttachmentUpload'];
/** Component schema `AuthSession`. */
export type AuthSession = components['schemas']['AuthSession'];
/** Component schema `Comment`. */
export type Comment = components['schemas']['Comment'];
/** Component schema `CommentAddedActivity`. */
export type CommentAddedActivity = components['schemas']['CommentAddedActivity'];
/** Component schema `CommentCreate`. */
export type CommentCreate = components['schemas']['CommentCreate'];
/** Component schema `CommentPage`. */
export type CommentPage = components['schemas']['CommentPage'];
/** Component schema `EventStreamGap`. */
export type EventStreamGap = components['schemas']['EventStreamGap'];
/** Component schema `Health`. */
export type Health = components['schemas']['Health'];
/** Component schema `LoginRequest`. */
export type LoginRequest = components['schemas']['LoginRequest'];
/** Component schema `Member`. */
export type Member = components['schemas']['Member'];
/** Component schema `MemberAdd`. */
export type MemberAdd = components['schemas']['MemberAdd'];
/** Component schema `MemberAddByEmail`. */
export type MemberAddByEmail = components['schemas']['MemberAddByEmail'];
/** Component schema `MemberAddByUserId`. */
export type MemberAddByUserId = components['schemas']['MemberAddByUserId'];
/** Component schema `MemberPage`. */
export type MemberPage = components['schemas']['MemberPage'];
/** Component schema `Problem`. */
export type Problem = components['schemas']['Problem'];
/** Component schema `ProblemFieldError`. */
export type ProblemFieldError = components['schemas']['ProblemFieldError'];
/** Component schema `Project`. */
export type Project = components['schemas']['Project'];
/** Component schema `ProjectCreate`. */
export type ProjectCreate = components['schemas']['ProjectCreate'];
/** Component schema `ProjectEvent`. */
export type ProjectEvent = components['schemas']['ProjectEvent'];
/** Component schema `ProjectPage`. */
export type ProjectPage = components['schemas']['ProjectPage'];
/** Component schema `ProjectRole`. */
export type ProjectRole = components['schemas']['ProjectRole'];
/** Component schema `ProjectUpdate`. */
export type ProjectUpdate = components['schemas']['ProjectUpdate'];
/** Component schema `Readiness`. */
export type Readiness = components['schemas']['Readiness'];
/** Component schema `RegisterRequest`. */
export type RegisterRequest = components['schemas']['RegisterRequest'];
/** Component schema `Task`. */
export type Task = components['schemas']['Task'];
/** Component schema `TaskAssignedActivity`. */
export type TaskAssignedActivity = components['schemas']['TaskAssignedActivity'];
/** Component schema `TaskCreate`. */
export type TaskCreate = components['schemas']['TaskCreate'];
/** Component schema `TaskCreatedActivity`. */
export type TaskCreatedActivity = components['schemas']['TaskCreatedActivity'];
/** Component schema `TaskEvent`. */
export type TaskEvent = components['schemas']['TaskEvent'];
/** Component schema `TaskLabel`. */
export type TaskLabel = components['schemas']['TaskLabel'];
/** Component schema `TaskPage`. */
export type TaskPage = components['schemas']['TaskPage'];
/** Component schema `TaskPriority`. */
export type TaskPriority = components['schemas']['TaskPriority'];
/** Component schema `TaskStatus`. */
export type TaskStatus = components['schemas']['TaskStatus'];
/** Component schema `TaskStatusChangedActivity`. */
export type TaskStatusChangedActivity = components['schemas']['TaskStatusChangedActivity'];
/** Component schema `TaskUpdate`. */
export type TaskUpdate = components['schemas']['TaskUpdate'];
/** Component schema `User`. */
export type User = components['schemas']['User'];
/** Request body of `POST /auth/login` (login). */
export type LoginBody = $ContentOf<paths['/auth/login']['post']['requestBody']>;
/** Response `200` body of `POST /auth/login` (login). */
export type LoginResponse200 = $ContentOf<paths['/auth/login']['post']['responses']['200']>;
/** Response `400` body of `POST /auth/login` (login). */
export type LoginResponse400 = $ContentOf<paths['/auth/login']['post']['responses']['400']>;
/** Response `401` body of `POST /auth/login` (login). */
export type LoginResponse401 = $ContentOf<paths['/auth/login']['post']['responses']['401']>;
/** Response `413` body of `POST /auth/login` (login). */
export type LoginResponse413 = $ContentOf<paths['/auth/login']['post']['responses']['413']>;
/** Response `415` body of `POST /auth/login` (login). */
export type LoginResponse415 = $ContentOf<paths['/auth/login']['post']['responses']['415']>;
/** Response `422` body of `POST /auth/login` (login). */
export type LoginResponse422 = $ContentOf<paths['/auth/login']['post']['responses']['422']>;
/** Response `429` body of `POST /auth/login` (login). */
export type LoginResponse429 = $ContentOf<paths['/auth/login']['post']['responses']['429']>;
/** Response `500` body of `POST /auth/login` (login). */
export type LoginResponse500 = $ContentOf<paths['/auth/login']['post']['responses']['500']>;
/** Cookie parameters of `POST /auth/logout` (logout). */
export type LogoutCookies = NonNullable<paths['/auth/logout']['post']['parameters']['cookie']>;
/** Response `400` body of `POST /auth/logout` (logout). */
export type LogoutResponse400 = $ContentOf<paths['/auth/logout']['post']['responses']['400']>;
/** Response `429` body of `POST /auth/logout` (logout). */
export type LogoutResponse429 = $ContentOf<paths['/auth/logout']['post']['responses']['429']>;
/** Response `500` body of `POST /auth/logout` (logout). */
export type LogoutResponse500 = $ContentOf<paths['/auth/logout']['post']['responses']['500']>;
/** Response `200` body of `GET /auth/me` (getCurrentUser). */
export type GetCurrentUserResponse200 = $ContentOf<paths['/auth/me']['get']['responses']['200']>;
/** Response `401` body of `GET /auth/me` (getCurrentUser). */
export type GetCurrentUserResponse401 = $ContentOf<paths['/auth/me']['get']['responses']['401']>;
/** Response `429` body of `GET /auth/me` (getCurrentUser). */
export type GetCurrentUserResponse429 = $ContentOf<paths['/auth/me']['get']['responses']['429']>;
/** Response `500` body of `GET /auth/me` (getCurrentUser). */
export type GetCurrentUserResponse500 = $ContentOf<paths['/auth/me']['get']['responses']['500']>;
/** Cookie parameters of `POST /auth/refresh` (refreshSession). */
export type RefreshSessionCookies = NonNullable<paths['/auth/refresh']['post']['parameters']['cookie']>;
/** Response `200` body of `POST /auth/refresh` (refreshSession). */
export type RefreshSessionResponse200 = $ContentOf<paths['/auth/refresh']['post']['responses']['200']>;
/** Response `400` body of `POST /auth/refresh` (refreshSession). */
export type RefreshSessionResponse400 = $ContentOf<paths['/auth/refresh']['post']['responses']['400']>;
/** Response `401` body of `POST /auth/refresh` (refreshSession). */
export type RefreshSessionResponse401 = $ContentOf<paths['/auth/refresh']['post']['responses']['401']>;
/** Response `429` body of `POST /auth/refresh` (refreshSession). */
export type RefreshSessionResponse429 = $ContentOf<paths['/auth/refresh']['post']['responses']['429']>;
/** Response `500` body of `POST /auth/refresh` (refreshSession). */
export type RefreshSessionResponse500 = $ContentOf<paths['/auth/refresh']['post']['responses']['500']>;
/** Request body of `POST /auth/register` (register). */
export type RegisterBody = $ContentOf<paths['/auth/register']['post']['requestBody']>;
/** Response `201` body of `POST /auth/register` (register). */
export type RegisterResponse201 = $ContentOf<paths['/auth/register']['post']['responses']['201']>;
/** Response `400` body of `POST /auth/register` (register). */
export type RegisterResponse400 = $ContentOf<paths['/auth/register']['post']['responses']['400']>;
/** Response `409` body of `POST /auth/register` (register). */
export type RegisterResponse409 = $ContentOf<paths['/auth/register']['post']['responses']['409']>;
/** Response `413` body of `POST /auth/register` (register). */
export type RegisterResponse413 = $ContentOf<paths['/auth/register']['post']['responses']['413']>;
/** Response `415` body of `POST /auth/register` (register). */
export type RegisterResponse415 = $ContentOf<paths['/auth/register']['post']['responses']['415']>;
/** Response `422` body of `POST /auth/register` (register). */
export type RegisterResponse422 = $ContentOf<paths['/auth/register']['post']['responses']['422']>;
/** Response `429` body of `POST /auth/register` (register). */
export type RegisterResponse429 = $ContentOf<paths['/auth/register']['post']['responses']['429']>;
/** Response `500` body of `POST /auth/register` (register). */
export type RegisterResponse500 = $ContentOf<paths['/auth/register']['post']['responses']['500']>;
/** Response `200` body of `GET /health` (getHealth). */
export type GetHealthResponse200 = $ContentOf<paths['/health']['get']['responses']['200']>;
/** Response `429` body of `GET /health` (getHealth). */
export type GetHealthResponse429 = $ContentOf<paths['/health']['get']['responses']['429']>;
/** Response `500` body of `GET /health` (getHealth). */
export type GetHealthResponse500 = $ContentOf<paths['/health']['get']['responses']['500']>;
/** Query parameters of `GET /projects` (listProjects). */
export type ListProjectsQuery = NonNullable<paths['/projects']['get']['parameters']['query']>;
/** Response `200` body of `GET /projects` (listProjects). */
export type ListProjectsResponse200 = $ContentOf<paths['/projects']['get']['responses']['200']>;
/** Response `400` body of `GET /projects` (listProjects). */
export type ListProjectsResponse400 = $ContentOf<paths['/projects']['get']['responses']['400']>;
/** Response `401` body of `GET /projects` (listProjects). */
export type ListProjectsResponse401 = $ContentOf<paths['/projects']['get']['responses']['401']>;
/** Response `429` body of `GET /projects` (listProjects). */
export type ListProjectsResponse429 = $ContentOf<paths['/projects']['get']['responses']['429']>;
/** Response `500` body of `GET /projects` (listProjects). */
export type ListProjectsResponse500 = $ContentOf<paths['/projects']['get']['responses']['500']>;
/** Header parameters of `POST /projects` (createProject). */
export type CreateProjectHeaders = NonNullable<paths['/projects']['post']['parameters']['header']>;
/** Request body of `POST /projects` (createProject). */
export type CreateProjectBody = $ContentOf<paths['/projects']['post']['requestBody']>;
/** Response `201` body of `POST /projects` (createProject). */
export type CreateProjectResponse201 = $ContentOf<paths['/projects']['post']['responses']['201']>;
/** Response `400` body of `POST /projects` (createProject). */
export type CreateProjectResponse400 = $ContentOf<paths['/projects']['post']['responses']['400']>;
/** Response `401` body of `POST /projects` (createProject). */
export type CreateProjectResponse401 = $ContentOf<paths['/projects']['post']['responses']['401']>;
/** Response `409` body of `POST /projects` (createProject). */
export type CreateProjectResponse409 = $ContentOf<paths['/projects']['post']['responses']['409']>;
/** Response `413` body of `POST /projects` (createProject). */
export type CreateProjectResponse413 = $ContentOf<paths['/projects']['post']['responses']['413']>;
/** Response `415` body of `POST /projects` (createProject). */
export type CreateProjectResponse415 = $ContentOf<paths['/projects']['post']['responses']['415']>;
/** Response `422` body of `POST /projects` (createProject). */
export type CreateProjectResponse422 = $ContentOf<paths['/projects']['post']['responses']['422']>;
/** Response `429` body of `POST /projects` (createProject). */
export type CreateProjectResponse429 = $ContentOf<paths['/projects']['post']['responses']['429']>;
/** Response `500` body of `POST /projects` (createProject). */
export type CreateProjectResponse500 = $ContentOf<paths['/projects']['post']['responses']['500']>;
/** Path parameters of `GET /projects/{projectId}` (getProject). */
export type GetProjectPathParams = NonNullable<paths['/projects/{projectId}']['get']['parameters']['path']>;
/** Response `200` body of `GET /projects/{projectId}` (getProject). */
export type GetProjectResponse200 = $ContentOf<paths['/projects/{projectId}']['get']['responses']['200']>;
/** Response `400` body of `GET /projects/{projectId}` (getProject). */
export type GetProjectResponse400 = $ContentOf<paths['/projects/{projectId}']['get']['responses']['400']>;
/** Response `401` body of `GET /projects/{projectId}` (getProject). */
export type GetProjectResponse401 = $ContentOf<paths['/projects/{projectId}']['get']['responses']['401']>;
/** Response `404` body of `GET /projects/{projectId}` (getProject). */
export type GetProjectResponse404 = $ContentOf<paths['/projects/{projectId}']['get']['responses']['404']>;
/** Response `429` body of `GET /projects/{projectId}` (getProject). */
export type GetProjectResponse429 = $ContentOf<paths['/projects/{projectId}']['get']['responses']['429']>;
/** Response `500` body of `GET /projects/{projectId}` (getProject). */
export type GetProjectResponse500 = $ContentOf<paths['/projects/{projectId}']['get']['responses']['500']>;
/** Path parameters of `DELETE /projects/{projectId}` (deleteProject). */
export type DeleteProjectPathParams = NonNullable<paths['/projects/{projectId}']['delete']['parameters']['path']>;
/** Response `400` body of `DELETE /projects/{projectId}` (deleteProject). */
export type DeleteProjectResponse400 = $ContentOf<paths['/projects/{projectId}']['delete']['responses']['400']>;
/** Response `401` body of `DELETE /projects/{projectId}` (deleteProject). */
export type DeleteProjectResponse401 = $ContentOf<paths['/projects/{projectId}']['delete']['responses']['401']>;
/** Response `403` body of `DELETE /projects/{projectId}` (deleteProject). */
export type DeleteProjectResponse403 = $ContentOf<paths['/projects/{projectId}']['delete']['responses']['403']>;
/** Response `404` body of `DELETE /projects/{projectId}` (deleteProject). */
export type DeleteProjectResponse404 = $ContentOf<paths['/projects/{projectId}']['delete']['responses']['404']>;
/** Response `429` body of `DELETE /projects/{projectId}` (deleteProject). */
export type DeleteProjectResponse429 = $ContentOf<paths['/projects/{projectId}']['delete']['responses']['429']>;
/** Response `500` body of `DELETE /projects/{projectId}` (deleteProject). */
export type DeleteProjectResponse500 = $ContentOf<paths['/projects/{projectId}']['delete']['responses']['500']>;
/** Path parameters of `PATCH /projects/{projectId}` (updateProject). */
export type UpdateProjectPathParams = NonNullable<paths['/projects/{projectId}']['patch']['parameters']['path']>;
/** Request body of `PATCH /projects/{projectId}` (updateProject). */
export type UpdateProjectBody = $ContentOf<paths['/projects/{projectId}']['patch']['requestBody']>;
/** Response `200` body of `PATCH /projects/{projectId}` (updateProject). */
export type UpdateProjectResponse200 = $ContentOf<paths['/projects/{projectId}']['patch']['responses']['200']>;
/** Response `400` body of `PATCH /projects/{projectId}` (updateProject). */
export type UpdateProjectResponse400 = $ContentOf<paths['/projects/{projectId}']['patch']['responses']['400']>;
/** Response `401` body of `PATCH /projects/{projectId}` (updateProject). */
export type UpdateProjectResponse401 = $ContentOf<paths['/projects/{projectId}']['patch']['responses']['401']>;
/** Response `404` body of `PATCH /projects/{projectId}` (updateProject). */
export type UpdateProjectResponse404 = $ContentOf<paths['/projects/{projectId}']['patch']['responses']['404']>;
/** Response `413` body of `PATCH /projects/{projectId}` (updateProject). */
export type UpdateProjectResponse413 = $ContentOf<paths['/projects/{projectId}']['patch']['responses']['413']>;
/** Response `415` body of `PATCH /projects/{projectId}` (updateProject). */
export type UpdateProjectResponse415 = $ContentOf<paths['/projects/{projectId}']['patch']['responses']['415']>;
/** Response `422` body of `PATCH /projects/{projectId}` (updateProject). */
export type UpdateProjectResponse422 = $ContentOf<paths['/projects/{projectId}']['patch']['responses']['422']>;
/** Response `429` body of `PATCH /projects/{projectId}` (updateProject). */
export type UpdateProjectResponse429 = $ContentOf<paths['/projects/{projectId}']['patch']['responses']['429']>;
/** Response `500` body of `PATCH /projects/{projectId}` (updateProject). */
export type UpdateProjectResponse500 = $ContentOf<paths['/projects/{projectId}']['patch']['responses']['500']>;
/** Path parameters of `GET /projects/{projectId}/events` (streamProjectEvents). */
export type StreamProjectEventsPathParams = NonNullable<paths['/projects/{projectId}/events']['get']['parameters']['path']>;
/** Header parameters of `GET /projects/{projectId}/events` (streamProjectEvents). */
export type StreamProjectEventsHeaders = NonNullable<paths['/projects/{projectId}/events']['get']['parameters']['header']>;
/** Response `200` body of `GET /projects/{projectId}/events` (streamProjectEvents). */
export type StreamProjectEventsResponse200 = $ContentOf<paths['/projects/{projectId}/events']['get']['responses']['200']>;
/** Response `400` body of `GET /projects/{projectId}/events` (streamProjectEvents). */
export type StreamProjectEventsResponse400 = $ContentOf<paths['/projects/{projectId}/events']['get']['responses']['400']>;
/** Response `401` body of `GET /projects/{projectId}/events` (streamProjectEvents). */
export type StreamProjectEventsResponse401 = $ContentOf<paths['/projects/{projectId}/events']['get']['responses']['401']>;
/** Response `404` body of `GET /projects/{projectId}/events` (streamProjectEvents). */
export type StreamProjectEventsResponse404 = $ContentOf<paths['/projects/{projectId}/events']['get']['responses']['404']>;
/** Response `429` body of `GET /projects/{projectId}/events` (streamProjectEvents). */
export type StreamProjectEventsResponse429 = $ContentOf<paths['/projects/{projectId}/events']['get']['responses']['429']>;
/** Response `500` body of `GET /projects/{projectId}/events` (streamProjectEvents). */
export type StreamProjectEventsResponse500 = $ContentOf<paths['/projects/{projectId}/events']['get']['responses']['500']>;
/** Path parameters of `GET /projects/{projectId}/members` (listProjectMembers). */
export type ListProjectMembersPathParams = NonNullable<paths['/projects/{projectId}/members']['get']['parameters']['path']>;
/** Query parameters of `GET /projects/{projectId}/members` (listProjectMembers). */
export type ListProjectMembersQuery = NonNullable<paths['/projects/{projectId}/members']['get']['parameters']['query']>;
/** Response `200` body of `GET /projects/{projectId}/members` (listProjectMembers). */
export type ListProjectMembersResponse200 = $ContentOf<paths['/projects/{projectId}/members']['get']['responses']['200']>;
/** Response `400` body of `GET /projects/{projectId}/members` (listProjectMembers). */
export type ListProjectMembersResponse400 = $ContentOf<paths['/projects/{projectId}/members']['get']['responses']['400']>;
/** Response `401` body of `GET /projects/{projectId}/members` (listProjectMembers). */
export type ListProjectMembersResponse401 = $ContentOf<paths['/projects/{projectId}/members']['get']['responses']['401']>;
/** Response `404` body of `GET /projects/{projectId}/members` (listProjectMembers). */
export type ListProjectMembersResponse404 = $ContentOf<paths['/projects/{projectId}/members']['get']['responses']['404']>;
/** Response `429` body of `GET /projects/{projectId}/members` (listProjectMembers). */
export type ListProjectMembersResponse429 = $ContentOf<paths['/projects/{projectId}/members']['get']['responses']['429']>;
/** Response `500` body of `GET /projects/{projectId}/members` (listProjectMembers). */
export type ListProjectMembersResponse500 = $ContentOf<paths['/projects/{projectId}/members']['get']['responses']['500']>;
/** Path parameters of `POST /projects/{projectId}/members` (addProjectMember). */
export type AddProjectMemberPathParams = NonNullable<paths['/projects/{projectId}/members']['post']['parameters']['path']>;
/** Request body of `POST /projects/{projectId}/members` (addProjectMember). */
export type AddProjectMemberBody = $ContentOf<paths['/projects/{projectId}/members']['post']['requestBody']>;
/** Response `201` body of `POST /projects/{projectId}/members` (addProjectMember). */
export type AddProjectMemberResponse201 = $ContentOf<paths['/projects/{projectId}/members']['post']['responses']['201']>;
/** Response `400` body of `POST /projects/{projectId}/members` (addProjectMember). */
export type AddProjectMemberResponse400 = $ContentOf<paths['/projects/{projectId}/members']['post']['responses']['400']>;
/** Response `401` body of `POST /projects/{projectId}/members` (addProjectMember). */
export type AddProjectMemberResponse401 = $ContentOf<paths['/projects/{projectId}/members']['post']['responses']['401']>;
/** Response `403` body of `POST /projects/{projectId}/members` (addProjectMember). */
export type AddProjectMemberResponse403 = $ContentOf<paths['/projects/{projectId}/members']['post']['responses']['403']>;
/** Response `404` body of `POST /projects/{projectId}/members` (addProjectMember). */
export type AddProjectMemberResponse404 = $ContentOf<paths['/projects/{projectId}/members']['post']['responses']['404']>;
/** Response `409` body of `POST /projects/{projectId}/members` (addProjectMember). */
export type AddProjectMemberResponse409 = $ContentOf<paths['/projects/{projectId}/members']['post']['responses']['409']>;
/** Response `413` body of `POST /projects/{projectId}/members` (addProjectMember). */
export type AddProjectMemberResponse413 = $ContentOf<paths['/projects/{projectId}/members']['post']['responses']['413']>;
/** Response `415` body of `POST /projects/{projectId}/members` (addProjectMember). */
export type AddProjectMemberResponse415 = $ContentOf<paths['/projects/{projectId}/members']['post']['responses']['415']>;
/** Response `422` body of `POST /projects/{projectId}/members` (addProjectMember). */
export type AddProjectMemberResponse422 = $ContentOf<paths['/projects/{projectId}/members']['post']['responses']['422']>;
/** Response `429` body of `POST /projects/{projectId}/members` (addProjectMember). */
export type AddProjectMemberResponse429 = $ContentOf<paths['/projects/{projectId}/members']['post']['responses']['429']>;
/** Response `500` body of `POST /projects/{projectId}/members` (addProjectMember). */
export type AddProjectMemberResponse500 = $ContentOf<paths['/projects/{projectId}/members']['post']['responses']['500']>;
/** Path parameters of `DELETE /projects/{projectId}/members/{userId}` (removeProjectMember). */
export type RemoveProjectMemberPathParams = NonNullable<paths['/projects/{projectId}/members/{userId}']['delete']['parameters']['path']>;
/** Response `400` body of `DELETE /projects/{projectId}/members/{userId}` (removeProjectMember). */
export type RemoveProjectMemberResponse400 = $ContentOf<paths['/projects/{projectId}/members/{userId}']['delete']['responses']['400']>;
/** Response `401` body of `DELETE /projects/{projectId}/members/{userId}` (removeProjectMember). */
export type RemoveProjectMemberResponse401 = $ContentOf<paths['/projects/{projectId}/members/{userId}']['delete']['responses']['401']>;
/** Response `403` body of `DELETE /projects/{projectId}/members/{userId}` (removeProjectMember). */
export type RemoveProjectMemberResponse403 = $ContentOf<paths['/projects/{projectId}/members/{userId}']['delete']['responses']['403']>;
/** Response `404` body of `DELETE /projects/{projectId}/members/{userId}` (removeProjectMember). */
export type RemoveProjectMemberResponse404 = $ContentOf<paths['/projects/{projectId}/members/{userId}']['delete']['responses']['404']>;
/** Response `409` body of `DELETE /projects/{projectId}/members/{userId}` (removeProjectMember). */
export type RemoveProjectMemberResponse409 = $ContentOf<paths['/projects/{projectId}/members/{userId}']['delete']['responses']['409']>;
/** Response `429` body of `DELETE /projects/{projectId}/members/{userId}` (removeProjectMember). */
export type RemoveProjectMemberResponse429 = $ContentOf<paths['/projects/{projectId}/members/{userId}']['delete']['responses']['429']>;
/** Response `500` body of `DELETE /projects/{projectId}/members/{userId}` (removeProjectMember). */
export type RemoveProjectMemberResponse500 = $ContentOf<paths['/projects/{projectId}/members/{userId}']['delete']['responses']['500']>;
/** Path parameters of `GET /projects/{projectId}/tasks` (listTasks). */
export type ListTasksPathParams = NonNullable<paths['/projects/{projectId}/tasks']['get']['parameters']['path']>;
/** Query parameters of `GET /projects/{projectId}/tasks` (listTasks). */
export type ListTasksQuery = NonNullable<paths['/projects/{projectId}/tasks']['get']['parameters']['query']>;
/** Response `200` body of `GET /projects/{projectId}/tasks` (listTasks). */
export type ListTasksResponse200 = $ContentOf<paths['/projects/{projectId}/tasks']['get']['responses']['200']>;
/** Response `400` body of `GET /projects/{projectId}/tasks` (listTasks). */
export type ListTasksResponse400 = $ContentOf<paths['/projects/{projectId}/tasks']['get']['responses']['400']>;
/** Response `401` body of `GET /projects/{projectId}/tasks` (listTasks). */
export type ListTasksResponse401 = $ContentOf<paths['/projects/{projectId}/tasks']['get']['responses']['401']>;
/** Response `404` body of `GET /projects/{projectId}/tasks` (listTasks). */
export type ListTasksResponse404 = $ContentOf<paths['/projects/{projectId}/tasks']['get']['responses']['404']>;
/** Response `429` body of `GET /projects/{projectId}/tasks` (listTasks). */
export type ListTasksResponse429 = $ContentOf<paths['/projects/{projectId}/tasks']['get']['responses']['429']>;
/** Response `500` body of `GET /projects/{projectId}/tasks` (listTasks). */
export type ListTasksResponse500 = $ContentOf<paths['/projects/{projectId}/tasks']['get']['responses']['500']>;
/** Path parameters of `POST /projects/{projectId}/tasks` (createTask). */
export type CreateTaskPathParams = NonNullable<paths['/projects/{projectId}/tasks']['post']['parameters']['path']>;
/** Header parameters of `POST /projects/{projectId}/tasks` (createTask). */
export type CreateTaskHeaders = NonNullable<paths['/projects/{projectId}/tasks']['post']['parameters']['header']>;
/** Request body of `POST /projects/{projectId}/tasks` (createTask). */
export type CreateTaskBody = $ContentOf<paths['/projects/{projectId}/tasks']['post']['requestBody']>;
/** Response `201` body of `POST /projects/{projectId}/tasks` (createTask). */
export type CreateTaskResponse201 = $ContentOf<paths['/projects/{projectId}/tasks']['post']['responses']['201']>;
/** Response `400` body of `POST /projects/{projectId}/tasks` (createTask). */
export type CreateTaskResponse400 = $ContentOf<paths['/projects/{projectId}/tasks']['post']['responses']['400']>;
/** Response `401` body of `POST /projects/{projectId}/tasks` (createTask). */
export type CreateTaskResponse401 = $ContentOf<paths['/projects/{projectId}/tasks']['post']['responses']['401']>;
/** Response `404` body of `POST /projects/{projectId}/tasks` (createTask). */
export type CreateTaskResponse404 = $ContentOf<paths['/projects/{projectId}/tasks']['post']['responses']['404']>;
/** Response `409` body of `POST /projects/{projectId}/tasks` (createTask). */
export type CreateTaskResponse409 = $ContentOf<paths['/projects/{projectId}/tasks']['post']['responses']['409']>;
/** Response `413` body of `POST /projects/{projectId}/tasks` (createTask). */
export type CreateTaskResponse413 = $ContentOf<paths['/projects/{projectId}/tasks']['post']['responses']['413']>;
/** Response `415` body of `POST /projects/{projectId}/tasks` (createTask). */
export type CreateTaskResponse415 = $ContentOf<paths['/projects/{projectId}/tasks']['post']['responses']['415']>;
/** Response `422` body of `POST /projects/{projectId}/tasks` (createTask). */
export type CreateTaskResponse422 = $ContentOf<paths['/projects/{projectId}/tasks']['post']['responses']['422']>;
/** Response `429` body of `POST /projects/{projectId}/tasks` (createTask). */
export type CreateTaskResponse429 = $ContentOf<paths['/projects/{projectId}/tasks']['post']['responses']['429']>;
/** Response `500` body of `POST /projects/{projectId}/tasks` (createTask). */
export type CreateTaskResponse500 = $ContentOf<paths['/projects/{projectId}/tasks']['post']['responses']['500']>;
/** Path parameters of `GET /projects/{projectId}/tasks/{taskId}` (getTask). */
export type GetTaskPathParams = NonNullable<paths['/projects/{projectId}/tasks/{taskId}']['get']['parameters']['path']>;
/** Response `200` body of `GET /projects/{projectId}/tasks/{taskId}` (getTask). */
export type GetTaskResponse200 = $ContentOf<paths['/projects/{projectId}/tasks/{taskId}']['get']['responses']['200']>;
/** Response `400` body of `GET /projects/{projectId}/tasks/{taskId}` (getTask). */
export type GetTaskResponse400 = $ContentOf<paths['/projects/{projectId}/tasks/{taskId}']['get']['responses']['400']>;
/** Response `401` body of `GET /projects/{projectId}/tasks/{taskId}` (getTask). */
export type GetTaskResponse401 = $ContentOf<paths['/projects/{projectId}/tasks/{taskId}']['get']['responses']['401']>;
/** Response `404` body of `GET /projects/{projectId}/tasks/{taskId}` (getTask). */
export type GetTaskResponse404 = $ContentOf<paths['/projects/{projectId}/tasks/{taskId}']['get']['responses']['404']>;
/** Response `429` body of `GET /projects/{projectId}/tasks/{taskId}` (getTask). */
export type GetTaskResponse429 = $ContentOf<paths['/projects/{projectId}/tasks/{taskId}']['get']['responses']['429']>;
/** Response `500` body of `GET /projects/{projectId}/tasks/{taskId}` (getTask). */
export type GetTaskResponse500 = $ContentOf<paths['/projects/{projectId}/tasks/{taskId}']['get']['responses']['500']>;
/** Path parameters of `DELETE /projects/{projectId}/tasks/{taskId}` (deleteTask). */
export type DeleteTaskPathParams = NonNullable<paths['/projects/{projectId}/tasks/{taskId}']['delete']['parameters']['path']>;
/** Response `400` body of `DELETE /projects/{projectId}/tasks/{taskId}` (deleteTask). */
export type DeleteTaskResponse400 = $ContentOf<paths['/projects/{projectId}/tasks/{taskId}']['delete']['responses']['400']>;
/** Response `401` body of `DELETE /projects/{projectId}/tasks/{taskId}` (deleteTask). */
export type DeleteTaskResponse401 = $ContentOf<paths['/projects/{projectId}/tasks/{taskId}']['delete']['responses']['401']>;
/** Response `404` body of `DELETE /projects/{projectId}/tasks/{taskId}` (deleteTask). */
export type DeleteTaskResponse404 = $ContentOf<paths['/projects/{projectId}/tasks/{taskId}']['delete']['responses']['404']>;
/** Response `429` body of `DELETE /projects/{projectId}/tasks/{taskId}` (deleteTask). */
export type DeleteTaskResponse429 = $ContentOf<paths['/projects/{projectId}/tasks/{taskId}']['delete']['responses']['429']>;
/** Response `500` body of `DELETE /projects/{projectId}/tasks/{taskId}` (deleteTask). */
export type DeleteTaskResponse500 = $ContentOf<paths['/projects/{projectId}/tasks/{taskId}']['delete']['responses']['500']>;
/** Path parameters of `PATCH /projects/{projectId}/tasks/{taskId}` (updateTask). */
export type UpdateTaskPathParams = NonNullable<paths['/projects/{projectId}/tasks/{taskId}']['patch']['parameters']['path']>;
/** Header parameters of `PATCH /projects/{projectId}/tasks/{taskId}` (updateTask). */
export type UpdateTaskHeaders = NonNullable<paths['/projects/{projectId}/tasks/{taskId}']['patch']['parameters']['header']>;
/** Request body of `PATCH /projects/{projectId}/tasks/{taskId}` (updateTask). */
export type UpdateTaskBody = $ContentOf<paths['/projects/{projectId}/tasks/{taskId}']['patch']['requestBody']>;
/** Response `200` body of `PATCH /projects/{projectId}/tasks/{taskId}` (updateTask). */
export type UpdateTaskResponse200 = $ContentOf<paths['/projects/{projectId}/tasks/{taskId}']['patch']['responses']['200']>;
/** Response `400` body of `PATCH /projects/{projectId}/tasks/{taskId}` (updateTask). */
export type UpdateTaskResponse400 = $ContentOf<paths['/projects/{projectId}/tasks/{taskId}']['patch']['responses']['400']>;
/** Response `401` body of `PATCH /projects/{projectId}/tasks/{taskId}` (updateTask). */
export type UpdateTaskResponse401 = $ContentOf<paths['/projects/{projectId}/tasks/{taskId}']['patch']['responses']['401']>;
/** Response `404` body of `PATCH /projects/{projectId}/tasks/{taskId}` (updateTask). */
export type UpdateTaskResponse404 = $ContentOf<paths['/projects/{projectId}/tasks/{taskId}']['patch']['responses']['404']>;
/** Response `409` body of `PATCH /projects/{projectId}/tasks/{taskId}` (updateTask). */
export type UpdateTaskResponse409 = $ContentOf<paths['/projects/{projectId}/tasks/{taskId}']['patch']['responses']['409']>;
/** Response `412` body of `PATCH /projects/{projectId}/tasks/{taskId}` (updateTask). */
export type UpdateTaskResponse412 = $ContentOf<paths['/projects/{projectId}/tasks/{taskId}']['patch']['responses']['412']>;
/** Response `413` body of `PATCH /projects/{projectId}/tasks/{taskId}` (updateTask). */
export type UpdateTaskResponse413 = $ContentOf<paths['/projects/{projectId}/tasks/{taskId}']['patch']['responses']['413']>;
/** Response `415` body of `PATCH /projects/{projectId}/tasks/{taskId}` (updateTask). */
export type UpdateTaskResponse415 = $ContentOf<paths['/projects/{projectId}/tasks/{taskId}']['patch']['responses']['415']>;
/** Response `422` body of `PATCH /projects/{projectId}/tasks/{taskId}` (updateTask). */
export type UpdateTaskResponse422 = $ContentOf<paths['/projects/{projectId}/tasks/{taskId}']['patch']['responses']['422']>;
/** Response `429` body of `PATCH /projects/{projectId}/tasks/{taskId}` (updateTask). */
export type UpdateTaskResponse429 = $ContentOf<paths['/projects/{projectId}/tasks/{taskId}']['patch']['responses']['429']>;
/** Response `500` body of `PATCH /projects/{projectId}/tasks/{taskId}` (updateTask). */
export type UpdateTaskResponse500 = $ContentOf<paths['/projects/{projectId}/tasks/{taskId}']['patch']['responses']['500']>;
/** Path parameters of `GET /projects/{projectId}/tasks/{taskId}/activity` (listTaskActivity). */
export type ListTaskActivityPathParams = NonNullable<paths['/projects/{projectId}/tasks/{taskId}/activity']['get']['parameters']['path']>;
/** Query parameters of `GET /projects/{projectId}/tasks/{taskId}/activity` (listTaskActivity). */
export type ListTaskActivityQuery = NonNullable<paths['/projects/{projectId}/tasks/{taskId}/activity']['get']['parameters']['query']>;
/** Response `200` body of `GET /projects/{projectId}/tasks/{taskId}/activity` (listTaskActivity). */
export type ListTaskActivityResponse200 = $ContentOf<paths['/projects/{projectId}/tasks/{taskId}/activity']['get']['responses']['200']>;
/** Response `400` body of `GET /projects/{projectId}/tasks/{taskId}/activity` (listTaskActivity). */
export type ListTaskActivityResponse400 = $ContentOf<paths['/projects/{projectId}/tasks/{taskId}/activity']['get']['responses']['400']>;
/** Response `401` body of `GET /projects/{projectId}/tasks/{taskId}/activity` (listTaskActivity). */
export type ListTaskActivityResponse401 = $ContentOf<paths['/projects/{projectId}/tasks/{taskId}/activity']['get']['responses']['401']>;
/** Response `404` body of `GET /projects/{projectId}/tasks/{taskId}/activity` (listTaskActivity). */
export type ListTaskActivityResponse404 = $ContentOf<paths['/projects/{projectId}/tasks/{taskId}/activity']['get']['responses']['404']>;
/** Response `429` body of `GET /projects/{projectId}/tasks/{taskId}/activity` (listTaskActivity). */
export type ListTaskActivityResponse429 = $ContentOf<paths['/projects/{projectId}/tasks/{taskId}/activity']['get']['responses']['429']>;
/** Response `500` body of `GET /projects/{projectId}/tasks/{taskId}/activity` (listTaskActivity). */
export type ListTaskActivityResponse500 = $ContentOf<paths['/projects/{projectId}/tasks/{taskId}/activity']['get']['responses']['500']>;
/** Path parameters of `GET /projects/{projectId}/tasks/{taskId}/attachments` (listAttachments). */
export type ListAttachmentsPathParams = NonNullable<paths['/projects/{projectId}/tasks/{taskId}/attachments']['get']['parameters']['path']>;
/** Query parameters of `GET /projects/{projectId}/tasks/{taskId}/attachments` (listAttachments). */
export type ListAttachmentsQuery = NonNullable<paths['/projects/{projectId}/tasks/{taskId}/attachments']['get']['parameters']['query']>;
/** Response `200` body of `GET /projects/{projectId}/tasks/{taskId}/attachments` (listAttachments). */
export type ListAttachmentsResponse200 = $ContentOf<paths['/projects/{projectId}/tasks/{taskId}/attachments']['get']['responses']['200']>;
/** Response `400` body of `GET /projects/{projectId}/tasks/{taskId}/attachments` (listAttachments). */
export type ListAttachmentsResponse400 = $ContentOf<paths['/projects/{projectId}/tasks/{taskId}/attachments']['get']['responses']['400']>;
/** Response `401` body of `GET /projects/{projectId}/tasks/{taskId}/attachments` (listAttachments). */
export type ListAttachmentsResponse401 = $ContentOf<paths['/projects/{projectId}/tasks/{taskId}/attachments']['get']['responses']['401']>;
/** Response `404` body of `GET /projects/{projectId}/tasks/{taskId}/attachments` (listAttachments). */
export type ListAttachmentsResponse404 = $ContentOf<paths['/projects/{projectId}/tasks/{taskId}/attachments']['get']['responses']['404']>;
/** Response `429` body of `GET /projects/{projectId}/tasks/{taskId}/attachments` (listAttachments). */
export type ListAttachmentsResponse429 = $ContentOf<paths['/projects/{projectId}/tasks/{taskId}/attachments']['get']['responses']['429']>;
/** Response `500` body of `GET /projects/{projectId}/tasks/{taskId}/attachments` (listAttachments). */
export type ListAttachmentsResponse500 = $ContentOf<paths['/projects/{projectId}/tasks/{taskId}/attachments']['get']['responses']['500']>;
/** Path parameters of `POST /projects/{projectId}/tasks/{taskId}/attachments` (uploadAttachment). */
export type UploadAttachmentPathParams = NonNullable<paths['/projects/{projectId}/tasks/{taskId}/attachments']['post']['parameters']['path']>;
/** Request body of `POST /projects/{projectId}/tasks/{taskId}/attachments` (uploadAttachment). */
export type UploadAttachmentBody = $ContentOf<paths['/projects/{projectId}/tasks/{taskId}/attachments']['post']['requestBody']>;
/** Response `201` body of `POST /projects/{projectId}/tasks/{taskId}/attachments` (uploadAttachment). */
export type UploadAttachmentResponse201 = $ContentOf<paths['/projects/{projectId}/tasks/{taskId}/attachments']['post']['responses']['201']>;
/** Response `400` body of `POST /projects/{projectId}/tasks/{taskId}/attachments` (uploadAttachment). */
export type UploadAttachmentResponse400 = $ContentOf<paths['/projects/{projectId}/tasks/{taskId}/attachments']['post']['responses']['400']>;
/** Response `401` body of `POST /projects/{projectId}/tasks/{taskId}/attachments` (uploadAttachment). */
export type UploadAttachmentResponse401 = $ContentOf<paths['/projects/{projectId}/tasks/{taskId}/attachments']['post']['responses']['401']>;
/** Response `404` body of `POST /projects/{projectId}/tasks/{taskId}/attachments` (uploadAttachment). */
export type UploadAttachmentResponse404 = $ContentOf<paths['/projects/{projectId}/tasks/{taskId}/attachments']['post']['responses']['404']>;
/** Response `413` body of `POST /projects/{projectId}/tasks/{taskId}/attachments` (uploadAttachment). */
export type UploadAttachmentResponse413 = $ContentOf<paths['/projects/{projectId}/tasks/{taskId}/attachments']['post']['responses']['413']>;
/** Response `415` body of `POST /projects/{projectId}/tasks/{taskId}/attachments` (uploadAttachment). */
export type UploadAttachmentResponse415 = $ContentOf<paths['/projects/{projectId}/tasks/{taskId}/attachments']['post']['responses']['415']>;
/** Response `422` body of `POST /projects/{projectId}/tasks/{taskId}/attachments` (uploadAttachment). */
export type UploadAttachmentResponse422 = $ContentOf<paths['/projects/{projectId}/tasks/{taskId}/attachments']['post']['responses']['422']>;
/** Response `429` body of `POST /projects/{projectId}/tasks/{taskId}/attachments` (uploadAttachment). */
export type UploadAttachmentResponse429 = $ContentOf<paths['/projects/{projectId}/tasks/{taskId}/attachments']['post']['responses']['429']>;
/** Response `500` body of `POST /projects/{projectId}/tasks/{taskId}/attachments` (uploadAttachment). */
export type UploadAttachmentResponse500 = $ContentOf<paths['/projects/{projectId}/tasks/{taskId}/attachments']['post']['responses']['500']>;
/** Path parameters of `DELETE /projects/{projectId}/tasks/{taskId}/attachments/{attachmentId}` (deleteAttachment). */
export type DeleteAttachmentPathParams = NonNullable<paths['/projects/{projectId}/tasks/{taskId}/attachments/{attachmentId}']['delete']['parameters']['path']>;
/** Response `400` body of `DELETE /projects/{projectId}/tasks/{taskId}/attachments/{attachmentId}` (deleteAttachment). */
export type DeleteAttachmentResponse400 = $ContentOf<paths['/projects/{projectId}/tasks/{taskId}/attachments/{attachmentId}']['delete']['responses']['400']>;
/** Response `401` body of `DELETE /projects/{projectId}/tasks/{taskId}/attachments/{attachmentId}` (deleteAttachment). */
export type DeleteAttachmentResponse401 = $ContentOf<paths['/projects/{projectId}/tasks/{taskId}/attachments/{attachmentId}']['delete']['responses']['401']>;
/** Response `403` body of `DELETE /projects/{projectId}/tasks/{taskId}/attachments/{attachmentId}` (deleteAttachment). */
export type DeleteAttachmentResponse403 = $ContentOf<paths['/projects/{projectId}/tasks/{taskId}/attachments/{attachmentId}']['delete']['responses']['403']>;
/** Response `404` body of `DELETE /projects/{projectId}/tasks/{taskId}/attachments/{attachmentId}` (deleteAttachment). */
export type DeleteAttachmentResponse404 = $ContentOf<paths['/projects/{projectId}/tasks/{taskId}/attachments/{attachmentId}']['delete']['responses']['404']>;
/** Response `429` body of `DELETE /projects/{projectId}/tasks/{taskId}/attachments/{attachmentId}` (deleteAttachment). */
export type DeleteAttachmentResponse429 = $ContentOf<paths['/projects/{projectId}/tasks/{taskId}/attachments/{attachmentId}']['delete']['responses']['429']>;
/** Response `500` body of `DELETE /projects/{projectId}/tasks/{taskId}/attachments/{attachmentId}` (deleteAttachment). */
export type DeleteAttachmentResponse500 = $ContentOf<paths['/projects/{projectId}/tasks/{taskId}/attachments/{attachmentId}']['delete']['responses']['500']>;
/** Path parameters of `GET /projects/{projectId}/tasks/{taskId}/attachments/{attachmentId}/content` (downloadAttachment). */
export type DownloadAttachmentPathParams = NonNullable<paths['/projects/{projectId}/tasks/{taskId}/attachments/{attachmentId}/content']['get']['parameters']['path']>;
/** Response `200` body of `GET /projects/{projectId}/tasks/{taskId}/attachments/{attachmentId}/content` (downloadAttachment). */
export type DownloadAttachmentResponse200 = $ContentOf<paths['/projects/{projectId}/tasks/{taskId}/attachments/{attachmentId}/content']['get']['responses']['200']>;
/** Response `400` body of `GET /projects/{projectId}/tasks/{taskId}/attachments/{attachmentId}/content` (downloadAttachment). */
export type DownloadAttachmentResponse400 = $ContentOf<paths['/projects/{projectId}/tasks/{taskId}/attachments/{attachmentId}/content']['get']['responses']['400']>;
/** Response `401` body of `GET /projects/{projectId}/tasks/{taskId}/attachments/{attachmentId}/content` (downloadAttachment). */
export type DownloadAttachmentResponse401 = $ContentOf<paths['/projects/{projectId}/tasks/{taskId}/attachments/{attachmentId}/content']['get']['responses']['401']>;
/** Response `404` body of `GET /projects/{projectId}/tasks/{taskId}/attachments/{attachmentId}/content` (downloadAttachment). */
export type DownloadAttachmentResponse404 = $ContentOf<paths['/projects/{projectId}/tasks/{taskId}/attachments/{attachmentId}/content']['get']['responses']['404']>;
/** Response `429` body of `GET /projects/{projectId}/tasks/{taskId}/attachments/{attachmentId}/content` (downloadAttachment). */
export type DownloadAttachmentResponse429 = $ContentOf<paths['/projects/{projectId}/tasks/{taskId}/attachments/{attachmentId}/content']['get']['responses']['429']>;
/** Response `500` body of `GET /projects/{projectId}/tasks/{taskId}/attachments/{attachmentId}/content` (downloadAttachment). */
export type DownloadAttachmentResponse500 = $ContentOf<paths['/projects/{projectId}/tasks/{taskId}/attachments/{attachmentId}/content']['get']['responses']['500']>;
/** Path parameters of `GET /projects/{projectId}/tasks/{taskId}/comments` (listComments). */
export type ListCommentsPathParams = NonNullable<paths['/projects/{projectId}/tasks/{taskId}/comments']['get']['parameters']['path']>;
/** Query parameters of `GET /projects/{projectId}/tasks/{taskId}/comments` (listComments). */
export type ListCommentsQuery = NonNullable<paths['/projects/{projectId}/tasks/{taskId}/comments']['get']['parameters']['query']>;
/** Response `200` body of `GET /projects/{projectId}/tasks/{taskId}/comments` (listComments). */
export type ListCommentsResponse200 = $ContentOf<paths['/projects/{projectId}/tasks/{taskId}/comments']['get']['responses']['200']>;
/** Response `400` body of `GET /projects/{projectId}/tasks/{taskId}/comments` (listComments). */
export type ListCommentsResponse400 = $ContentOf<paths['/projects/{projectId}/tasks/{taskId}/comments']['get']['responses']['400']>;
/** Response `401` body of `GET /projects/{projectId}/tasks/{taskId}/comments` (listComments). */
export type ListCommentsResponse401 = $ContentOf<paths['/projects/{projectId}/tasks/{taskId}/comments']['get']['responses']['401']>;
/** Response `404` body of `GET /projects/{projectId}/tasks/{taskId}/comments` (listComments). */
export type ListCommentsResponse404 = $ContentOf<paths['/projects/{projectId}/tasks/{taskId}/comments']['get']['responses']['404']>;
/** Response `429` body of `GET /projects/{projectId}/tasks/{taskId}/comments` (listComments). */
export type ListCommentsResponse429 = $ContentOf<paths['/projects/{projectId}/tasks/{taskId}/comments']['get']['responses']['429']>;
/** Response `500` body of `GET /projects/{projectId}/tasks/{taskId}/comments` (listComments). */
export type ListCommentsResponse500 = $ContentOf<paths['/projects/{projectId}/tasks/{taskId}/comments']['get']['responses']['500']>;
/** Path parameters of `POST /projects/{projectId}/tasks/{taskId}/comments` (createComment). */
export type CreateCommentPathParams = NonNullable<paths['/projects/{projectId}/tasks/{taskId}/comments']['post']['parameters']['path']>;
/** Request body of `POST /projects/{projectId}/tasks/{taskId}/comments` (createComment). */
export type CreateCommentBody = $ContentOf<paths['/projects/{projectId}/tasks/{taskId}/comments']['post']['requestBody']>;
/** Response `201` body of `POST /projects/{projectId}/tasks/{taskId}/comments` (createComment). */
export type CreateCommentResponse201 = $ContentOf<paths['/projects/{projectId}/tasks/{taskId}/comments']['post']['responses']['201']>;
/** Response `400` body of `POST /projects/{projectId}/tasks/{taskId}/comments` (createComment). */
export type CreateCommentResponse400 = $ContentOf<paths['/projects/{projectId}/tasks/{taskId}/comments']['post']['responses']['400']>;
/** Response `401` body of `POST /projects/{projectId}/tasks/{taskId}/comments` (createComment). */
export type CreateCommentResponse401 = $ContentOf<paths['/projects/{projectId}/tasks/{taskId}/comments']['post']['responses']['401']>;
/** Response `404` body of `POST /projects/{projectId}/tasks/{taskId}/comments` (createComment). */
export type CreateCommentResponse404 = $ContentOf<paths['/projects/{projectId}/tasks/{taskId}/comments']['post']['responses']['404']>;
/** Response `409` body of `POST /projects/{projectId}/tasks/{taskId}/comments` (createComment). */
export type CreateCommentResponse409 = $ContentOf<paths['/projects/{projectId}/tasks/{taskId}/comments']['post']['responses']['409']>;
/** Response `413` body of `POST /projects/{projectId}/tasks/{taskId}/comments` (createComment). */
export type CreateCommentResponse413 = $ContentOf<paths['/projects/{projectId}/tasks/{taskId}/comments']['post']['responses']['413']>;
/** Response `415` body of `POST /projects/{projectId}/tasks/{taskId}/comments` (createComment). */
export type CreateCommentResponse415 = $ContentOf<paths['/projects/{projectId}/tasks/{taskId}/comments']['post']['responses']['415']>;
/** Response `422` body of `POST /projects/{projectId}/tasks/{taskId}/comments` (createComment). */
export type CreateCommentResponse422 = $ContentOf<paths['/projects/{projectId}/tasks/{taskId}/comments']['post']['responses']['422']>;
/** Response `429` body of `POST /projects/{projectId}/tasks/{taskId}/comments` (createComment). */
export type CreateCommentResponse429 = $ContentOf<paths['/projects/{projectId}/tasks/{taskId}/comments']['post']['responses']['429']>;
/** Response `500` body of `POST /projects/{projectId}/tasks/{taskId}/comments` (createComment). */
export type CreateCommentResponse500 = $ContentOf<paths['/projects/{projectId}/tasks/{taskId}/comments']['post']['responses']['500']>;
/** Path parameters of `GET /projects/{projectId}/tasks/{taskId}/comments/{commentId}` (getComment). */
export type GetCommentPathParams = NonNullable<paths['/projects/{projectId}/tasks/{taskId}/comments/{commentId}']['get']['parameters']['path']>;
/** Response `200` body of `GET /projects/{projectId}/tasks/{taskId}/comments/{commentId}` (getComment). */
export type GetCommentResponse200 = $ContentOf<paths['/projects/{projectId}/tasks/{taskId}/comments/{commentId}']['get']['responses']['200']>;
/** Response `400` body of `GET /projects/{projectId}/tasks/{taskId}/comments/{commentId}` (getComment). */
export type GetCommentResponse400 = $ContentOf<paths['/projects/{projectId}/tasks/{taskId}/comments/{commentId}']['get']['responses']['400']>;
/** Response `401` body of `GET /projects/{projectId}/tasks/{taskId}/comments/{commentId}` (getComment). */
export type GetCommentResponse401 = $ContentOf<paths['/projects/{projectId}/tasks/{taskId}/comments/{commentId}']['get']['responses']['401']>;
/** Response `404` body of `GET /projects/{projectId}/tasks/{taskId}/comments/{commentId}` (getComment). */
export type GetCommentResponse404 = $ContentOf<paths['/projects/{projectId}/tasks/{taskId}/comments/{commentId}']['get']['responses']['404']>;
/** Response `429` body of `GET /projects/{projectId}/tasks/{taskId}/comments/{commentId}` (getComment). */
export type GetCommentResponse429 = $ContentOf<paths['/projects/{projectId}/tasks/{taskId}/comments/{commentId}']['get']['responses']['429']>;
/** Response `500` body of `GET /projects/{projectId}/tasks/{taskId}/comments/{commentId}` (getComment). */
export type GetCommentResponse500 = $ContentOf<paths['/projects/{projectId}/tasks/{taskId}/comments/{commentId}']['get']['responses']['500']>;
/** Response `200` body of `GET /ready` (getReadiness). */
export type GetReadinessResponse200 = $ContentOf<paths['/ready']['get']['responses']['200']>;
/** Response `429` body of `GET /ready` (getReadiness). */
export type GetReadinessResponse429 = $ContentOf<paths['/ready']['get']['responses']['429']>;
/** Response `500` body of `GET /ready` (getReadiness). */
export type GetReadinessResponse500 = $ContentOf<paths['/ready']['get']['responses']['500']>;
/** Response `503` body of `GET /ready` (getReadiness). */
export type GetReadinessResponse503 = $ContentOf<paths['/ready']['get']['responses']['503']>;
