import { bind, createCore, createSession, installRefresh, type Body, type Client, type ClientOptions, type Method, type MultipartBody, type OperationDescriptor, type Options, type PaginatedMethod, type Params, type Session, type StreamMethod, type StreamOptions } from "../runtime/index.js";

import type { components, paths } from "./types.js";

type LoginOperation = paths["/auth/login"]["post"];

type LogoutOperation = paths["/auth/logout"]["post"];

type GetCurrentUserOperation = paths["/auth/me"]["get"];

type RefreshSessionOperation = paths["/auth/refresh"]["post"];

type RegisterOperation = paths["/auth/register"]["post"];

type ListProjectsOperation = paths["/projects"]["get"];

type CreateProjectOperation = paths["/projects"]["post"];

type GetProjectOperation = paths["/projects/{projectId}"]["get"];

type DeleteProjectOperation = paths["/projects/{projectId}"]["delete"];

type UpdateProjectOperation = paths["/projects/{projectId}"]["patch"];

type ListProjectMembersOperation = paths["/projects/{projectId}/members"]["get"];

type AddProjectMemberOperation = paths["/projects/{projectId}/members"]["post"];

type RemoveProjectMemberOperation = paths["/projects/{projectId}/members/{userId}"]["delete"];

type ListTasksOperation = paths["/projects/{projectId}/tasks"]["get"];

type CreateTaskOperation = paths["/projects/{projectId}/tasks"]["post"];

type GetTaskOperation = paths["/projects/{projectId}/tasks/{taskId}"]["get"];

type DeleteTaskOperation = paths["/projects/{projectId}/tasks/{taskId}"]["delete"];

type UpdateTaskOperation = paths["/projects/{projectId}/tasks/{taskId}"]["patch"];

type ListCommentsOperation = paths["/projects/{projectId}/tasks/{taskId}/comments"]["get"];

type CreateCommentOperation = paths["/projects/{projectId}/tasks/{taskId}/comments"]["post"];

type GetCommentOperation = paths["/projects/{projectId}/tasks/{taskId}/comments/{commentId}"]["get"];

type ListTaskActivityOperation = paths["/projects/{projectId}/tasks/{taskId}/activity"]["get"];

type ListAttachmentsOperation = paths["/projects/{projectId}/tasks/{taskId}/attachments"]["get"];

type UploadAttachmentOperation = paths["/projects/{projectId}/tasks/{taskId}/attachments"]["post"];

type DeleteAttachmentOperation = paths["/projects/{projectId}/tasks/{taskId}/attachments/{attachmentId}"]["delete"];

type DownloadAttachmentOperation = paths["/projects/{projectId}/tasks/{taskId}/attachments/{attachmentId}/content"]["get"];

type StreamProjectEventsOperation = paths["/projects/{projectId}/events"]["get"];

type GetHealthOperation = paths["/health"]["get"];

type GetReadinessOperation = paths["/ready"]["get"];

/**
 * Registration, sign-in and session management.
 */
export interface AuthApi {
    /**
     * Sign in
     *
     * Exchanges an email address and password for an access token and sets the
     * `refresh_token` cookie. Wrong credentials get `401` without saying which part
     * was wrong.
     *
     * `POST /auth/login` (login)
     */
    readonly login: Method<LoginOperation, [
        body: Body<LoginOperation, "application/json">,
        options?: Options<LoginOperation>
    ]>;
    /**
     * Sign out
     *
     * Revokes the refresh token in the `refresh_token` cookie, if any, and clears the
     * cookie. Always succeeds, so it is safe to call when already signed out. Access
     * tokens already issued stay valid until they expire.
     *
     * `POST /auth/logout` (logout)
     */
    readonly logout: Method<LogoutOperation, [
        options?: Options<LogoutOperation>
    ]>;
    /**
     * Get the signed-in user
     *
     * Returns the account that the bearer access token was issued to.
     *
     * `GET /auth/me` (getCurrentUser)
     */
    readonly getCurrentUser: Method<GetCurrentUserOperation, [
        options?: Options<GetCurrentUserOperation>
    ]>;
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
     *
     * `POST /auth/refresh` (refreshSession)
     */
    readonly refreshSession: Method<RefreshSessionOperation, [
        options?: Options<RefreshSessionOperation>
    ]>;
    /**
     * Create an account
     *
     * Creates a user and signs them in: the response carries an access token and
     * sets the `refresh_token` cookie.
     *
     * `POST /auth/register` (register)
     */
    readonly register: Method<RegisterOperation, [
        body: Body<RegisterOperation, "application/json">,
        options?: Options<RegisterOperation>
    ]>;
}

/**
 * Projects group tasks and the people who work on them.
 */
export interface ProjectsApi {
    /**
     * List my projects
     *
     * The projects the caller is a member of, most recently created first.
     *
     * `GET /projects` (listProjects)
     *
     * Paginated: `.pages()` and `.items()` follow `nextCursor` to the end.
     */
    readonly list: PaginatedMethod<ListProjectsOperation, [
        params?: Params<ListProjectsOperation>,
        options?: Options<ListProjectsOperation>
    ], "items">;
    /**
     * Create a project
     *
     * Creates a project owned by the caller, who becomes its first member with the `owner` role.
     *
     * `POST /projects` (createProject)
     */
    readonly create: Method<CreateProjectOperation, [
        body: Body<CreateProjectOperation, "application/json">,
        options?: Options<CreateProjectOperation>
    ]>;
    /**
     * Get a project
     *
     * Any member of the project may read it; to everyone else it does not exist (`404`).
     *
     * `GET /projects/{projectId}` (getProject)
     */
    readonly get: Method<GetProjectOperation, [
        params: Params<GetProjectOperation>,
        options?: Options<GetProjectOperation>
    ]>;
    /**
     * Delete a project
     *
     * Deletes the project with all its tasks, comments and attachments. Only an owner may do this.
     *
     * `DELETE /projects/{projectId}` (deleteProject)
     */
    readonly delete: Method<DeleteProjectOperation, [
        params: Params<DeleteProjectOperation>,
        options?: Options<DeleteProjectOperation>
    ]>;
    /**
     * Update a project
     *
     * Renames the project or changes its description. Any member may do this.
     *
     * `PATCH /projects/{projectId}` (updateProject)
     */
    readonly update: Method<UpdateProjectOperation, [
        params: Params<UpdateProjectOperation>,
        body: Body<UpdateProjectOperation, "application/json">,
        options?: Options<UpdateProjectOperation>
    ]>;
}

/**
 * Who belongs to a project, and with which role.
 */
export interface MembersApi {
    /**
     * List a project's members
     *
     * Owners first, then members, each group in the order they joined.
     *
     * `GET /projects/{projectId}/members` (listProjectMembers)
     *
     * Paginated: `.pages()` and `.items()` follow `nextCursor` to the end.
     */
    readonly list: PaginatedMethod<ListProjectMembersOperation, [
        params: Params<ListProjectMembersOperation>,
        options?: Options<ListProjectMembersOperation>
    ], "items">;
    /**
     * Add a member
     *
     * Adds an existing user to the project, identified by id or by email address,
     * with the given role (`member` when omitted). Only an owner may do this. A user
     * that does not exist is a `404`; a user already in the project is a `409`.
     *
     * `POST /projects/{projectId}/members` (addProjectMember)
     */
    readonly add: Method<AddProjectMemberOperation, [
        params: Params<AddProjectMemberOperation>,
        body: Body<AddProjectMemberOperation, "application/json">,
        options?: Options<AddProjectMemberOperation>
    ]>;
    /**
     * Remove a member
     *
     * Removes a user from the project. Only an owner may do this. Removing the last
     * owner is refused with `409`: a project always keeps at least one owner. Tasks
     * assigned to the removed user become unassigned.
     *
     * `DELETE /projects/{projectId}/members/{userId}` (removeProjectMember)
     */
    readonly remove: Method<RemoveProjectMemberOperation, [
        params: Params<RemoveProjectMemberOperation>,
        options?: Options<RemoveProjectMemberOperation>
    ]>;
}

/**
 * Units of work inside a project.
 */
export interface TasksApi {
    /**
     * List a project's tasks
     *
     * The project's tasks, filtered and sorted as requested. Filters combine with
     * AND; the values of a repeated `status` combine with OR.
     *
     * `GET /projects/{projectId}/tasks` (listTasks)
     *
     * Paginated: `.pages()` and `.items()` follow `nextCursor` to the end.
     */
    readonly list: PaginatedMethod<ListTasksOperation, [
        params: Params<ListTasksOperation>,
        options?: Options<ListTasksOperation>
    ], "items">;
    /**
     * Create a task
     *
     * Creates a task in the project. `assigneeId`, when given, must be a member of
     * the project (`409` otherwise: the request conflicts with the project's current
     * membership). Send an `Idempotency-Key` to make retries safe.
     *
     * `POST /projects/{projectId}/tasks` (createTask)
     */
    readonly create: Method<CreateTaskOperation, [
        params: Params<CreateTaskOperation>,
        body: Body<CreateTaskOperation, "application/json">,
        options?: Options<CreateTaskOperation>
    ]>;
    /**
     * Get a task
     *
     * Returns the task and, in `ETag`, its current version to send back in `If-Match` when updating it.
     *
     * `GET /projects/{projectId}/tasks/{taskId}` (getTask)
     */
    readonly get: Method<GetTaskOperation, [
        params: Params<GetTaskOperation>,
        options?: Options<GetTaskOperation>
    ]>;
    /**
     * Delete a task
     *
     * Deletes the task with its comments, activity and attachments. Any member may do this.
     *
     * `DELETE /projects/{projectId}/tasks/{taskId}` (deleteTask)
     */
    readonly delete: Method<DeleteTaskOperation, [
        params: Params<DeleteTaskOperation>,
        options?: Options<DeleteTaskOperation>
    ]>;
    /**
     * Update a task
     *
     * Changes the given fields (a JSON merge: omitted fields keep their value, `null`
     * clears a nullable field). Send the task's `ETag` in `If-Match` to make sure
     * nobody changed it since you read it; a stale ETag gets `412`. A new `assigneeId`
     * must be a member of the project (`409` otherwise).
     *
     * `PATCH /projects/{projectId}/tasks/{taskId}` (updateTask)
     */
    readonly update: Method<UpdateTaskOperation, [
        params: Params<UpdateTaskOperation>,
        body: Body<UpdateTaskOperation, "application/json">,
        options?: Options<UpdateTaskOperation>
    ]>;
}

/**
 * Threaded discussion on a task.
 */
export interface CommentsApi {
    /**
     * List a task's comments
     *
     * The task's top-level comments, oldest first, each with its whole reply
     * thread nested in `replies`. Pagination counts top-level comments only.
     *
     * `GET /projects/{projectId}/tasks/{taskId}/comments` (listComments)
     *
     * Paginated: `.pages()` and `.items()` follow `nextCursor` to the end.
     */
    readonly list: PaginatedMethod<ListCommentsOperation, [
        params: Params<ListCommentsOperation>,
        options?: Options<ListCommentsOperation>
    ], "items">;
    /**
     * Comment on a task
     *
     * Adds a comment, or a reply when `parentId` is given. The parent must be a
     * comment on the same task (`409` otherwise).
     *
     * `POST /projects/{projectId}/tasks/{taskId}/comments` (createComment)
     */
    readonly create: Method<CreateCommentOperation, [
        params: Params<CreateCommentOperation>,
        body: Body<CreateCommentOperation, "application/json">,
        options?: Options<CreateCommentOperation>
    ]>;
    /**
     * Get a comment
     *
     * The comment with its whole reply thread. Replies can be read by their own id too.
     *
     * `GET /projects/{projectId}/tasks/{taskId}/comments/{commentId}` (getComment)
     */
    readonly get: Method<GetCommentOperation, [
        params: Params<GetCommentOperation>,
        options?: Options<GetCommentOperation>
    ]>;
}

/**
 * The audit trail of a task.
 */
export interface ActivityApi {
    /**
     * List a task's activity
     *
     * What happened to the task, oldest first. Each entry's `kind` says which kind of change it records.
     *
     * `GET /projects/{projectId}/tasks/{taskId}/activity` (listTaskActivity)
     *
     * Paginated: `.pages()` and `.items()` follow `nextCursor` to the end.
     */
    readonly list: PaginatedMethod<ListTaskActivityOperation, [
        params: Params<ListTaskActivityOperation>,
        options?: Options<ListTaskActivityOperation>
    ], "items">;
}

/**
 * Files attached to a task.
 */
export interface AttachmentsApi {
    /**
     * List a task's attachments
     *
     * The task's attachments, newest first.
     *
     * `GET /projects/{projectId}/tasks/{taskId}/attachments` (listAttachments)
     *
     * Paginated: `.pages()` and `.items()` follow `nextCursor` to the end.
     */
    readonly list: PaginatedMethod<ListAttachmentsOperation, [
        params: Params<ListAttachmentsOperation>,
        options?: Options<ListAttachmentsOperation>
    ], "items">;
    /**
     * Attach a file to a task
     *
     * Uploads one file as the `file` part of a `multipart/form-data` body. The file
     * may be at most 10 MiB (10485760 bytes; larger uploads get `413`) and must be a
     * PNG or JPEG image, a PDF or plain text (other types get `415`). The file name
     * is taken from the part's `Content-Disposition`.
     *
     * `POST /projects/{projectId}/tasks/{taskId}/attachments` (uploadAttachment)
     */
    readonly upload: Method<UploadAttachmentOperation, [
        params: Params<UploadAttachmentOperation>,
        body: MultipartBody<Body<UploadAttachmentOperation, "multipart/form-data">, "file">,
        options?: Options<UploadAttachmentOperation>
    ]>;
    /**
     * Delete an attachment
     *
     * Only the member who uploaded the file or a project owner may delete it.
     *
     * `DELETE /projects/{projectId}/tasks/{taskId}/attachments/{attachmentId}` (deleteAttachment)
     */
    readonly delete: Method<DeleteAttachmentOperation, [
        params: Params<DeleteAttachmentOperation>,
        options?: Options<DeleteAttachmentOperation>
    ]>;
    /**
     * Download an attachment
     *
     * The file's bytes, served as `application/octet-stream` so browsers download
     * rather than render them; the original media type is the attachment's
     * `contentType`.
     *
     * `GET /projects/{projectId}/tasks/{taskId}/attachments/{attachmentId}/content` (downloadAttachment)
     */
    readonly download: Method<DownloadAttachmentOperation, [
        params: Params<DownloadAttachmentOperation>,
        options?: Options<DownloadAttachmentOperation>
    ], Blob>;
}

/**
 * Live project updates over Server-Sent Events.
 */
export interface EventsApi {
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
     *
     * `GET /projects/{projectId}/events` (streamProjectEvents)
     *
     * Returns a reconnecting event subscription; iterate it with `for await`.
     */
    readonly stream: StreamMethod<StreamProjectEventsOperation, [
        params: Params<StreamProjectEventsOperation>,
        options?: StreamOptions<StreamProjectEventsOperation>
    ], components["schemas"]["ProjectEvent"]>;
}

/**
 * Liveness and readiness probes for operators.
 */
export interface HealthApi {
    /**
     * Liveness probe
     *
     * Answers as long as the process can serve HTTP; it does not check dependencies.
     *
     * `GET /health` (getHealth)
     */
    readonly get: Method<GetHealthOperation, [
        options?: Options<GetHealthOperation>
    ]>;
    /**
     * Readiness probe
     *
     * Checks every dependency — `database` (a trivial query answers) and `events`
     * (the event notification listener is connected; on PostgreSQL a dedicated
     * LISTEN connection) — and answers `503` when one is down or while the server
     * is shutting down (draining), so load balancers stop routing to this instance.
     *
     * `GET /ready` (getReadiness)
     */
    readonly getReadiness: Method<GetReadinessOperation, [
        options?: Options<GetReadinessOperation>
    ]>;
}

/**
 * The API client: one property per tag, one method per operation.
 */
export interface Api {
    /**
     * The underlying openapi-fetch client, for anything the methods do not cover.
     */
    readonly raw: Client<paths>;
    /**
     * The in-memory access token and its refresh.
     */
    readonly session: Session;
    readonly auth: AuthApi;
    readonly projects: ProjectsApi;
    readonly members: MembersApi;
    readonly tasks: TasksApi;
    readonly comments: CommentsApi;
    readonly activity: ActivityApi;
    readonly attachments: AttachmentsApi;
    readonly events: EventsApi;
    readonly health: HealthApi;
}

/**
 * What the runtime needs to know about each operation.
 */
const operations = {
    login: {
        id: "login",
        method: "post",
        path: "/auth/login",
        hasParams: false,
        body: {
            mediaType: "application/json",
            kind: "json"
        },
        tokenField: "accessToken",
        credentials: "include",
        public: true
    },
    logout: {
        id: "logout",
        method: "post",
        path: "/auth/logout",
        hasParams: false,
        credentials: "include",
        public: true
    },
    getCurrentUser: {
        id: "getCurrentUser",
        method: "get",
        path: "/auth/me",
        hasParams: false
    },
    refreshSession: {
        id: "refreshSession",
        method: "post",
        path: "/auth/refresh",
        hasParams: false,
        tokenField: "accessToken",
        credentials: "include",
        public: true
    },
    register: {
        id: "register",
        method: "post",
        path: "/auth/register",
        hasParams: false,
        body: {
            mediaType: "application/json",
            kind: "json"
        },
        tokenField: "accessToken",
        credentials: "include",
        public: true
    },
    listProjects: {
        id: "listProjects",
        method: "get",
        path: "/projects",
        queryParams: ["cursor", "limit"],
        hasParams: true,
        pagination: {
            cursorParam: "cursor",
            nextField: "nextCursor",
            itemsField: "items"
        }
    },
    createProject: {
        id: "createProject",
        method: "post",
        path: "/projects",
        headerParams: ["Idempotency-Key"],
        hasParams: false,
        body: {
            mediaType: "application/json",
            kind: "json"
        },
        idempotencyHeader: "Idempotency-Key"
    },
    getProject: {
        id: "getProject",
        method: "get",
        path: "/projects/{projectId}",
        pathParams: ["projectId"],
        hasParams: true
    },
    deleteProject: {
        id: "deleteProject",
        method: "delete",
        path: "/projects/{projectId}",
        pathParams: ["projectId"],
        hasParams: true
    },
    updateProject: {
        id: "updateProject",
        method: "patch",
        path: "/projects/{projectId}",
        pathParams: ["projectId"],
        hasParams: true,
        body: {
            mediaType: "application/json",
            kind: "json"
        }
    },
    listProjectMembers: {
        id: "listProjectMembers",
        method: "get",
        path: "/projects/{projectId}/members",
        pathParams: ["projectId"],
        queryParams: ["cursor", "limit"],
        hasParams: true,
        pagination: {
            cursorParam: "cursor",
            nextField: "nextCursor",
            itemsField: "items"
        }
    },
    addProjectMember: {
        id: "addProjectMember",
        method: "post",
        path: "/projects/{projectId}/members",
        pathParams: ["projectId"],
        hasParams: true,
        body: {
            mediaType: "application/json",
            kind: "json"
        }
    },
    removeProjectMember: {
        id: "removeProjectMember",
        method: "delete",
        path: "/projects/{projectId}/members/{userId}",
        pathParams: ["projectId", "userId"],
        hasParams: true
    },
    listTasks: {
        id: "listTasks",
        method: "get",
        path: "/projects/{projectId}/tasks",
        pathParams: ["projectId"],
        queryParams: ["cursor", "limit", "status", "assigneeId", "dueAfter", "dueBefore", "sort"],
        hasParams: true,
        pagination: {
            cursorParam: "cursor",
            nextField: "nextCursor",
            itemsField: "items"
        }
    },
    createTask: {
        id: "createTask",
        method: "post",
        path: "/projects/{projectId}/tasks",
        pathParams: ["projectId"],
        headerParams: ["Idempotency-Key"],
        hasParams: true,
        body: {
            mediaType: "application/json",
            kind: "json"
        },
        idempotencyHeader: "Idempotency-Key"
    },
    getTask: {
        id: "getTask",
        method: "get",
        path: "/projects/{projectId}/tasks/{taskId}",
        pathParams: ["projectId", "taskId"],
        hasParams: true
    },
    deleteTask: {
        id: "deleteTask",
        method: "delete",
        path: "/projects/{projectId}/tasks/{taskId}",
        pathParams: ["projectId", "taskId"],
        hasParams: true
    },
    updateTask: {
        id: "updateTask",
        method: "patch",
        path: "/projects/{projectId}/tasks/{taskId}",
        pathParams: ["projectId", "taskId"],
        headerParams: ["If-Match"],
        hasParams: true,
        body: {
            mediaType: "application/json",
            kind: "json"
        }
    },
    listComments: {
        id: "listComments",
        method: "get",
        path: "/projects/{projectId}/tasks/{taskId}/comments",
        pathParams: ["projectId", "taskId"],
        queryParams: ["cursor", "limit"],
        hasParams: true,
        pagination: {
            cursorParam: "cursor",
            nextField: "nextCursor",
            itemsField: "items"
        }
    },
    createComment: {
        id: "createComment",
        method: "post",
        path: "/projects/{projectId}/tasks/{taskId}/comments",
        pathParams: ["projectId", "taskId"],
        hasParams: true,
        body: {
            mediaType: "application/json",
            kind: "json"
        }
    },
    getComment: {
        id: "getComment",
        method: "get",
        path: "/projects/{projectId}/tasks/{taskId}/comments/{commentId}",
        pathParams: ["projectId", "taskId", "commentId"],
        hasParams: true
    },
    listTaskActivity: {
        id: "listTaskActivity",
        method: "get",
        path: "/projects/{projectId}/tasks/{taskId}/activity",
        pathParams: ["projectId", "taskId"],
        queryParams: ["cursor", "limit"],
        hasParams: true,
        pagination: {
            cursorParam: "cursor",
            nextField: "nextCursor",
            itemsField: "items"
        }
    },
    listAttachments: {
        id: "listAttachments",
        method: "get",
        path: "/projects/{projectId}/tasks/{taskId}/attachments",
        pathParams: ["projectId", "taskId"],
        queryParams: ["cursor", "limit"],
        hasParams: true,
        pagination: {
            cursorParam: "cursor",
            nextField: "nextCursor",
            itemsField: "items"
        }
    },
    uploadAttachment: {
        id: "uploadAttachment",
        method: "post",
        path: "/projects/{projectId}/tasks/{taskId}/attachments",
        pathParams: ["projectId", "taskId"],
        hasParams: true,
        body: {
            mediaType: "multipart/form-data",
            kind: "multipart",
            binaryFields: ["file"]
        }
    },
    deleteAttachment: {
        id: "deleteAttachment",
        method: "delete",
        path: "/projects/{projectId}/tasks/{taskId}/attachments/{attachmentId}",
        pathParams: ["projectId", "taskId", "attachmentId"],
        hasParams: true
    },
    downloadAttachment: {
        id: "downloadAttachment",
        method: "get",
        path: "/projects/{projectId}/tasks/{taskId}/attachments/{attachmentId}/content",
        pathParams: ["projectId", "taskId", "attachmentId"],
        hasParams: true,
        parseAs: "blob"
    },
    streamProjectEvents: {
        id: "streamProjectEvents",
        method: "get",
        path: "/projects/{projectId}/events",
        pathParams: ["projectId"],
        headerParams: ["Last-Event-ID"],
        hasParams: true,
        parseAs: "stream",
        sse: {
            json: true
        }
    },
    getHealth: {
        id: "getHealth",
        method: "get",
        path: "/health",
        hasParams: false,
        public: true
    },
    getReadiness: {
        id: "getReadiness",
        method: "get",
        path: "/ready",
        hasParams: false,
        public: true
    }
} satisfies Record<string, OperationDescriptor>;

/**
 * Creates an API client.
 *
 * @example
 * const api = createClient({ baseUrl: 'https://api.example.com' });
 */
export function createClient(options: ClientOptions): Api {
    const core = createCore<paths>(options);
    installRefresh(core, operations.refreshSession, "accessToken");
    return {
        raw: core.raw,
        session: createSession(core),
        auth: {
            login: bind(core, operations.login) as AuthApi["login"],
            logout: bind(core, operations.logout) as AuthApi["logout"],
            getCurrentUser: bind(core, operations.getCurrentUser) as AuthApi["getCurrentUser"],
            refreshSession: bind(core, operations.refreshSession) as AuthApi["refreshSession"],
            register: bind(core, operations.register) as AuthApi["register"]
        },
        projects: {
            list: bind(core, operations.listProjects) as ProjectsApi["list"],
            create: bind(core, operations.createProject) as ProjectsApi["create"],
            get: bind(core, operations.getProject) as ProjectsApi["get"],
            delete: bind(core, operations.deleteProject) as ProjectsApi["delete"],
            update: bind(core, operations.updateProject) as ProjectsApi["update"]
        },
        members: {
            list: bind(core, operations.listProjectMembers) as MembersApi["list"],
            add: bind(core, operations.addProjectMember) as MembersApi["add"],
            remove: bind(core, operations.removeProjectMember) as MembersApi["remove"]
        },
        tasks: {
            list: bind(core, operations.listTasks) as TasksApi["list"],
            create: bind(core, operations.createTask) as TasksApi["create"],
            get: bind(core, operations.getTask) as TasksApi["get"],
            delete: bind(core, operations.deleteTask) as TasksApi["delete"],
            update: bind(core, operations.updateTask) as TasksApi["update"]
        },
        comments: {
            list: bind(core, operations.listComments) as CommentsApi["list"],
            create: bind(core, operations.createComment) as CommentsApi["create"],
            get: bind(core, operations.getComment) as CommentsApi["get"]
        },
        activity: {
            list: bind(core, operations.listTaskActivity) as ActivityApi["list"]
        },
        attachments: {
            list: bind(core, operations.listAttachments) as AttachmentsApi["list"],
            upload: bind(core, operations.uploadAttachment) as AttachmentsApi["upload"],
            delete: bind(core, operations.deleteAttachment) as AttachmentsApi["delete"],
            download: bind(core, operations.downloadAttachment) as AttachmentsApi["download"]
        },
        events: {
            stream: bind(core, operations.streamProjectEvents) as EventsApi["stream"]
        },
        health: {
            get: bind(core, operations.getHealth) as HealthApi["get"],
            getReadiness: bind(core, operations.getReadiness) as HealthApi["getReadiness"]
        }
    };
}
