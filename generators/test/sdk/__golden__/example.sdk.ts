import { bind, createCore, createSession, installRefresh, type CallOptions, type Client, type ClientOptions, type MultipartBody, type OperationDescriptor, type OperationInfo, type Options, type PaginatedMethod, type ProblemError, type Session, type StreamMethod, type StreamOptions } from "@specloom/sdk-runtime";

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
 * Shows an intersection of parameter groups as one object.
 */
type Flat<T> = {
    [K in keyof T]: T[K];
} & {};

/**
 * The types of every operation, by operation name: `params` (path and query parameters), `body`,
 * `options`, `data` (what a call resolves to), `error` (what it throws, narrowed by `status`) and, for
 * event streams, `event`. Written out from the spec rather than computed, so they cost the compiler
 * little: `OperationTypes["listTasks"]["data"]`.
 */
export interface OperationTypes {
    /**
     * `POST /auth/login` (login)
     */
    login: {
        body: NonNullable<LoginOperation["requestBody"]>["content"]["application/json"];
        options: CallOptions;
        data: LoginOperation["responses"]["200"]["content"]["application/json"];
        error: ProblemError<400, LoginOperation["responses"]["400"]["content"]["application/problem+json"]> | ProblemError<401, LoginOperation["responses"]["401"]["content"]["application/problem+json"]> | ProblemError<413, LoginOperation["responses"]["413"]["content"]["application/problem+json"]> | ProblemError<415, LoginOperation["responses"]["415"]["content"]["application/problem+json"]> | ProblemError<422, LoginOperation["responses"]["422"]["content"]["application/problem+json"]> | ProblemError<429, LoginOperation["responses"]["429"]["content"]["application/problem+json"]> | ProblemError<500, LoginOperation["responses"]["500"]["content"]["application/problem+json"]>;
    };
    /**
     * `POST /auth/logout` (logout)
     */
    logout: {
        options: CallOptions;
        data: undefined;
        error: ProblemError<400, LogoutOperation["responses"]["400"]["content"]["application/problem+json"]> | ProblemError<429, LogoutOperation["responses"]["429"]["content"]["application/problem+json"]> | ProblemError<500, LogoutOperation["responses"]["500"]["content"]["application/problem+json"]>;
    };
    /**
     * `GET /auth/me` (getCurrentUser)
     */
    getCurrentUser: {
        options: CallOptions;
        data: GetCurrentUserOperation["responses"]["200"]["content"]["application/json"];
        error: ProblemError<401, GetCurrentUserOperation["responses"]["401"]["content"]["application/problem+json"]> | ProblemError<429, GetCurrentUserOperation["responses"]["429"]["content"]["application/problem+json"]> | ProblemError<500, GetCurrentUserOperation["responses"]["500"]["content"]["application/problem+json"]>;
    };
    /**
     * `POST /auth/refresh` (refreshSession)
     */
    refreshSession: {
        options: CallOptions;
        data: RefreshSessionOperation["responses"]["200"]["content"]["application/json"];
        error: ProblemError<400, RefreshSessionOperation["responses"]["400"]["content"]["application/problem+json"]> | ProblemError<401, RefreshSessionOperation["responses"]["401"]["content"]["application/problem+json"]> | ProblemError<429, RefreshSessionOperation["responses"]["429"]["content"]["application/problem+json"]> | ProblemError<500, RefreshSessionOperation["responses"]["500"]["content"]["application/problem+json"]>;
    };
    /**
     * `POST /auth/register` (register)
     */
    register: {
        body: NonNullable<RegisterOperation["requestBody"]>["content"]["application/json"];
        options: CallOptions;
        data: RegisterOperation["responses"]["201"]["content"]["application/json"];
        error: ProblemError<400, RegisterOperation["responses"]["400"]["content"]["application/problem+json"]> | ProblemError<409, RegisterOperation["responses"]["409"]["content"]["application/problem+json"]> | ProblemError<413, RegisterOperation["responses"]["413"]["content"]["application/problem+json"]> | ProblemError<415, RegisterOperation["responses"]["415"]["content"]["application/problem+json"]> | ProblemError<422, RegisterOperation["responses"]["422"]["content"]["application/problem+json"]> | ProblemError<429, RegisterOperation["responses"]["429"]["content"]["application/problem+json"]> | ProblemError<500, RegisterOperation["responses"]["500"]["content"]["application/problem+json"]>;
    };
    /**
     * `GET /projects` (listProjects)
     */
    listProjects: {
        params: NonNullable<ListProjectsOperation["parameters"]["query"]>;
        options: CallOptions;
        data: ListProjectsOperation["responses"]["200"]["content"]["application/json"];
        error: ProblemError<400, ListProjectsOperation["responses"]["400"]["content"]["application/problem+json"]> | ProblemError<401, ListProjectsOperation["responses"]["401"]["content"]["application/problem+json"]> | ProblemError<429, ListProjectsOperation["responses"]["429"]["content"]["application/problem+json"]> | ProblemError<500, ListProjectsOperation["responses"]["500"]["content"]["application/problem+json"]>;
    };
    /**
     * `POST /projects` (createProject)
     */
    createProject: {
        body: NonNullable<CreateProjectOperation["requestBody"]>["content"]["application/json"];
        options: Options<CreateProjectOperation>;
        data: CreateProjectOperation["responses"]["201"]["content"]["application/json"];
        error: ProblemError<400, CreateProjectOperation["responses"]["400"]["content"]["application/problem+json"]> | ProblemError<401, CreateProjectOperation["responses"]["401"]["content"]["application/problem+json"]> | ProblemError<409, CreateProjectOperation["responses"]["409"]["content"]["application/problem+json"]> | ProblemError<413, CreateProjectOperation["responses"]["413"]["content"]["application/problem+json"]> | ProblemError<415, CreateProjectOperation["responses"]["415"]["content"]["application/problem+json"]> | ProblemError<422, CreateProjectOperation["responses"]["422"]["content"]["application/problem+json"]> | ProblemError<429, CreateProjectOperation["responses"]["429"]["content"]["application/problem+json"]> | ProblemError<500, CreateProjectOperation["responses"]["500"]["content"]["application/problem+json"]>;
    };
    /**
     * `GET /projects/{projectId}` (getProject)
     */
    getProject: {
        params: NonNullable<GetProjectOperation["parameters"]["path"]>;
        options: CallOptions;
        data: GetProjectOperation["responses"]["200"]["content"]["application/json"];
        error: ProblemError<400, GetProjectOperation["responses"]["400"]["content"]["application/problem+json"]> | ProblemError<401, GetProjectOperation["responses"]["401"]["content"]["application/problem+json"]> | ProblemError<404, GetProjectOperation["responses"]["404"]["content"]["application/problem+json"]> | ProblemError<429, GetProjectOperation["responses"]["429"]["content"]["application/problem+json"]> | ProblemError<500, GetProjectOperation["responses"]["500"]["content"]["application/problem+json"]>;
    };
    /**
     * `DELETE /projects/{projectId}` (deleteProject)
     */
    deleteProject: {
        params: NonNullable<DeleteProjectOperation["parameters"]["path"]>;
        options: CallOptions;
        data: undefined;
        error: ProblemError<400, DeleteProjectOperation["responses"]["400"]["content"]["application/problem+json"]> | ProblemError<401, DeleteProjectOperation["responses"]["401"]["content"]["application/problem+json"]> | ProblemError<403, DeleteProjectOperation["responses"]["403"]["content"]["application/problem+json"]> | ProblemError<404, DeleteProjectOperation["responses"]["404"]["content"]["application/problem+json"]> | ProblemError<429, DeleteProjectOperation["responses"]["429"]["content"]["application/problem+json"]> | ProblemError<500, DeleteProjectOperation["responses"]["500"]["content"]["application/problem+json"]>;
    };
    /**
     * `PATCH /projects/{projectId}` (updateProject)
     */
    updateProject: {
        params: NonNullable<UpdateProjectOperation["parameters"]["path"]>;
        body: NonNullable<UpdateProjectOperation["requestBody"]>["content"]["application/json"];
        options: CallOptions;
        data: UpdateProjectOperation["responses"]["200"]["content"]["application/json"];
        error: ProblemError<400, UpdateProjectOperation["responses"]["400"]["content"]["application/problem+json"]> | ProblemError<401, UpdateProjectOperation["responses"]["401"]["content"]["application/problem+json"]> | ProblemError<404, UpdateProjectOperation["responses"]["404"]["content"]["application/problem+json"]> | ProblemError<413, UpdateProjectOperation["responses"]["413"]["content"]["application/problem+json"]> | ProblemError<415, UpdateProjectOperation["responses"]["415"]["content"]["application/problem+json"]> | ProblemError<422, UpdateProjectOperation["responses"]["422"]["content"]["application/problem+json"]> | ProblemError<429, UpdateProjectOperation["responses"]["429"]["content"]["application/problem+json"]> | ProblemError<500, UpdateProjectOperation["responses"]["500"]["content"]["application/problem+json"]>;
    };
    /**
     * `GET /projects/{projectId}/members` (listProjectMembers)
     */
    listProjectMembers: {
        params: Flat<NonNullable<ListProjectMembersOperation["parameters"]["path"]> & NonNullable<ListProjectMembersOperation["parameters"]["query"]>>;
        options: CallOptions;
        data: ListProjectMembersOperation["responses"]["200"]["content"]["application/json"];
        error: ProblemError<400, ListProjectMembersOperation["responses"]["400"]["content"]["application/problem+json"]> | ProblemError<401, ListProjectMembersOperation["responses"]["401"]["content"]["application/problem+json"]> | ProblemError<404, ListProjectMembersOperation["responses"]["404"]["content"]["application/problem+json"]> | ProblemError<429, ListProjectMembersOperation["responses"]["429"]["content"]["application/problem+json"]> | ProblemError<500, ListProjectMembersOperation["responses"]["500"]["content"]["application/problem+json"]>;
    };
    /**
     * `POST /projects/{projectId}/members` (addProjectMember)
     */
    addProjectMember: {
        params: NonNullable<AddProjectMemberOperation["parameters"]["path"]>;
        body: NonNullable<AddProjectMemberOperation["requestBody"]>["content"]["application/json"];
        options: CallOptions;
        data: AddProjectMemberOperation["responses"]["201"]["content"]["application/json"];
        error: ProblemError<400, AddProjectMemberOperation["responses"]["400"]["content"]["application/problem+json"]> | ProblemError<401, AddProjectMemberOperation["responses"]["401"]["content"]["application/problem+json"]> | ProblemError<403, AddProjectMemberOperation["responses"]["403"]["content"]["application/problem+json"]> | ProblemError<404, AddProjectMemberOperation["responses"]["404"]["content"]["application/problem+json"]> | ProblemError<409, AddProjectMemberOperation["responses"]["409"]["content"]["application/problem+json"]> | ProblemError<413, AddProjectMemberOperation["responses"]["413"]["content"]["application/problem+json"]> | ProblemError<415, AddProjectMemberOperation["responses"]["415"]["content"]["application/problem+json"]> | ProblemError<422, AddProjectMemberOperation["responses"]["422"]["content"]["application/problem+json"]> | ProblemError<429, AddProjectMemberOperation["responses"]["429"]["content"]["application/problem+json"]> | ProblemError<500, AddProjectMemberOperation["responses"]["500"]["content"]["application/problem+json"]>;
    };
    /**
     * `DELETE /projects/{projectId}/members/{userId}` (removeProjectMember)
     */
    removeProjectMember: {
        params: NonNullable<RemoveProjectMemberOperation["parameters"]["path"]>;
        options: CallOptions;
        data: undefined;
        error: ProblemError<400, RemoveProjectMemberOperation["responses"]["400"]["content"]["application/problem+json"]> | ProblemError<401, RemoveProjectMemberOperation["responses"]["401"]["content"]["application/problem+json"]> | ProblemError<403, RemoveProjectMemberOperation["responses"]["403"]["content"]["application/problem+json"]> | ProblemError<404, RemoveProjectMemberOperation["responses"]["404"]["content"]["application/problem+json"]> | ProblemError<409, RemoveProjectMemberOperation["responses"]["409"]["content"]["application/problem+json"]> | ProblemError<429, RemoveProjectMemberOperation["responses"]["429"]["content"]["application/problem+json"]> | ProblemError<500, RemoveProjectMemberOperation["responses"]["500"]["content"]["application/problem+json"]>;
    };
    /**
     * `GET /projects/{projectId}/tasks` (listTasks)
     */
    listTasks: {
        params: Flat<NonNullable<ListTasksOperation["parameters"]["path"]> & NonNullable<ListTasksOperation["parameters"]["query"]>>;
        options: CallOptions;
        data: ListTasksOperation["responses"]["200"]["content"]["application/json"];
        error: ProblemError<400, ListTasksOperation["responses"]["400"]["content"]["application/problem+json"]> | ProblemError<401, ListTasksOperation["responses"]["401"]["content"]["application/problem+json"]> | ProblemError<404, ListTasksOperation["responses"]["404"]["content"]["application/problem+json"]> | ProblemError<429, ListTasksOperation["responses"]["429"]["content"]["application/problem+json"]> | ProblemError<500, ListTasksOperation["responses"]["500"]["content"]["application/problem+json"]>;
    };
    /**
     * `POST /projects/{projectId}/tasks` (createTask)
     */
    createTask: {
        params: NonNullable<CreateTaskOperation["parameters"]["path"]>;
        body: NonNullable<CreateTaskOperation["requestBody"]>["content"]["application/json"];
        options: Options<CreateTaskOperation>;
        data: CreateTaskOperation["responses"]["201"]["content"]["application/json"];
        error: ProblemError<400, CreateTaskOperation["responses"]["400"]["content"]["application/problem+json"]> | ProblemError<401, CreateTaskOperation["responses"]["401"]["content"]["application/problem+json"]> | ProblemError<404, CreateTaskOperation["responses"]["404"]["content"]["application/problem+json"]> | ProblemError<409, CreateTaskOperation["responses"]["409"]["content"]["application/problem+json"]> | ProblemError<413, CreateTaskOperation["responses"]["413"]["content"]["application/problem+json"]> | ProblemError<415, CreateTaskOperation["responses"]["415"]["content"]["application/problem+json"]> | ProblemError<422, CreateTaskOperation["responses"]["422"]["content"]["application/problem+json"]> | ProblemError<429, CreateTaskOperation["responses"]["429"]["content"]["application/problem+json"]> | ProblemError<500, CreateTaskOperation["responses"]["500"]["content"]["application/problem+json"]>;
    };
    /**
     * `GET /projects/{projectId}/tasks/{taskId}` (getTask)
     */
    getTask: {
        params: NonNullable<GetTaskOperation["parameters"]["path"]>;
        options: CallOptions;
        data: GetTaskOperation["responses"]["200"]["content"]["application/json"];
        error: ProblemError<400, GetTaskOperation["responses"]["400"]["content"]["application/problem+json"]> | ProblemError<401, GetTaskOperation["responses"]["401"]["content"]["application/problem+json"]> | ProblemError<404, GetTaskOperation["responses"]["404"]["content"]["application/problem+json"]> | ProblemError<429, GetTaskOperation["responses"]["429"]["content"]["application/problem+json"]> | ProblemError<500, GetTaskOperation["responses"]["500"]["content"]["application/problem+json"]>;
    };
    /**
     * `DELETE /projects/{projectId}/tasks/{taskId}` (deleteTask)
     */
    deleteTask: {
        params: NonNullable<DeleteTaskOperation["parameters"]["path"]>;
        options: CallOptions;
        data: undefined;
        error: ProblemError<400, DeleteTaskOperation["responses"]["400"]["content"]["application/problem+json"]> | ProblemError<401, DeleteTaskOperation["responses"]["401"]["content"]["application/problem+json"]> | ProblemError<404, DeleteTaskOperation["responses"]["404"]["content"]["application/problem+json"]> | ProblemError<429, DeleteTaskOperation["responses"]["429"]["content"]["application/problem+json"]> | ProblemError<500, DeleteTaskOperation["responses"]["500"]["content"]["application/problem+json"]>;
    };
    /**
     * `PATCH /projects/{projectId}/tasks/{taskId}` (updateTask)
     */
    updateTask: {
        params: NonNullable<UpdateTaskOperation["parameters"]["path"]>;
        body: NonNullable<UpdateTaskOperation["requestBody"]>["content"]["application/json"];
        options: Options<UpdateTaskOperation>;
        data: UpdateTaskOperation["responses"]["200"]["content"]["application/json"];
        error: ProblemError<400, UpdateTaskOperation["responses"]["400"]["content"]["application/problem+json"]> | ProblemError<401, UpdateTaskOperation["responses"]["401"]["content"]["application/problem+json"]> | ProblemError<404, UpdateTaskOperation["responses"]["404"]["content"]["application/problem+json"]> | ProblemError<409, UpdateTaskOperation["responses"]["409"]["content"]["application/problem+json"]> | ProblemError<412, UpdateTaskOperation["responses"]["412"]["content"]["application/problem+json"]> | ProblemError<413, UpdateTaskOperation["responses"]["413"]["content"]["application/problem+json"]> | ProblemError<415, UpdateTaskOperation["responses"]["415"]["content"]["application/problem+json"]> | ProblemError<422, UpdateTaskOperation["responses"]["422"]["content"]["application/problem+json"]> | ProblemError<429, UpdateTaskOperation["responses"]["429"]["content"]["application/problem+json"]> | ProblemError<500, UpdateTaskOperation["responses"]["500"]["content"]["application/problem+json"]>;
    };
    /**
     * `GET /projects/{projectId}/tasks/{taskId}/comments` (listComments)
     */
    listComments: {
        params: Flat<NonNullable<ListCommentsOperation["parameters"]["path"]> & NonNullable<ListCommentsOperation["parameters"]["query"]>>;
        options: CallOptions;
        data: ListCommentsOperation["responses"]["200"]["content"]["application/json"];
        error: ProblemError<400, ListCommentsOperation["responses"]["400"]["content"]["application/problem+json"]> | ProblemError<401, ListCommentsOperation["responses"]["401"]["content"]["application/problem+json"]> | ProblemError<404, ListCommentsOperation["responses"]["404"]["content"]["application/problem+json"]> | ProblemError<429, ListCommentsOperation["responses"]["429"]["content"]["application/problem+json"]> | ProblemError<500, ListCommentsOperation["responses"]["500"]["content"]["application/problem+json"]>;
    };
    /**
     * `POST /projects/{projectId}/tasks/{taskId}/comments` (createComment)
     */
    createComment: {
        params: NonNullable<CreateCommentOperation["parameters"]["path"]>;
        body: NonNullable<CreateCommentOperation["requestBody"]>["content"]["application/json"];
        options: CallOptions;
        data: CreateCommentOperation["responses"]["201"]["content"]["application/json"];
        error: ProblemError<400, CreateCommentOperation["responses"]["400"]["content"]["application/problem+json"]> | ProblemError<401, CreateCommentOperation["responses"]["401"]["content"]["application/problem+json"]> | ProblemError<404, CreateCommentOperation["responses"]["404"]["content"]["application/problem+json"]> | ProblemError<409, CreateCommentOperation["responses"]["409"]["content"]["application/problem+json"]> | ProblemError<413, CreateCommentOperation["responses"]["413"]["content"]["application/problem+json"]> | ProblemError<415, CreateCommentOperation["responses"]["415"]["content"]["application/problem+json"]> | ProblemError<422, CreateCommentOperation["responses"]["422"]["content"]["application/problem+json"]> | ProblemError<429, CreateCommentOperation["responses"]["429"]["content"]["application/problem+json"]> | ProblemError<500, CreateCommentOperation["responses"]["500"]["content"]["application/problem+json"]>;
    };
    /**
     * `GET /projects/{projectId}/tasks/{taskId}/comments/{commentId}` (getComment)
     */
    getComment: {
        params: NonNullable<GetCommentOperation["parameters"]["path"]>;
        options: CallOptions;
        data: GetCommentOperation["responses"]["200"]["content"]["application/json"];
        error: ProblemError<400, GetCommentOperation["responses"]["400"]["content"]["application/problem+json"]> | ProblemError<401, GetCommentOperation["responses"]["401"]["content"]["application/problem+json"]> | ProblemError<404, GetCommentOperation["responses"]["404"]["content"]["application/problem+json"]> | ProblemError<429, GetCommentOperation["responses"]["429"]["content"]["application/problem+json"]> | ProblemError<500, GetCommentOperation["responses"]["500"]["content"]["application/problem+json"]>;
    };
    /**
     * `GET /projects/{projectId}/tasks/{taskId}/activity` (listTaskActivity)
     */
    listTaskActivity: {
        params: Flat<NonNullable<ListTaskActivityOperation["parameters"]["path"]> & NonNullable<ListTaskActivityOperation["parameters"]["query"]>>;
        options: CallOptions;
        data: ListTaskActivityOperation["responses"]["200"]["content"]["application/json"];
        error: ProblemError<400, ListTaskActivityOperation["responses"]["400"]["content"]["application/problem+json"]> | ProblemError<401, ListTaskActivityOperation["responses"]["401"]["content"]["application/problem+json"]> | ProblemError<404, ListTaskActivityOperation["responses"]["404"]["content"]["application/problem+json"]> | ProblemError<429, ListTaskActivityOperation["responses"]["429"]["content"]["application/problem+json"]> | ProblemError<500, ListTaskActivityOperation["responses"]["500"]["content"]["application/problem+json"]>;
    };
    /**
     * `GET /projects/{projectId}/tasks/{taskId}/attachments` (listAttachments)
     */
    listAttachments: {
        params: Flat<NonNullable<ListAttachmentsOperation["parameters"]["path"]> & NonNullable<ListAttachmentsOperation["parameters"]["query"]>>;
        options: CallOptions;
        data: ListAttachmentsOperation["responses"]["200"]["content"]["application/json"];
        error: ProblemError<400, ListAttachmentsOperation["responses"]["400"]["content"]["application/problem+json"]> | ProblemError<401, ListAttachmentsOperation["responses"]["401"]["content"]["application/problem+json"]> | ProblemError<404, ListAttachmentsOperation["responses"]["404"]["content"]["application/problem+json"]> | ProblemError<429, ListAttachmentsOperation["responses"]["429"]["content"]["application/problem+json"]> | ProblemError<500, ListAttachmentsOperation["responses"]["500"]["content"]["application/problem+json"]>;
    };
    /**
     * `POST /projects/{projectId}/tasks/{taskId}/attachments` (uploadAttachment)
     */
    uploadAttachment: {
        params: NonNullable<UploadAttachmentOperation["parameters"]["path"]>;
        body: MultipartBody<NonNullable<UploadAttachmentOperation["requestBody"]>["content"]["multipart/form-data"], "file">;
        options: CallOptions;
        data: UploadAttachmentOperation["responses"]["201"]["content"]["application/json"];
        error: ProblemError<400, UploadAttachmentOperation["responses"]["400"]["content"]["application/problem+json"]> | ProblemError<401, UploadAttachmentOperation["responses"]["401"]["content"]["application/problem+json"]> | ProblemError<404, UploadAttachmentOperation["responses"]["404"]["content"]["application/problem+json"]> | ProblemError<413, UploadAttachmentOperation["responses"]["413"]["content"]["application/problem+json"]> | ProblemError<415, UploadAttachmentOperation["responses"]["415"]["content"]["application/problem+json"]> | ProblemError<422, UploadAttachmentOperation["responses"]["422"]["content"]["application/problem+json"]> | ProblemError<429, UploadAttachmentOperation["responses"]["429"]["content"]["application/problem+json"]> | ProblemError<500, UploadAttachmentOperation["responses"]["500"]["content"]["application/problem+json"]>;
    };
    /**
     * `DELETE /projects/{projectId}/tasks/{taskId}/attachments/{attachmentId}` (deleteAttachment)
     */
    deleteAttachment: {
        params: NonNullable<DeleteAttachmentOperation["parameters"]["path"]>;
        options: CallOptions;
        data: undefined;
        error: ProblemError<400, DeleteAttachmentOperation["responses"]["400"]["content"]["application/problem+json"]> | ProblemError<401, DeleteAttachmentOperation["responses"]["401"]["content"]["application/problem+json"]> | ProblemError<403, DeleteAttachmentOperation["responses"]["403"]["content"]["application/problem+json"]> | ProblemError<404, DeleteAttachmentOperation["responses"]["404"]["content"]["application/problem+json"]> | ProblemError<429, DeleteAttachmentOperation["responses"]["429"]["content"]["application/problem+json"]> | ProblemError<500, DeleteAttachmentOperation["responses"]["500"]["content"]["application/problem+json"]>;
    };
    /**
     * `GET /projects/{projectId}/tasks/{taskId}/attachments/{attachmentId}/content` (downloadAttachment)
     */
    downloadAttachment: {
        params: NonNullable<DownloadAttachmentOperation["parameters"]["path"]>;
        options: CallOptions;
        data: Blob;
        error: ProblemError<400, DownloadAttachmentOperation["responses"]["400"]["content"]["application/problem+json"]> | ProblemError<401, DownloadAttachmentOperation["responses"]["401"]["content"]["application/problem+json"]> | ProblemError<404, DownloadAttachmentOperation["responses"]["404"]["content"]["application/problem+json"]> | ProblemError<429, DownloadAttachmentOperation["responses"]["429"]["content"]["application/problem+json"]> | ProblemError<500, DownloadAttachmentOperation["responses"]["500"]["content"]["application/problem+json"]>;
    };
    /**
     * `GET /projects/{projectId}/events` (streamProjectEvents)
     */
    streamProjectEvents: {
        params: NonNullable<StreamProjectEventsOperation["parameters"]["path"]>;
        options: StreamOptions<StreamProjectEventsOperation>;
        event: components["schemas"]["ProjectEvent"];
    };
    /**
     * `GET /health` (getHealth)
     */
    getHealth: {
        options: CallOptions;
        data: GetHealthOperation["responses"]["200"]["content"]["application/json"];
        error: ProblemError<429, GetHealthOperation["responses"]["429"]["content"]["application/problem+json"]> | ProblemError<500, GetHealthOperation["responses"]["500"]["content"]["application/problem+json"]>;
    };
    /**
     * `GET /ready` (getReadiness)
     */
    getReadiness: {
        options: CallOptions;
        data: GetReadinessOperation["responses"]["200"]["content"]["application/json"];
        error: ProblemError<429, GetReadinessOperation["responses"]["429"]["content"]["application/problem+json"]> | ProblemError<500, GetReadinessOperation["responses"]["500"]["content"]["application/problem+json"]> | ProblemError<503, GetReadinessOperation["responses"]["503"]["content"]["application/problem+json"]>;
    };
}

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
    readonly login: {
        (body: OperationTypes["login"]["body"], options?: OperationTypes["login"]["options"]): Promise<OperationTypes["login"]["data"]>;
        withResponse(body: OperationTypes["login"]["body"], options?: OperationTypes["login"]["options"]): Promise<{
            data: OperationTypes["login"]["data"];
            response: Response;
        }>;
        readonly operation: OperationInfo<LoginOperation>;
    };
    /**
     * Sign out
     *
     * Revokes the refresh token in the `refresh_token` cookie, if any, and clears the
     * cookie. Always succeeds, so it is safe to call when already signed out. Access
     * tokens already issued stay valid until they expire.
     *
     * `POST /auth/logout` (logout)
     */
    readonly logout: {
        (options?: OperationTypes["logout"]["options"]): Promise<OperationTypes["logout"]["data"]>;
        withResponse(options?: OperationTypes["logout"]["options"]): Promise<{
            data: OperationTypes["logout"]["data"];
            response: Response;
        }>;
        readonly operation: OperationInfo<LogoutOperation>;
    };
    /**
     * Get the signed-in user
     *
     * Returns the account that the bearer access token was issued to.
     *
     * `GET /auth/me` (getCurrentUser)
     */
    readonly getCurrentUser: {
        (options?: OperationTypes["getCurrentUser"]["options"]): Promise<OperationTypes["getCurrentUser"]["data"]>;
        withResponse(options?: OperationTypes["getCurrentUser"]["options"]): Promise<{
            data: OperationTypes["getCurrentUser"]["data"];
            response: Response;
        }>;
        readonly operation: OperationInfo<GetCurrentUserOperation>;
    };
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
    readonly refreshSession: {
        (options?: OperationTypes["refreshSession"]["options"]): Promise<OperationTypes["refreshSession"]["data"]>;
        withResponse(options?: OperationTypes["refreshSession"]["options"]): Promise<{
            data: OperationTypes["refreshSession"]["data"];
            response: Response;
        }>;
        readonly operation: OperationInfo<RefreshSessionOperation>;
    };
    /**
     * Create an account
     *
     * Creates a user and signs them in: the response carries an access token and
     * sets the `refresh_token` cookie.
     *
     * `POST /auth/register` (register)
     */
    readonly register: {
        (body: OperationTypes["register"]["body"], options?: OperationTypes["register"]["options"]): Promise<OperationTypes["register"]["data"]>;
        withResponse(body: OperationTypes["register"]["body"], options?: OperationTypes["register"]["options"]): Promise<{
            data: OperationTypes["register"]["data"];
            response: Response;
        }>;
        readonly operation: OperationInfo<RegisterOperation>;
    };
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
        params?: OperationTypes["listProjects"]["params"],
        options?: OperationTypes["listProjects"]["options"]
    ], "items">;
    /**
     * Create a project
     *
     * Creates a project owned by the caller, who becomes its first member with the `owner` role.
     *
     * `POST /projects` (createProject)
     */
    readonly create: {
        (body: OperationTypes["createProject"]["body"], options?: OperationTypes["createProject"]["options"]): Promise<OperationTypes["createProject"]["data"]>;
        withResponse(body: OperationTypes["createProject"]["body"], options?: OperationTypes["createProject"]["options"]): Promise<{
            data: OperationTypes["createProject"]["data"];
            response: Response;
        }>;
        readonly operation: OperationInfo<CreateProjectOperation>;
    };
    /**
     * Get a project
     *
     * Any member of the project may read it; to everyone else it does not exist (`404`).
     *
     * `GET /projects/{projectId}` (getProject)
     */
    readonly get: {
        (params: OperationTypes["getProject"]["params"], options?: OperationTypes["getProject"]["options"]): Promise<OperationTypes["getProject"]["data"]>;
        withResponse(params: OperationTypes["getProject"]["params"], options?: OperationTypes["getProject"]["options"]): Promise<{
            data: OperationTypes["getProject"]["data"];
            response: Response;
        }>;
        readonly operation: OperationInfo<GetProjectOperation>;
    };
    /**
     * Delete a project
     *
     * Deletes the project with all its tasks, comments and attachments. Only an owner may do this.
     *
     * `DELETE /projects/{projectId}` (deleteProject)
     */
    readonly delete: {
        (params: OperationTypes["deleteProject"]["params"], options?: OperationTypes["deleteProject"]["options"]): Promise<OperationTypes["deleteProject"]["data"]>;
        withResponse(params: OperationTypes["deleteProject"]["params"], options?: OperationTypes["deleteProject"]["options"]): Promise<{
            data: OperationTypes["deleteProject"]["data"];
            response: Response;
        }>;
        readonly operation: OperationInfo<DeleteProjectOperation>;
    };
    /**
     * Update a project
     *
     * Renames the project or changes its description. Any member may do this.
     *
     * `PATCH /projects/{projectId}` (updateProject)
     */
    readonly update: {
        (params: OperationTypes["updateProject"]["params"], body: OperationTypes["updateProject"]["body"], options?: OperationTypes["updateProject"]["options"]): Promise<OperationTypes["updateProject"]["data"]>;
        withResponse(params: OperationTypes["updateProject"]["params"], body: OperationTypes["updateProject"]["body"], options?: OperationTypes["updateProject"]["options"]): Promise<{
            data: OperationTypes["updateProject"]["data"];
            response: Response;
        }>;
        readonly operation: OperationInfo<UpdateProjectOperation>;
    };
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
        params: OperationTypes["listProjectMembers"]["params"],
        options?: OperationTypes["listProjectMembers"]["options"]
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
    readonly add: {
        (params: OperationTypes["addProjectMember"]["params"], body: OperationTypes["addProjectMember"]["body"], options?: OperationTypes["addProjectMember"]["options"]): Promise<OperationTypes["addProjectMember"]["data"]>;
        withResponse(params: OperationTypes["addProjectMember"]["params"], body: OperationTypes["addProjectMember"]["body"], options?: OperationTypes["addProjectMember"]["options"]): Promise<{
            data: OperationTypes["addProjectMember"]["data"];
            response: Response;
        }>;
        readonly operation: OperationInfo<AddProjectMemberOperation>;
    };
    /**
     * Remove a member
     *
     * Removes a user from the project. Only an owner may do this. Removing the last
     * owner is refused with `409`: a project always keeps at least one owner. Tasks
     * assigned to the removed user become unassigned.
     *
     * `DELETE /projects/{projectId}/members/{userId}` (removeProjectMember)
     */
    readonly remove: {
        (params: OperationTypes["removeProjectMember"]["params"], options?: OperationTypes["removeProjectMember"]["options"]): Promise<OperationTypes["removeProjectMember"]["data"]>;
        withResponse(params: OperationTypes["removeProjectMember"]["params"], options?: OperationTypes["removeProjectMember"]["options"]): Promise<{
            data: OperationTypes["removeProjectMember"]["data"];
            response: Response;
        }>;
        readonly operation: OperationInfo<RemoveProjectMemberOperation>;
    };
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
        params: OperationTypes["listTasks"]["params"],
        options?: OperationTypes["listTasks"]["options"]
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
    readonly create: {
        (params: OperationTypes["createTask"]["params"], body: OperationTypes["createTask"]["body"], options?: OperationTypes["createTask"]["options"]): Promise<OperationTypes["createTask"]["data"]>;
        withResponse(params: OperationTypes["createTask"]["params"], body: OperationTypes["createTask"]["body"], options?: OperationTypes["createTask"]["options"]): Promise<{
            data: OperationTypes["createTask"]["data"];
            response: Response;
        }>;
        readonly operation: OperationInfo<CreateTaskOperation>;
    };
    /**
     * Get a task
     *
     * Returns the task and, in `ETag`, its current version to send back in `If-Match` when updating it.
     *
     * `GET /projects/{projectId}/tasks/{taskId}` (getTask)
     */
    readonly get: {
        (params: OperationTypes["getTask"]["params"], options?: OperationTypes["getTask"]["options"]): Promise<OperationTypes["getTask"]["data"]>;
        withResponse(params: OperationTypes["getTask"]["params"], options?: OperationTypes["getTask"]["options"]): Promise<{
            data: OperationTypes["getTask"]["data"];
            response: Response;
        }>;
        readonly operation: OperationInfo<GetTaskOperation>;
    };
    /**
     * Delete a task
     *
     * Deletes the task with its comments, activity and attachments. Any member may do this.
     *
     * `DELETE /projects/{projectId}/tasks/{taskId}` (deleteTask)
     */
    readonly delete: {
        (params: OperationTypes["deleteTask"]["params"], options?: OperationTypes["deleteTask"]["options"]): Promise<OperationTypes["deleteTask"]["data"]>;
        withResponse(params: OperationTypes["deleteTask"]["params"], options?: OperationTypes["deleteTask"]["options"]): Promise<{
            data: OperationTypes["deleteTask"]["data"];
            response: Response;
        }>;
        readonly operation: OperationInfo<DeleteTaskOperation>;
    };
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
    readonly update: {
        (params: OperationTypes["updateTask"]["params"], body: OperationTypes["updateTask"]["body"], options?: OperationTypes["updateTask"]["options"]): Promise<OperationTypes["updateTask"]["data"]>;
        withResponse(params: OperationTypes["updateTask"]["params"], body: OperationTypes["updateTask"]["body"], options?: OperationTypes["updateTask"]["options"]): Promise<{
            data: OperationTypes["updateTask"]["data"];
            response: Response;
        }>;
        readonly operation: OperationInfo<UpdateTaskOperation>;
    };
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
        params: OperationTypes["listComments"]["params"],
        options?: OperationTypes["listComments"]["options"]
    ], "items">;
    /**
     * Comment on a task
     *
     * Adds a comment, or a reply when `parentId` is given. The parent must be a
     * comment on the same task (`409` otherwise).
     *
     * `POST /projects/{projectId}/tasks/{taskId}/comments` (createComment)
     */
    readonly create: {
        (params: OperationTypes["createComment"]["params"], body: OperationTypes["createComment"]["body"], options?: OperationTypes["createComment"]["options"]): Promise<OperationTypes["createComment"]["data"]>;
        withResponse(params: OperationTypes["createComment"]["params"], body: OperationTypes["createComment"]["body"], options?: OperationTypes["createComment"]["options"]): Promise<{
            data: OperationTypes["createComment"]["data"];
            response: Response;
        }>;
        readonly operation: OperationInfo<CreateCommentOperation>;
    };
    /**
     * Get a comment
     *
     * The comment with its whole reply thread. Replies can be read by their own id too.
     *
     * `GET /projects/{projectId}/tasks/{taskId}/comments/{commentId}` (getComment)
     */
    readonly get: {
        (params: OperationTypes["getComment"]["params"], options?: OperationTypes["getComment"]["options"]): Promise<OperationTypes["getComment"]["data"]>;
        withResponse(params: OperationTypes["getComment"]["params"], options?: OperationTypes["getComment"]["options"]): Promise<{
            data: OperationTypes["getComment"]["data"];
            response: Response;
        }>;
        readonly operation: OperationInfo<GetCommentOperation>;
    };
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
        params: OperationTypes["listTaskActivity"]["params"],
        options?: OperationTypes["listTaskActivity"]["options"]
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
        params: OperationTypes["listAttachments"]["params"],
        options?: OperationTypes["listAttachments"]["options"]
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
    readonly upload: {
        (params: OperationTypes["uploadAttachment"]["params"], body: OperationTypes["uploadAttachment"]["body"], options?: OperationTypes["uploadAttachment"]["options"]): Promise<OperationTypes["uploadAttachment"]["data"]>;
        withResponse(params: OperationTypes["uploadAttachment"]["params"], body: OperationTypes["uploadAttachment"]["body"], options?: OperationTypes["uploadAttachment"]["options"]): Promise<{
            data: OperationTypes["uploadAttachment"]["data"];
            response: Response;
        }>;
        readonly operation: OperationInfo<UploadAttachmentOperation>;
    };
    /**
     * Delete an attachment
     *
     * Only the member who uploaded the file or a project owner may delete it.
     *
     * `DELETE /projects/{projectId}/tasks/{taskId}/attachments/{attachmentId}` (deleteAttachment)
     */
    readonly delete: {
        (params: OperationTypes["deleteAttachment"]["params"], options?: OperationTypes["deleteAttachment"]["options"]): Promise<OperationTypes["deleteAttachment"]["data"]>;
        withResponse(params: OperationTypes["deleteAttachment"]["params"], options?: OperationTypes["deleteAttachment"]["options"]): Promise<{
            data: OperationTypes["deleteAttachment"]["data"];
            response: Response;
        }>;
        readonly operation: OperationInfo<DeleteAttachmentOperation>;
    };
    /**
     * Download an attachment
     *
     * The file's bytes, served as `application/octet-stream` so browsers download
     * rather than render them; the original media type is the attachment's
     * `contentType`.
     *
     * `GET /projects/{projectId}/tasks/{taskId}/attachments/{attachmentId}/content` (downloadAttachment)
     */
    readonly download: {
        (params: OperationTypes["downloadAttachment"]["params"], options?: OperationTypes["downloadAttachment"]["options"]): Promise<OperationTypes["downloadAttachment"]["data"]>;
        withResponse(params: OperationTypes["downloadAttachment"]["params"], options?: OperationTypes["downloadAttachment"]["options"]): Promise<{
            data: OperationTypes["downloadAttachment"]["data"];
            response: Response;
        }>;
        readonly operation: OperationInfo<DownloadAttachmentOperation>;
    };
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
        params: OperationTypes["streamProjectEvents"]["params"],
        options?: OperationTypes["streamProjectEvents"]["options"]
    ], OperationTypes["streamProjectEvents"]["event"]>;
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
    readonly get: {
        (options?: OperationTypes["getHealth"]["options"]): Promise<OperationTypes["getHealth"]["data"]>;
        withResponse(options?: OperationTypes["getHealth"]["options"]): Promise<{
            data: OperationTypes["getHealth"]["data"];
            response: Response;
        }>;
        readonly operation: OperationInfo<GetHealthOperation>;
    };
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
    readonly getReadiness: {
        (options?: OperationTypes["getReadiness"]["options"]): Promise<OperationTypes["getReadiness"]["data"]>;
        withResponse(options?: OperationTypes["getReadiness"]["options"]): Promise<{
            data: OperationTypes["getReadiness"]["data"];
            response: Response;
        }>;
        readonly operation: OperationInfo<GetReadinessOperation>;
    };
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
const operations: Record<keyof OperationTypes, OperationDescriptor> = {
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
};

/**
 * Creates an API client.
 *
 * @example
 * const api = createClient({ baseUrl: 'https://api.example.com' });
 */
export function createClient(options: ClientOptions): Api {
    const core = createCore<paths>(options);
    installRefresh<paths>(core, operations.refreshSession, "accessToken");
    return {
        raw: core.raw,
        session: createSession<paths>(core),
        auth: {
            login: bind<paths>(core, operations.login) as AuthApi["login"],
            logout: bind<paths>(core, operations.logout) as AuthApi["logout"],
            getCurrentUser: bind<paths>(core, operations.getCurrentUser) as AuthApi["getCurrentUser"],
            refreshSession: bind<paths>(core, operations.refreshSession) as AuthApi["refreshSession"],
            register: bind<paths>(core, operations.register) as AuthApi["register"]
        },
        projects: {
            list: bind<paths>(core, operations.listProjects) as ProjectsApi["list"],
            create: bind<paths>(core, operations.createProject) as ProjectsApi["create"],
            get: bind<paths>(core, operations.getProject) as ProjectsApi["get"],
            delete: bind<paths>(core, operations.deleteProject) as ProjectsApi["delete"],
            update: bind<paths>(core, operations.updateProject) as ProjectsApi["update"]
        },
        members: {
            list: bind<paths>(core, operations.listProjectMembers) as MembersApi["list"],
            add: bind<paths>(core, operations.addProjectMember) as MembersApi["add"],
            remove: bind<paths>(core, operations.removeProjectMember) as MembersApi["remove"]
        },
        tasks: {
            list: bind<paths>(core, operations.listTasks) as TasksApi["list"],
            create: bind<paths>(core, operations.createTask) as TasksApi["create"],
            get: bind<paths>(core, operations.getTask) as TasksApi["get"],
            delete: bind<paths>(core, operations.deleteTask) as TasksApi["delete"],
            update: bind<paths>(core, operations.updateTask) as TasksApi["update"]
        },
        comments: {
            list: bind<paths>(core, operations.listComments) as CommentsApi["list"],
            create: bind<paths>(core, operations.createComment) as CommentsApi["create"],
            get: bind<paths>(core, operations.getComment) as CommentsApi["get"]
        },
        activity: {
            list: bind<paths>(core, operations.listTaskActivity) as ActivityApi["list"]
        },
        attachments: {
            list: bind<paths>(core, operations.listAttachments) as AttachmentsApi["list"],
            upload: bind<paths>(core, operations.uploadAttachment) as AttachmentsApi["upload"],
            delete: bind<paths>(core, operations.deleteAttachment) as AttachmentsApi["delete"],
            download: bind<paths>(core, operations.downloadAttachment) as AttachmentsApi["download"]
        },
        events: {
            stream: bind<paths>(core, operations.streamProjectEvents) as EventsApi["stream"]
        },
        health: {
            get: bind<paths>(core, operations.getHealth) as HealthApi["get"],
            getReadiness: bind<paths>(core, operations.getReadiness) as HealthApi["getReadiness"]
        }
    };
}
