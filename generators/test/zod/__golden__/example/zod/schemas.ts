// @ts-nocheck: checked when generated; set `typeCheck: true` to check here too.
import { z } from "zod";

import * as jsonSchema from "./json-schema.js";

/**
 * The task was created.
 */
export const TaskCreatedActivity = z.object({
    kind: z.literal("task_created"),
    id: z.guid(),
    taskId: z.guid(),
    /**
     * The user who caused the change.
     */
    actorId: z.guid(),
    occurredAt: z.iso.datetime({ offset: true }),
    /**
     * The task's title when it was created.
     */
    title: z.string().min(1).max(200)
});

export type TaskCreatedActivity = {
    kind: "task_created";
    id: string;
    taskId: string;
    actorId: string;
    occurredAt: string;
    title: string;
};

/**
 * Where a task is in its workflow.
 */
export const TaskStatus = z.enum(["todo", "in_progress", "blocked", "done"]);

export type TaskStatus = "todo" | "in_progress" | "blocked" | "done";

/**
 * The task moved to another status.
 */
export const TaskStatusChangedActivity = z.object({
    kind: z.literal("task_status_changed"),
    id: z.guid(),
    taskId: z.guid(),
    /**
     * The user who caused the change.
     */
    actorId: z.guid(),
    occurredAt: z.iso.datetime({ offset: true }),
    from: TaskStatus,
    to: TaskStatus
});

export type TaskStatusChangedActivity = {
    kind: "task_status_changed";
    id: string;
    taskId: string;
    actorId: string;
    occurredAt: string;
    from: TaskStatus;
    to: TaskStatus;
};

/**
 * The task was assigned, reassigned or unassigned.
 */
export const TaskAssignedActivity = z.object({
    kind: z.literal("task_assigned"),
    id: z.guid(),
    taskId: z.guid(),
    /**
     * The user who caused the change.
     */
    actorId: z.guid(),
    occurredAt: z.iso.datetime({ offset: true }),
    previousAssigneeId: z.guid().nullable(),
    /**
     * The new assignee, or `null` when the task was unassigned.
     */
    assigneeId: z.guid().nullable()
});

export type TaskAssignedActivity = {
    kind: "task_assigned";
    id: string;
    taskId: string;
    actorId: string;
    occurredAt: string;
    previousAssigneeId: string | null;
    assigneeId: string | null;
};

/**
 * Someone commented on the task.
 */
export const CommentAddedActivity = z.object({
    kind: z.literal("comment_added"),
    id: z.guid(),
    taskId: z.guid(),
    /**
     * The user who caused the change.
     */
    actorId: z.guid(),
    occurredAt: z.iso.datetime({ offset: true }),
    commentId: z.guid()
});

export type CommentAddedActivity = {
    kind: "comment_added";
    id: string;
    taskId: string;
    actorId: string;
    occurredAt: string;
    commentId: string;
};

/**
 * One thing that happened to a task; `kind` tells which.
 */
export const ActivityEntry = z.discriminatedUnion("kind", [TaskCreatedActivity, TaskStatusChangedActivity, TaskAssignedActivity, CommentAddedActivity]);

export type ActivityEntry = TaskCreatedActivity | TaskStatusChangedActivity | TaskAssignedActivity | CommentAddedActivity;

/**
 * The task was created.
 * Request form: readOnly properties left out, defaults applied.
 */
export const TaskCreatedActivityRequest = z.object({
    kind: z.literal("task_created"),
    taskId: z.guid(),
    /**
     * The user who caused the change.
     */
    actorId: z.guid(),
    occurredAt: z.iso.datetime({ offset: true }),
    /**
     * The task's title when it was created.
     */
    title: z.string().min(1).max(200)
});

export type TaskCreatedActivityRequest = {
    kind: "task_created";
    taskId: string;
    actorId: string;
    occurredAt: string;
    title: string;
};

/**
 * The task moved to another status.
 * Request form: readOnly properties left out, defaults applied.
 */
export const TaskStatusChangedActivityRequest = z.object({
    kind: z.literal("task_status_changed"),
    taskId: z.guid(),
    /**
     * The user who caused the change.
     */
    actorId: z.guid(),
    occurredAt: z.iso.datetime({ offset: true }),
    from: TaskStatus,
    to: TaskStatus
});

export type TaskStatusChangedActivityRequest = {
    kind: "task_status_changed";
    taskId: string;
    actorId: string;
    occurredAt: string;
    from: TaskStatus;
    to: TaskStatus;
};

/**
 * The task was assigned, reassigned or unassigned.
 * Request form: readOnly properties left out, defaults applied.
 */
export const TaskAssignedActivityRequest = z.object({
    kind: z.literal("task_assigned"),
    taskId: z.guid(),
    /**
     * The user who caused the change.
     */
    actorId: z.guid(),
    occurredAt: z.iso.datetime({ offset: true }),
    previousAssigneeId: z.guid().nullable(),
    /**
     * The new assignee, or `null` when the task was unassigned.
     */
    assigneeId: z.guid().nullable()
});

export type TaskAssignedActivityRequest = {
    kind: "task_assigned";
    taskId: string;
    actorId: string;
    occurredAt: string;
    previousAssigneeId: string | null;
    assigneeId: string | null;
};

/**
 * Someone commented on the task.
 * Request form: readOnly properties left out, defaults applied.
 */
export const CommentAddedActivityRequest = z.object({
    kind: z.literal("comment_added"),
    taskId: z.guid(),
    /**
     * The user who caused the change.
     */
    actorId: z.guid(),
    occurredAt: z.iso.datetime({ offset: true }),
    commentId: z.guid()
});

export type CommentAddedActivityRequest = {
    kind: "comment_added";
    taskId: string;
    actorId: string;
    occurredAt: string;
    commentId: string;
};

/**
 * One thing that happened to a task; `kind` tells which.
 * Request form: readOnly properties left out, defaults applied.
 */
export const ActivityEntryRequest = z.discriminatedUnion("kind", [TaskCreatedActivityRequest, TaskStatusChangedActivityRequest, TaskAssignedActivityRequest, CommentAddedActivityRequest]);

export type ActivityEntryRequest = TaskCreatedActivityRequest | TaskStatusChangedActivityRequest | TaskAssignedActivityRequest | CommentAddedActivityRequest;

/**
 * One page of activity entries, in the order the list operation documents.
 */
export const ActivityPage = z.object({
    items: z.array(ActivityEntry),
    /**
     * Pass as `cursor` to read the next page; `null` on the last page.
     */
    nextCursor: z.string().nullable()
});

export type ActivityPage = {
    items: Array<ActivityEntry>;
    nextCursor: string | null;
};

/**
 * One page of activity entries, in the order the list operation documents.
 * Request form: readOnly properties left out, defaults applied.
 */
export const ActivityPageRequest = z.object({
    items: z.array(ActivityEntryRequest),
    /**
     * Pass as `cursor` to read the next page; `null` on the last page.
     */
    nextCursor: z.string().nullable()
});

export type ActivityPageRequest = {
    items: Array<ActivityEntryRequest>;
    nextCursor: string | null;
};

/**
 * A file attached to a task. Download its bytes from `contentUrl`.
 */
export const Attachment = z.object({
    id: z.guid(),
    taskId: z.guid(),
    /**
     * The file name given at upload, without any directory part.
     */
    fileName: z.string().min(1).max(255),
    /**
     * The media type of the file as uploaded.
     */
    contentType: z.enum(["image/png", "image/jpeg", "application/pdf", "text/plain"]),
    sizeBytes: z.int().gte(0).lte(10485760),
    uploadedBy: z.guid(),
    /**
     * Path of the download operation for this attachment, relative to the server URL.
     */
    contentUrl: z.string().regex(new RegExp("^(?:(?:[a-z][a-z0-9+\\-.]*:)?\\/?\\/)?(?:[^\\\\\\s#][^\\s#]*)?(?:#[^\\\\\\s]*)?$", "i")),
    createdAt: z.iso.datetime({ offset: true })
});

export type Attachment = {
    id: string;
    taskId: string;
    fileName: string;
    contentType: "image/png" | "image/jpeg" | "application/pdf" | "text/plain";
    sizeBytes: number;
    uploadedBy: string;
    contentUrl: string;
    createdAt: string;
};

/**
 * A file attached to a task. Download its bytes from `contentUrl`.
 * Request form: readOnly properties left out, defaults applied.
 */
export const AttachmentRequest = z.object({
    /**
     * The file name given at upload, without any directory part.
     */
    fileName: z.string().min(1).max(255),
    /**
     * The media type of the file as uploaded.
     */
    contentType: z.enum(["image/png", "image/jpeg", "application/pdf", "text/plain"]),
    sizeBytes: z.int().gte(0).lte(10485760)
});

export type AttachmentRequest = {
    fileName: string;
    contentType: "image/png" | "image/jpeg" | "application/pdf" | "text/plain";
    sizeBytes: number;
};

/**
 * One page of attachments, in the order the list operation documents.
 */
export const AttachmentPage = z.object({
    items: z.array(Attachment),
    /**
     * Pass as `cursor` to read the next page; `null` on the last page.
     */
    nextCursor: z.string().nullable()
});

export type AttachmentPage = {
    items: Array<Attachment>;
    nextCursor: string | null;
};

/**
 * One page of attachments, in the order the list operation documents.
 * Request form: readOnly properties left out, defaults applied.
 */
export const AttachmentPageRequest = z.object({
    items: z.array(AttachmentRequest),
    /**
     * Pass as `cursor` to read the next page; `null` on the last page.
     */
    nextCursor: z.string().nullable()
});

export type AttachmentPageRequest = {
    items: Array<AttachmentRequest>;
    nextCursor: string | null;
};

/**
 * The `multipart/form-data` form that uploads one file.
 */
export const AttachmentUpload = z.strictObject({
    /**
     * The file's bytes. Its part's `Content-Type` must be one of the allowed media
     * types and its `Content-Disposition` should carry the file name.
     */
    file: z.string()
});

export type AttachmentUpload = {
    file: string;
};

/**
 * A registered person.
 */
export const User = z.object({
    id: z.guid(),
    email: z.email({ pattern: new RegExp("^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$", "i") }).max(254),
    displayName: z.string().min(1).max(100),
    /**
     * Absolute URL of the user's avatar image, or `null` when none is set.
     */
    avatarUrl: z.url().max(2048).nullable(),
    createdAt: z.iso.datetime({ offset: true })
});

export type User = {
    id: string;
    email: string;
    displayName: string;
    avatarUrl: string | null;
    createdAt: string;
};

/**
 * A signed-in session. The access token goes in the `Authorization` header; the
 * matching refresh token travels only in the httpOnly `refresh_token` cookie.
 */
export const AuthSession = z.object({
    /**
     * A JWT to send in the `Authorization` header with the `Bearer` scheme.
     */
    accessToken: z.string().min(1),
    tokenType: z.literal("Bearer"),
    /**
     * Seconds until the access token expires.
     */
    expiresIn: z.int().gte(1),
    user: User
});

export type AuthSession = {
    accessToken: string;
    tokenType: "Bearer";
    expiresIn: number;
    user: User;
};

/**
 * A registered person.
 * Request form: readOnly properties left out, defaults applied.
 */
export const UserRequest = z.object({
    email: z.email({ pattern: new RegExp("^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$", "i") }).max(254),
    displayName: z.string().min(1).max(100),
    /**
     * Absolute URL of the user's avatar image, or `null` when none is set.
     */
    avatarUrl: z.url().max(2048).nullable()
});

export type UserRequest = {
    email: string;
    displayName: string;
    avatarUrl: string | null;
};

/**
 * A signed-in session. The access token goes in the `Authorization` header; the
 * matching refresh token travels only in the httpOnly `refresh_token` cookie.
 * Request form: readOnly properties left out, defaults applied.
 */
export const AuthSessionRequest = z.object({
    /**
     * A JWT to send in the `Authorization` header with the `Bearer` scheme.
     */
    accessToken: z.string().min(1),
    tokenType: z.literal("Bearer"),
    /**
     * Seconds until the access token expires.
     */
    expiresIn: z.int().gte(1),
    user: UserRequest
});

export type AuthSessionRequest = {
    accessToken: string;
    tokenType: "Bearer";
    expiresIn: number;
    user: UserRequest;
};

/**
 * A comment on a task. Replies are comments whose `parentId` is the id of the
 * comment they answer; they are returned nested in `replies`, oldest first.
 */
export const Comment = z.object({
    id: z.guid(),
    taskId: z.guid(),
    /**
     * The comment this one replies to, or `null` for a top-level comment.
     */
    parentId: z.guid().nullable(),
    authorId: z.guid(),
    /**
     * The comment text (Markdown).
     */
    body: z.string().min(1).max(10000),
    createdAt: z.iso.datetime({ offset: true }),
    updatedAt: z.iso.datetime({ offset: true }),
    replies: z.array(z.lazy((): z.core.$ZodType<Comment> => Comment))
});

export type Comment = {
    id: string;
    taskId: string;
    parentId: string | null;
    authorId: string;
    body: string;
    createdAt: string;
    updatedAt: string;
    replies: Array<Comment>;
};

/**
 * A comment on a task. Replies are comments whose `parentId` is the id of the
 * comment they answer; they are returned nested in `replies`, oldest first.
 * Request form: readOnly properties left out, defaults applied.
 */
export const CommentRequest = z.object({
    /**
     * The comment this one replies to, or `null` for a top-level comment.
     */
    parentId: z.guid().nullable(),
    /**
     * The comment text (Markdown).
     */
    body: z.string().min(1).max(10000),
    replies: z.array(z.lazy((): z.core.$ZodType<CommentRequest> => CommentRequest))
});

export type CommentRequest = {
    parentId: string | null;
    body: string;
    replies: Array<CommentRequest>;
};

/**
 * A new comment, or a reply when `parentId` names a comment on the same task.
 */
export const CommentCreate = z.strictObject({
    /**
     * The comment text (Markdown).
     */
    body: z.string().min(1).max(10000),
    parentId: z.guid().nullable().optional()
});

export type CommentCreate = {
    body: string;
    parentId?: string | null;
};

/**
 * A new comment, or a reply when `parentId` names a comment on the same task.
 * Request form: readOnly properties left out, defaults applied.
 */
export const CommentCreateRequest = z.strictObject({
    /**
     * The comment text (Markdown).
     */
    body: z.string().min(1).max(10000),
    parentId: z.guid().nullable().default(null)
});

export type CommentCreateRequest = {
    body: string;
    parentId: string | null;
};

/**
 * One page of top-level comments, each with its replies, in the order the list operation documents.
 */
export const CommentPage = z.object({
    items: z.array(Comment),
    /**
     * Pass as `cursor` to read the next page; `null` on the last page.
     */
    nextCursor: z.string().nullable()
});

export type CommentPage = {
    items: Array<Comment>;
    nextCursor: string | null;
};

/**
 * One page of top-level comments, each with its replies, in the order the list operation documents.
 * Request form: readOnly properties left out, defaults applied.
 */
export const CommentPageRequest = z.object({
    items: z.array(CommentRequest),
    /**
     * Pass as `cursor` to read the next page; `null` on the last page.
     */
    nextCursor: z.string().nullable()
});

export type CommentPageRequest = {
    items: Array<CommentRequest>;
    nextCursor: string | null;
};

/**
 * Sent first on a resumed stream when the server cannot replay everything after
 * the client's `Last-Event-ID`: those events are older than the retention window
 * (`expired`), or the id is not one of this stream's (`unknown`, e.g. from
 * before a database reset). The client should refetch what it shows; the events
 * that follow are complete again. The SSE `id:` of this event is where the
 * stream resumes, so a reconnect after it does not report the gap twice.
 */
export const EventStreamGap = z.object({
    type: z.literal("stream.gap"),
    projectId: z.guid(),
    /**
     * The `Last-Event-ID` the client sent.
     */
    lastEventId: z.string(),
    reason: z.enum(["expired", "unknown"]),
    occurredAt: z.iso.datetime({ offset: true })
});

export type EventStreamGap = {
    type: "stream.gap";
    projectId: string;
    lastEventId: string;
    reason: "expired" | "unknown";
    occurredAt: string;
};

/**
 * The process is up and able to answer requests.
 */
export const Health = z.object({
    status: z.literal("ok")
});

export type Health = {
    status: "ok";
};

/**
 * Credentials for signing in.
 */
export const LoginRequest = z.strictObject({
    email: z.email({ pattern: new RegExp("^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$", "i") }).max(254),
    password: z.string().min(1).max(128)
});

export type LoginRequest = {
    email: string;
    password: string;
};

/**
 * Credentials for signing in.
 * Response form: writeOnly properties left out.
 */
export const LoginRequestResponse = z.strictObject({
    email: z.email({ pattern: new RegExp("^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$", "i") }).max(254)
});

export type LoginRequestResponse = {
    email: string;
};

/**
 * What a member may do in a project. Owners may also delete the project and
 * manage its members; members may work with tasks, comments and attachments.
 */
export const ProjectRole = z.enum(["owner", "member"]);

export type ProjectRole = "owner" | "member";

/**
 * A user's membership of a project.
 */
export const Member = z.object({
    userId: z.guid(),
    email: z.email({ pattern: new RegExp("^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$", "i") }).max(254),
    displayName: z.string().min(1).max(100),
    role: ProjectRole,
    joinedAt: z.iso.datetime({ offset: true })
});

export type Member = {
    userId: string;
    email: string;
    displayName: string;
    role: ProjectRole;
    joinedAt: string;
};

/**
 * A user's membership of a project.
 * Request form: readOnly properties left out, defaults applied.
 */
export const MemberRequest = z.object({
    userId: z.guid(),
    email: z.email({ pattern: new RegExp("^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$", "i") }).max(254),
    displayName: z.string().min(1).max(100),
    role: ProjectRole
});

export type MemberRequest = {
    userId: string;
    email: string;
    displayName: string;
    role: ProjectRole;
};

/**
 * Adds an existing user by id.
 */
export const MemberAddByUserId = z.strictObject({
    userId: z.guid(),
    role: ProjectRole.optional()
});

export type MemberAddByUserId = {
    userId: string;
    role?: ProjectRole;
};

/**
 * Adds an existing user by the email address of their account.
 */
export const MemberAddByEmail = z.strictObject({
    email: z.email({ pattern: new RegExp("^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$", "i") }).max(254),
    role: ProjectRole.optional()
});

export type MemberAddByEmail = {
    email: string;
    role?: ProjectRole;
};

/**
 * The user to add to a project, identified either by id or by the email address
 * of their account (exactly one of the two).
 */
export const MemberAdd = jsonSchema.refined(z.union([MemberAddByUserId, MemberAddByEmail]), [[jsonSchema.exactlyOne([MemberAddByUserId, MemberAddByEmail]), "Must match exactly one schema in `oneOf`"]]);

export type MemberAdd = MemberAddByUserId | MemberAddByEmail;

/**
 * Adds an existing user by id.
 * Request form: readOnly properties left out, defaults applied.
 */
export const MemberAddByUserIdRequest = z.strictObject({
    userId: z.guid(),
    role: ProjectRole.default("member")
});

export type MemberAddByUserIdRequest = {
    userId: string;
    role: ProjectRole;
};

/**
 * Adds an existing user by the email address of their account.
 * Request form: readOnly properties left out, defaults applied.
 */
export const MemberAddByEmailRequest = z.strictObject({
    email: z.email({ pattern: new RegExp("^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$", "i") }).max(254),
    role: ProjectRole.default("member")
});

export type MemberAddByEmailRequest = {
    email: string;
    role: ProjectRole;
};

/**
 * The user to add to a project, identified either by id or by the email address
 * of their account (exactly one of the two).
 * Request form: readOnly properties left out, defaults applied.
 */
export const MemberAddRequest = jsonSchema.refined(z.union([MemberAddByUserIdRequest, MemberAddByEmailRequest]), [[jsonSchema.exactlyOne([MemberAddByUserIdRequest, MemberAddByEmailRequest]), "Must match exactly one schema in `oneOf`"]]);

export type MemberAddRequest = MemberAddByUserIdRequest | MemberAddByEmailRequest;

/**
 * One page of project members, in the order the list operation documents.
 */
export const MemberPage = z.object({
    items: z.array(Member),
    /**
     * Pass as `cursor` to read the next page; `null` on the last page.
     */
    nextCursor: z.string().nullable()
});

export type MemberPage = {
    items: Array<Member>;
    nextCursor: string | null;
};

/**
 * One page of project members, in the order the list operation documents.
 * Request form: readOnly properties left out, defaults applied.
 */
export const MemberPageRequest = z.object({
    items: z.array(MemberRequest),
    /**
     * Pass as `cursor` to read the next page; `null` on the last page.
     */
    nextCursor: z.string().nullable()
});

export type MemberPageRequest = {
    items: Array<MemberRequest>;
    nextCursor: string | null;
};

/**
 * One validation failure inside a request.
 */
export const ProblemFieldError = z.object({
    /**
     * Where the invalid value is: a JSON Pointer into the body (`/title`), or the
     * location and name of a parameter (`query/limit`, `header/If-Match`).
     */
    path: z.string(),
    /**
     * What is wrong with the value, for humans.
     */
    message: z.string(),
    /**
     * A stable machine-readable code such as `too_small` or `invalid_format`.
     */
    code: z.string()
});

export type ProblemFieldError = {
    path: string;
    message: string;
    code: string;
};

/**
 * An RFC 9457 problem details object. Every 4xx and 5xx response of this API uses
 * it, served as `application/problem+json`.
 */
export const Problem = z.object({
    /**
     * A URI reference identifying the problem type (RFC 9457 §3.1.1).
     */
    type: z.string().regex(new RegExp("^(?:(?:[a-z][a-z0-9+\\-.]*:)?\\/?\\/)?(?:[^\\\\\\s#][^\\s#]*)?(?:#[^\\\\\\s]*)?$", "i")),
    /**
     * A short, human-readable summary of the problem type.
     */
    title: z.string(),
    /**
     * The HTTP status code of this response, repeated for convenience.
     */
    status: z.int().gte(100).lte(599),
    /**
     * A human-readable explanation specific to this occurrence.
     */
    detail: z.string().optional(),
    /**
     * A URI reference identifying this occurrence, usually the request path.
     */
    instance: z.string().regex(new RegExp("^(?:(?:[a-z][a-z0-9+\\-.]*:)?\\/?\\/)?(?:[^\\\\\\s#][^\\s#]*)?(?:#[^\\\\\\s]*)?$", "i")).optional(),
    /**
     * The identifier of the request, also found in the server logs.
     */
    request_id: z.string().optional(),
    /**
     * One entry per invalid field when the request failed validation.
     */
    errors: z.array(ProblemFieldError).optional()
});

export type Problem = {
    type: string;
    title: string;
    status: number;
    detail?: string;
    instance?: string;
    request_id?: string;
    errors?: Array<ProblemFieldError>;
};

/**
 * An RFC 9457 problem details object. Every 4xx and 5xx response of this API uses
 * it, served as `application/problem+json`.
 * Request form: readOnly properties left out, defaults applied.
 */
export const ProblemRequest = z.object({
    /**
     * A URI reference identifying the problem type (RFC 9457 §3.1.1).
     */
    type: z.string().regex(new RegExp("^(?:(?:[a-z][a-z0-9+\\-.]*:)?\\/?\\/)?(?:[^\\\\\\s#][^\\s#]*)?(?:#[^\\\\\\s]*)?$", "i")),
    /**
     * A short, human-readable summary of the problem type.
     */
    title: z.string(),
    /**
     * The HTTP status code of this response, repeated for convenience.
     */
    status: z.int().gte(100).lte(599),
    /**
     * A human-readable explanation specific to this occurrence.
     */
    detail: z.string().optional(),
    /**
     * A URI reference identifying this occurrence, usually the request path.
     */
    instance: z.string().regex(new RegExp("^(?:(?:[a-z][a-z0-9+\\-.]*:)?\\/?\\/)?(?:[^\\\\\\s#][^\\s#]*)?(?:#[^\\\\\\s]*)?$", "i")).optional(),
    /**
     * The identifier of the request, also found in the server logs.
     */
    request_id: z.string().optional(),
    /**
     * One entry per invalid field when the request failed validation.
     */
    errors: z.array(ProblemFieldError).optional()
});

export type ProblemRequest = {
    type: string;
    title: string;
    status: number;
    detail?: string;
    instance?: string;
    request_id?: string;
    errors?: Array<ProblemFieldError>;
};

/**
 * A board that groups tasks and the people working on them.
 */
export const Project = z.object({
    id: z.guid(),
    name: z.string().min(1).max(100),
    description: z.string().max(2000).nullable(),
    /**
     * The user who created the project.
     */
    ownerId: z.guid(),
    createdAt: z.iso.datetime({ offset: true }),
    updatedAt: z.iso.datetime({ offset: true })
});

export type Project = {
    id: string;
    name: string;
    description: string | null;
    ownerId: string;
    createdAt: string;
    updatedAt: string;
};

/**
 * A board that groups tasks and the people working on them.
 * Request form: readOnly properties left out, defaults applied.
 */
export const ProjectRequest = z.object({
    name: z.string().min(1).max(100),
    description: z.string().max(2000).nullable()
});

export type ProjectRequest = {
    name: string;
    description: string | null;
};

/**
 * A new project. The caller becomes its owner.
 */
export const ProjectCreate = z.strictObject({
    name: z.string().min(1).max(100),
    description: z.string().max(2000).nullable().optional()
});

export type ProjectCreate = {
    name: string;
    description?: string | null;
};

/**
 * The JSON carried in the `data:` field of one Server-Sent Event on a project's
 * event stream. The SSE `event:` field repeats `type` and the `id:` field is the
 * value to send back as `Last-Event-ID` when reconnecting. Clients fetch the task
 * to see its new state.
 */
export const TaskEvent = z.object({
    type: z.enum(["task.created", "task.updated", "task.deleted", "comment.added", "attachment.added"]),
    projectId: z.guid(),
    taskId: z.guid(),
    /**
     * The user whose action produced the event.
     */
    actorId: z.guid(),
    occurredAt: z.iso.datetime({ offset: true })
});

export type TaskEvent = {
    type: "task.created" | "task.updated" | "task.deleted" | "comment.added" | "attachment.added";
    projectId: string;
    taskId: string;
    actorId: string;
    occurredAt: string;
};

/**
 * What the `data:` field of one event on a project's stream holds: a change
 * (`TaskEvent`), or, at the start of a resumed stream, an `EventStreamGap`.
 * `type` tells them apart.
 */
export const ProjectEvent = jsonSchema.refined(z.union([TaskEvent, EventStreamGap]), [[jsonSchema.exactlyOne([TaskEvent, EventStreamGap]), "Must match exactly one schema in `oneOf`"]]);

export type ProjectEvent = TaskEvent | EventStreamGap;

/**
 * One page of projects, in the order the list operation documents.
 */
export const ProjectPage = z.object({
    items: z.array(Project),
    /**
     * Pass as `cursor` to read the next page; `null` on the last page.
     */
    nextCursor: z.string().nullable()
});

export type ProjectPage = {
    items: Array<Project>;
    nextCursor: string | null;
};

/**
 * One page of projects, in the order the list operation documents.
 * Request form: readOnly properties left out, defaults applied.
 */
export const ProjectPageRequest = z.object({
    items: z.array(ProjectRequest),
    /**
     * Pass as `cursor` to read the next page; `null` on the last page.
     */
    nextCursor: z.string().nullable()
});

export type ProjectPageRequest = {
    items: Array<ProjectRequest>;
    nextCursor: string | null;
};

/**
 * The fields to change; fields left out keep their value.
 */
export const ProjectUpdate = jsonSchema.refined(z.strictObject({
    name: z.string().min(1).max(100).optional(),
    description: z.string().max(2000).nullable().optional()
}), [[jsonSchema.propertyCount(1, 9007199254740991), "Expected at least 1 properties"]]);

export type ProjectUpdate = {
    name?: string;
    description?: string | null;
};

/**
 * Every dependency the server needs is reachable. When one is not, `GET /ready`
 * answers `503` with a problem document instead.
 */
export const Readiness = z.object({
    status: z.literal("ready"),
    /**
     * The result of each dependency check, keyed by dependency name.
     */
    checks: z.record(z.string(), z.literal("up"))
});

export type Readiness = {
    status: "ready";
    checks: {
        [key: string]: "up";
    };
};

/**
 * The details needed to create an account.
 */
export const RegisterRequest = z.strictObject({
    /**
     * Used to sign in; must not belong to an existing account.
     */
    email: z.email({ pattern: new RegExp("^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$", "i") }).max(254),
    password: z.string().min(8).max(128),
    displayName: z.string().min(1).max(100)
});

export type RegisterRequest = {
    email: string;
    password: string;
    displayName: string;
};

/**
 * The details needed to create an account.
 * Response form: writeOnly properties left out.
 */
export const RegisterRequestResponse = z.strictObject({
    /**
     * Used to sign in; must not belong to an existing account.
     */
    email: z.email({ pattern: new RegExp("^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$", "i") }).max(254),
    displayName: z.string().min(1).max(100)
});

export type RegisterRequestResponse = {
    email: string;
    displayName: string;
};

/**
 * How urgent a task is, from lowest to highest.
 */
export const TaskPriority = z.enum(["low", "medium", "high", "urgent"]);

export type TaskPriority = "low" | "medium" | "high" | "urgent";

/**
 * A short tag in lowercase letters, digits and hyphens.
 */
export const TaskLabel = z.string().regex(new RegExp("^[a-z0-9-]{1,32}$", "u"));

export type TaskLabel = string;

/**
 * A unit of work inside a project.
 */
export const Task = z.object({
    id: z.guid(),
    projectId: z.guid(),
    title: z.string().min(1).max(200),
    description: z.string().max(10000).nullable(),
    status: TaskStatus,
    priority: TaskPriority,
    /**
     * The member responsible for the task, or `null` when unassigned.
     */
    assigneeId: z.guid().nullable(),
    /**
     * The calendar day the task is due, or `null` when it has no deadline.
     */
    dueDate: z.iso.date().nullable(),
    /**
     * Estimated effort in hours, in quarter-hour steps.
     */
    estimateHours: z.number().gt(0).lte(1000).multipleOf(0.25).nullable(),
    labels: z.array(TaskLabel).max(10).refine(jsonSchema.uniqueItems, { message: "Items must be unique" }),
    createdBy: z.guid(),
    createdAt: z.iso.datetime({ offset: true }),
    updatedAt: z.iso.datetime({ offset: true }),
    /**
     * Incremented on every change; the task's `ETag` is derived from it.
     */
    version: z.int().gte(1)
});

export type Task = {
    id: string;
    projectId: string;
    title: string;
    description: string | null;
    status: TaskStatus;
    priority: TaskPriority;
    assigneeId: string | null;
    dueDate: string | null;
    estimateHours: number | null;
    labels: Array<TaskLabel>;
    createdBy: string;
    createdAt: string;
    updatedAt: string;
    version: number;
};

/**
 * A unit of work inside a project.
 * Request form: readOnly properties left out, defaults applied.
 */
export const TaskRequest = z.object({
    title: z.string().min(1).max(200),
    description: z.string().max(10000).nullable(),
    status: TaskStatus,
    priority: TaskPriority,
    /**
     * The member responsible for the task, or `null` when unassigned.
     */
    assigneeId: z.guid().nullable(),
    /**
     * The calendar day the task is due, or `null` when it has no deadline.
     */
    dueDate: z.iso.date().nullable(),
    /**
     * Estimated effort in hours, in quarter-hour steps.
     */
    estimateHours: z.number().gt(0).lte(1000).multipleOf(0.25).nullable(),
    labels: z.array(TaskLabel).max(10).refine(jsonSchema.uniqueItems, { message: "Items must be unique" })
});

export type TaskRequest = {
    title: string;
    description: string | null;
    status: TaskStatus;
    priority: TaskPriority;
    assigneeId: string | null;
    dueDate: string | null;
    estimateHours: number | null;
    labels: Array<TaskLabel>;
};

/**
 * A new task. Only `title` is required.
 */
export const TaskCreate = z.strictObject({
    title: z.string().min(1).max(200),
    description: z.string().max(10000).nullable().optional(),
    status: TaskStatus.optional(),
    priority: TaskPriority.optional(),
    /**
     * Must be a member of the project.
     */
    assigneeId: z.guid().nullable().optional(),
    dueDate: z.iso.date().nullable().optional(),
    /**
     * Estimated effort in hours, in quarter-hour steps.
     */
    estimateHours: z.number().gt(0).lte(1000).multipleOf(0.25).nullable().optional(),
    labels: z.array(TaskLabel).max(10).refine(jsonSchema.uniqueItems, { message: "Items must be unique" }).optional()
});

export type TaskCreate = {
    title: string;
    description?: string | null;
    status?: TaskStatus;
    priority?: TaskPriority;
    assigneeId?: string | null;
    dueDate?: string | null;
    estimateHours?: number | null;
    labels?: Array<TaskLabel>;
};

/**
 * A new task. Only `title` is required.
 * Request form: readOnly properties left out, defaults applied.
 */
export const TaskCreateRequest = z.strictObject({
    title: z.string().min(1).max(200),
    description: z.string().max(10000).nullable().optional(),
    status: TaskStatus.default("todo"),
    priority: TaskPriority.default("medium"),
    /**
     * Must be a member of the project.
     */
    assigneeId: z.guid().nullable().default(null),
    dueDate: z.iso.date().nullable().default(null),
    /**
     * Estimated effort in hours, in quarter-hour steps.
     */
    estimateHours: z.number().gt(0).lte(1000).multipleOf(0.25).nullable().default(null),
    labels: z.array(TaskLabel).max(10).refine(jsonSchema.uniqueItems, { message: "Items must be unique" }).default([])
});

export type TaskCreateRequest = {
    title: string;
    description?: string | null;
    status: TaskStatus;
    priority: TaskPriority;
    assigneeId: string | null;
    dueDate: string | null;
    estimateHours: number | null;
    labels: Array<TaskLabel>;
};

/**
 * One page of tasks, in the order the list operation documents.
 */
export const TaskPage = z.object({
    items: z.array(Task),
    /**
     * Pass as `cursor` to read the next page; `null` on the last page.
     */
    nextCursor: z.string().nullable()
});

export type TaskPage = {
    items: Array<Task>;
    nextCursor: string | null;
};

/**
 * One page of tasks, in the order the list operation documents.
 * Request form: readOnly properties left out, defaults applied.
 */
export const TaskPageRequest = z.object({
    items: z.array(TaskRequest),
    /**
     * Pass as `cursor` to read the next page; `null` on the last page.
     */
    nextCursor: z.string().nullable()
});

export type TaskPageRequest = {
    items: Array<TaskRequest>;
    nextCursor: string | null;
};

/**
 * The fields to change; fields left out keep their value. Send `null` to clear
 * a nullable field. `labels` replaces the whole list.
 */
export const TaskUpdate = jsonSchema.refined(z.strictObject({
    title: z.string().min(1).max(200).optional(),
    description: z.string().max(10000).nullable().optional(),
    status: TaskStatus.optional(),
    priority: TaskPriority.optional(),
    /**
     * Must be a member of the project; `null` unassigns the task.
     */
    assigneeId: z.guid().nullable().optional(),
    dueDate: z.iso.date().nullable().optional(),
    estimateHours: z.number().gt(0).lte(1000).multipleOf(0.25).nullable().optional(),
    labels: z.array(TaskLabel).max(10).refine(jsonSchema.uniqueItems, { message: "Items must be unique" }).optional()
}), [[jsonSchema.propertyCount(1, 9007199254740991), "Expected at least 1 properties"]]);

export type TaskUpdate = {
    title?: string;
    description?: string | null;
    status?: TaskStatus;
    priority?: TaskPriority;
    assigneeId?: string | null;
    dueDate?: string | null;
    estimateHours?: number | null;
    labels?: Array<TaskLabel>;
};
