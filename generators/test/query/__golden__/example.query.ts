import type { QueryClient } from "@tanstack/query-core";

import type { Api } from "./sdk.js";

import type { OperationError } from "@specloom/sdk-runtime";

import type { paths } from "./types.js";

import { defineInfiniteQuery, defineMutation, defineQuery, type EventDataOf, infiniteOperationKey, type InfiniteOperationQueryKey, type MutationSettings, type OperationQueryKey, operationKey, rememberEtag, type StreamOpenOptions, type StreamToCacheOptions, streamToCache } from "./query-runtime.js";

type LoginOperation = paths["/auth/login"]["post"];

type LoginArgs = Parameters<Api["auth"]["login"]>;

/**
 * What `login` resolves to.
 */
export type LoginData = Awaited<ReturnType<Api["auth"]["login"]>>;

/**
 * The errors `login` can throw, narrowed by `status`.
 */
export type LoginError = OperationError<LoginOperation>;

/**
 * The variables of `login`: the SDK method's arguments by name.
 */
export type LoginVariables = {
    body: LoginArgs[0];
    options?: LoginArgs[1];
};

type LogoutOperation = paths["/auth/logout"]["post"];

type LogoutArgs = Parameters<Api["auth"]["logout"]>;

/**
 * What `logout` resolves to.
 */
export type LogoutData = Awaited<ReturnType<Api["auth"]["logout"]>>;

/**
 * The errors `logout` can throw, narrowed by `status`.
 */
export type LogoutError = OperationError<LogoutOperation>;

/**
 * The variables of `logout`: the SDK method's arguments by name.
 */
export type LogoutVariables = {
    options?: LogoutArgs[0];
};

type GetCurrentUserOperation = paths["/auth/me"]["get"];

type GetCurrentUserArgs = Parameters<Api["auth"]["getCurrentUser"]>;

/**
 * What `getCurrentUser` resolves to.
 */
export type GetCurrentUserData = Awaited<ReturnType<Api["auth"]["getCurrentUser"]>>;

/**
 * The errors `getCurrentUser` can throw, narrowed by `status`.
 */
export type GetCurrentUserError = OperationError<GetCurrentUserOperation>;

export type GetCurrentUserQueryKey = OperationQueryKey<"getCurrentUser", Record<never, never>, GetCurrentUserData, GetCurrentUserError>;

type RefreshSessionOperation = paths["/auth/refresh"]["post"];

type RefreshSessionArgs = Parameters<Api["auth"]["refreshSession"]>;

/**
 * What `refreshSession` resolves to.
 */
export type RefreshSessionData = Awaited<ReturnType<Api["auth"]["refreshSession"]>>;

/**
 * The errors `refreshSession` can throw, narrowed by `status`.
 */
export type RefreshSessionError = OperationError<RefreshSessionOperation>;

/**
 * The variables of `refreshSession`: the SDK method's arguments by name.
 */
export type RefreshSessionVariables = {
    options?: RefreshSessionArgs[0];
};

type RegisterOperation = paths["/auth/register"]["post"];

type RegisterArgs = Parameters<Api["auth"]["register"]>;

/**
 * What `register` resolves to.
 */
export type RegisterData = Awaited<ReturnType<Api["auth"]["register"]>>;

/**
 * The errors `register` can throw, narrowed by `status`.
 */
export type RegisterError = OperationError<RegisterOperation>;

/**
 * The variables of `register`: the SDK method's arguments by name.
 */
export type RegisterVariables = {
    body: RegisterArgs[0];
    options?: RegisterArgs[1];
};

type ListProjectsOperation = paths["/projects"]["get"];

type ListProjectsArgs = Parameters<Api["projects"]["list"]>;

/**
 * What `listProjects` resolves to.
 */
export type ListProjectsData = Awaited<ReturnType<Api["projects"]["list"]>>;

/**
 * The errors `listProjects` can throw, narrowed by `status`.
 */
export type ListProjectsError = OperationError<ListProjectsOperation>;

export type ListProjectsParams = NonNullable<ListProjectsArgs[0]>;

export type ListProjectsQueryKey = OperationQueryKey<"listProjects", ListProjectsParams, ListProjectsData, ListProjectsError>;

export type ListProjectsInfiniteQueryKey = InfiniteOperationQueryKey<"listProjects", Omit<ListProjectsParams, "cursor">, ListProjectsData, ListProjectsError>;

type CreateProjectOperation = paths["/projects"]["post"];

type CreateProjectArgs = Parameters<Api["projects"]["create"]>;

/**
 * What `createProject` resolves to.
 */
export type CreateProjectData = Awaited<ReturnType<Api["projects"]["create"]>>;

/**
 * The errors `createProject` can throw, narrowed by `status`.
 */
export type CreateProjectError = OperationError<CreateProjectOperation>;

/**
 * The variables of `createProject`: the SDK method's arguments by name.
 */
export type CreateProjectVariables = {
    body: CreateProjectArgs[0];
    options?: CreateProjectArgs[1];
};

type GetProjectOperation = paths["/projects/{projectId}"]["get"];

type GetProjectArgs = Parameters<Api["projects"]["get"]>;

/**
 * What `getProject` resolves to.
 */
export type GetProjectData = Awaited<ReturnType<Api["projects"]["get"]>>;

/**
 * The errors `getProject` can throw, narrowed by `status`.
 */
export type GetProjectError = OperationError<GetProjectOperation>;

export type GetProjectParams = NonNullable<GetProjectArgs[0]>;

export type GetProjectQueryKey = OperationQueryKey<"getProject", GetProjectParams, GetProjectData, GetProjectError>;

type DeleteProjectOperation = paths["/projects/{projectId}"]["delete"];

type DeleteProjectArgs = Parameters<Api["projects"]["delete"]>;

/**
 * What `deleteProject` resolves to.
 */
export type DeleteProjectData = Awaited<ReturnType<Api["projects"]["delete"]>>;

/**
 * The errors `deleteProject` can throw, narrowed by `status`.
 */
export type DeleteProjectError = OperationError<DeleteProjectOperation>;

export type DeleteProjectParams = NonNullable<DeleteProjectArgs[0]>;

/**
 * The variables of `deleteProject`: the SDK method's arguments by name.
 */
export type DeleteProjectVariables = {
    params: DeleteProjectArgs[0];
    options?: DeleteProjectArgs[1];
};

type UpdateProjectOperation = paths["/projects/{projectId}"]["patch"];

type UpdateProjectArgs = Parameters<Api["projects"]["update"]>;

/**
 * What `updateProject` resolves to.
 */
export type UpdateProjectData = Awaited<ReturnType<Api["projects"]["update"]>>;

/**
 * The errors `updateProject` can throw, narrowed by `status`.
 */
export type UpdateProjectError = OperationError<UpdateProjectOperation>;

export type UpdateProjectParams = NonNullable<UpdateProjectArgs[0]>;

/**
 * The variables of `updateProject`: the SDK method's arguments by name.
 */
export type UpdateProjectVariables = {
    params: UpdateProjectArgs[0];
    body: UpdateProjectArgs[1];
    options?: UpdateProjectArgs[2];
};

type ListProjectMembersOperation = paths["/projects/{projectId}/members"]["get"];

type ListProjectMembersArgs = Parameters<Api["members"]["list"]>;

/**
 * What `listProjectMembers` resolves to.
 */
export type ListProjectMembersData = Awaited<ReturnType<Api["members"]["list"]>>;

/**
 * The errors `listProjectMembers` can throw, narrowed by `status`.
 */
export type ListProjectMembersError = OperationError<ListProjectMembersOperation>;

export type ListProjectMembersParams = NonNullable<ListProjectMembersArgs[0]>;

export type ListProjectMembersQueryKey = OperationQueryKey<"listProjectMembers", ListProjectMembersParams, ListProjectMembersData, ListProjectMembersError>;

export type ListProjectMembersInfiniteQueryKey = InfiniteOperationQueryKey<"listProjectMembers", Omit<ListProjectMembersParams, "cursor">, ListProjectMembersData, ListProjectMembersError>;

type AddProjectMemberOperation = paths["/projects/{projectId}/members"]["post"];

type AddProjectMemberArgs = Parameters<Api["members"]["add"]>;

/**
 * What `addProjectMember` resolves to.
 */
export type AddProjectMemberData = Awaited<ReturnType<Api["members"]["add"]>>;

/**
 * The errors `addProjectMember` can throw, narrowed by `status`.
 */
export type AddProjectMemberError = OperationError<AddProjectMemberOperation>;

export type AddProjectMemberParams = NonNullable<AddProjectMemberArgs[0]>;

/**
 * The variables of `addProjectMember`: the SDK method's arguments by name.
 */
export type AddProjectMemberVariables = {
    params: AddProjectMemberArgs[0];
    body: AddProjectMemberArgs[1];
    options?: AddProjectMemberArgs[2];
};

type RemoveProjectMemberOperation = paths["/projects/{projectId}/members/{userId}"]["delete"];

type RemoveProjectMemberArgs = Parameters<Api["members"]["remove"]>;

/**
 * What `removeProjectMember` resolves to.
 */
export type RemoveProjectMemberData = Awaited<ReturnType<Api["members"]["remove"]>>;

/**
 * The errors `removeProjectMember` can throw, narrowed by `status`.
 */
export type RemoveProjectMemberError = OperationError<RemoveProjectMemberOperation>;

export type RemoveProjectMemberParams = NonNullable<RemoveProjectMemberArgs[0]>;

/**
 * The variables of `removeProjectMember`: the SDK method's arguments by name.
 */
export type RemoveProjectMemberVariables = {
    params: RemoveProjectMemberArgs[0];
    options?: RemoveProjectMemberArgs[1];
};

type ListTasksOperation = paths["/projects/{projectId}/tasks"]["get"];

type ListTasksArgs = Parameters<Api["tasks"]["list"]>;

/**
 * What `listTasks` resolves to.
 */
export type ListTasksData = Awaited<ReturnType<Api["tasks"]["list"]>>;

/**
 * The errors `listTasks` can throw, narrowed by `status`.
 */
export type ListTasksError = OperationError<ListTasksOperation>;

export type ListTasksParams = NonNullable<ListTasksArgs[0]>;

export type ListTasksQueryKey = OperationQueryKey<"listTasks", ListTasksParams, ListTasksData, ListTasksError>;

export type ListTasksInfiniteQueryKey = InfiniteOperationQueryKey<"listTasks", Omit<ListTasksParams, "cursor">, ListTasksData, ListTasksError>;

type CreateTaskOperation = paths["/projects/{projectId}/tasks"]["post"];

type CreateTaskArgs = Parameters<Api["tasks"]["create"]>;

/**
 * What `createTask` resolves to.
 */
export type CreateTaskData = Awaited<ReturnType<Api["tasks"]["create"]>>;

/**
 * The errors `createTask` can throw, narrowed by `status`.
 */
export type CreateTaskError = OperationError<CreateTaskOperation>;

export type CreateTaskParams = NonNullable<CreateTaskArgs[0]>;

/**
 * The variables of `createTask`: the SDK method's arguments by name.
 */
export type CreateTaskVariables = {
    params: CreateTaskArgs[0];
    body: CreateTaskArgs[1];
    options?: CreateTaskArgs[2];
};

type GetTaskOperation = paths["/projects/{projectId}/tasks/{taskId}"]["get"];

type GetTaskArgs = Parameters<Api["tasks"]["get"]>;

/**
 * What `getTask` resolves to.
 */
export type GetTaskData = Awaited<ReturnType<Api["tasks"]["get"]>>;

/**
 * The errors `getTask` can throw, narrowed by `status`.
 */
export type GetTaskError = OperationError<GetTaskOperation>;

export type GetTaskParams = NonNullable<GetTaskArgs[0]>;

export type GetTaskQueryKey = OperationQueryKey<"getTask", GetTaskParams, GetTaskData, GetTaskError>;

type DeleteTaskOperation = paths["/projects/{projectId}/tasks/{taskId}"]["delete"];

type DeleteTaskArgs = Parameters<Api["tasks"]["delete"]>;

/**
 * What `deleteTask` resolves to.
 */
export type DeleteTaskData = Awaited<ReturnType<Api["tasks"]["delete"]>>;

/**
 * The errors `deleteTask` can throw, narrowed by `status`.
 */
export type DeleteTaskError = OperationError<DeleteTaskOperation>;

export type DeleteTaskParams = NonNullable<DeleteTaskArgs[0]>;

/**
 * The variables of `deleteTask`: the SDK method's arguments by name.
 */
export type DeleteTaskVariables = {
    params: DeleteTaskArgs[0];
    options?: DeleteTaskArgs[1];
};

type UpdateTaskOperation = paths["/projects/{projectId}/tasks/{taskId}"]["patch"];

type UpdateTaskArgs = Parameters<Api["tasks"]["update"]>;

/**
 * What `updateTask` resolves to.
 */
export type UpdateTaskData = Awaited<ReturnType<Api["tasks"]["update"]>>;

/**
 * The errors `updateTask` can throw, narrowed by `status`.
 */
export type UpdateTaskError = OperationError<UpdateTaskOperation>;

export type UpdateTaskParams = NonNullable<UpdateTaskArgs[0]>;

/**
 * The variables of `updateTask`: the SDK method's arguments by name.
 */
export type UpdateTaskVariables = {
    params: UpdateTaskArgs[0];
    body: UpdateTaskArgs[1];
    options?: UpdateTaskArgs[2];
};

type ListCommentsOperation = paths["/projects/{projectId}/tasks/{taskId}/comments"]["get"];

type ListCommentsArgs = Parameters<Api["comments"]["list"]>;

/**
 * What `listComments` resolves to.
 */
export type ListCommentsData = Awaited<ReturnType<Api["comments"]["list"]>>;

/**
 * The errors `listComments` can throw, narrowed by `status`.
 */
export type ListCommentsError = OperationError<ListCommentsOperation>;

export type ListCommentsParams = NonNullable<ListCommentsArgs[0]>;

export type ListCommentsQueryKey = OperationQueryKey<"listComments", ListCommentsParams, ListCommentsData, ListCommentsError>;

export type ListCommentsInfiniteQueryKey = InfiniteOperationQueryKey<"listComments", Omit<ListCommentsParams, "cursor">, ListCommentsData, ListCommentsError>;

type CreateCommentOperation = paths["/projects/{projectId}/tasks/{taskId}/comments"]["post"];

type CreateCommentArgs = Parameters<Api["comments"]["create"]>;

/**
 * What `createComment` resolves to.
 */
export type CreateCommentData = Awaited<ReturnType<Api["comments"]["create"]>>;

/**
 * The errors `createComment` can throw, narrowed by `status`.
 */
export type CreateCommentError = OperationError<CreateCommentOperation>;

export type CreateCommentParams = NonNullable<CreateCommentArgs[0]>;

/**
 * The variables of `createComment`: the SDK method's arguments by name.
 */
export type CreateCommentVariables = {
    params: CreateCommentArgs[0];
    body: CreateCommentArgs[1];
    options?: CreateCommentArgs[2];
};

type GetCommentOperation = paths["/projects/{projectId}/tasks/{taskId}/comments/{commentId}"]["get"];

type GetCommentArgs = Parameters<Api["comments"]["get"]>;

/**
 * What `getComment` resolves to.
 */
export type GetCommentData = Awaited<ReturnType<Api["comments"]["get"]>>;

/**
 * The errors `getComment` can throw, narrowed by `status`.
 */
export type GetCommentError = OperationError<GetCommentOperation>;

export type GetCommentParams = NonNullable<GetCommentArgs[0]>;

export type GetCommentQueryKey = OperationQueryKey<"getComment", GetCommentParams, GetCommentData, GetCommentError>;

type ListTaskActivityOperation = paths["/projects/{projectId}/tasks/{taskId}/activity"]["get"];

type ListTaskActivityArgs = Parameters<Api["activity"]["list"]>;

/**
 * What `listTaskActivity` resolves to.
 */
export type ListTaskActivityData = Awaited<ReturnType<Api["activity"]["list"]>>;

/**
 * The errors `listTaskActivity` can throw, narrowed by `status`.
 */
export type ListTaskActivityError = OperationError<ListTaskActivityOperation>;

export type ListTaskActivityParams = NonNullable<ListTaskActivityArgs[0]>;

export type ListTaskActivityQueryKey = OperationQueryKey<"listTaskActivity", ListTaskActivityParams, ListTaskActivityData, ListTaskActivityError>;

export type ListTaskActivityInfiniteQueryKey = InfiniteOperationQueryKey<"listTaskActivity", Omit<ListTaskActivityParams, "cursor">, ListTaskActivityData, ListTaskActivityError>;

type ListAttachmentsOperation = paths["/projects/{projectId}/tasks/{taskId}/attachments"]["get"];

type ListAttachmentsArgs = Parameters<Api["attachments"]["list"]>;

/**
 * What `listAttachments` resolves to.
 */
export type ListAttachmentsData = Awaited<ReturnType<Api["attachments"]["list"]>>;

/**
 * The errors `listAttachments` can throw, narrowed by `status`.
 */
export type ListAttachmentsError = OperationError<ListAttachmentsOperation>;

export type ListAttachmentsParams = NonNullable<ListAttachmentsArgs[0]>;

export type ListAttachmentsQueryKey = OperationQueryKey<"listAttachments", ListAttachmentsParams, ListAttachmentsData, ListAttachmentsError>;

export type ListAttachmentsInfiniteQueryKey = InfiniteOperationQueryKey<"listAttachments", Omit<ListAttachmentsParams, "cursor">, ListAttachmentsData, ListAttachmentsError>;

type UploadAttachmentOperation = paths["/projects/{projectId}/tasks/{taskId}/attachments"]["post"];

type UploadAttachmentArgs = Parameters<Api["attachments"]["upload"]>;

/**
 * What `uploadAttachment` resolves to.
 */
export type UploadAttachmentData = Awaited<ReturnType<Api["attachments"]["upload"]>>;

/**
 * The errors `uploadAttachment` can throw, narrowed by `status`.
 */
export type UploadAttachmentError = OperationError<UploadAttachmentOperation>;

export type UploadAttachmentParams = NonNullable<UploadAttachmentArgs[0]>;

/**
 * The variables of `uploadAttachment`: the SDK method's arguments by name.
 */
export type UploadAttachmentVariables = {
    params: UploadAttachmentArgs[0];
    body: UploadAttachmentArgs[1];
    options?: UploadAttachmentArgs[2];
};

type DeleteAttachmentOperation = paths["/projects/{projectId}/tasks/{taskId}/attachments/{attachmentId}"]["delete"];

type DeleteAttachmentArgs = Parameters<Api["attachments"]["delete"]>;

/**
 * What `deleteAttachment` resolves to.
 */
export type DeleteAttachmentData = Awaited<ReturnType<Api["attachments"]["delete"]>>;

/**
 * The errors `deleteAttachment` can throw, narrowed by `status`.
 */
export type DeleteAttachmentError = OperationError<DeleteAttachmentOperation>;

export type DeleteAttachmentParams = NonNullable<DeleteAttachmentArgs[0]>;

/**
 * The variables of `deleteAttachment`: the SDK method's arguments by name.
 */
export type DeleteAttachmentVariables = {
    params: DeleteAttachmentArgs[0];
    options?: DeleteAttachmentArgs[1];
};

type DownloadAttachmentOperation = paths["/projects/{projectId}/tasks/{taskId}/attachments/{attachmentId}/content"]["get"];

type DownloadAttachmentArgs = Parameters<Api["attachments"]["download"]>;

/**
 * What `downloadAttachment` resolves to.
 */
export type DownloadAttachmentData = Awaited<ReturnType<Api["attachments"]["download"]>>;

/**
 * The errors `downloadAttachment` can throw, narrowed by `status`.
 */
export type DownloadAttachmentError = OperationError<DownloadAttachmentOperation>;

export type DownloadAttachmentParams = NonNullable<DownloadAttachmentArgs[0]>;

export type DownloadAttachmentQueryKey = OperationQueryKey<"downloadAttachment", DownloadAttachmentParams, DownloadAttachmentData, DownloadAttachmentError>;

type StreamProjectEventsOperation = paths["/projects/{projectId}/events"]["get"];

type StreamProjectEventsArgs = Parameters<Api["events"]["stream"]>;

/**
 * The data of one event of `streamProjectEvents`.
 */
export type StreamProjectEventsEvent = EventDataOf<ReturnType<Api["events"]["stream"]>>;

type GetHealthOperation = paths["/health"]["get"];

type GetHealthArgs = Parameters<Api["health"]["get"]>;

/**
 * What `getHealth` resolves to.
 */
export type GetHealthData = Awaited<ReturnType<Api["health"]["get"]>>;

/**
 * The errors `getHealth` can throw, narrowed by `status`.
 */
export type GetHealthError = OperationError<GetHealthOperation>;

export type GetHealthQueryKey = OperationQueryKey<"getHealth", Record<never, never>, GetHealthData, GetHealthError>;

type GetReadinessOperation = paths["/ready"]["get"];

type GetReadinessArgs = Parameters<Api["health"]["getReadiness"]>;

/**
 * What `getReadiness` resolves to.
 */
export type GetReadinessData = Awaited<ReturnType<Api["health"]["getReadiness"]>>;

/**
 * The errors `getReadiness` can throw, narrowed by `status`.
 */
export type GetReadinessError = OperationError<GetReadinessOperation>;

export type GetReadinessQueryKey = OperationQueryKey<"getReadiness", Record<never, never>, GetReadinessData, GetReadinessError>;

/**
 * Query keys by operation id: `[operationId, params]`, tagged with the data and error types, so
 * `queryClient.setQueryData(queryKeys.getTask(params), value)` only accepts a task. Keys match by
 * prefix: `[operationId, { projectId }]` covers every query of that operation for the project.
 */
export const queryKeys = {
    getCurrentUser: () => operationKey<GetCurrentUserQueryKey>("getCurrentUser", {}),
    listProjects: (params: ListProjectsParams = {}) => operationKey<ListProjectsQueryKey>("listProjects", params),
    listProjectsInfinite: (params: Omit<ListProjectsParams, "cursor"> = {}) => infiniteOperationKey<ListProjectsInfiniteQueryKey>("listProjects", params),
    getProject: (params: GetProjectParams) => operationKey<GetProjectQueryKey>("getProject", params),
    listProjectMembers: (params: ListProjectMembersParams) => operationKey<ListProjectMembersQueryKey>("listProjectMembers", params),
    listProjectMembersInfinite: (params: Omit<ListProjectMembersParams, "cursor">) => infiniteOperationKey<ListProjectMembersInfiniteQueryKey>("listProjectMembers", params),
    listTasks: (params: ListTasksParams) => operationKey<ListTasksQueryKey>("listTasks", params),
    listTasksInfinite: (params: Omit<ListTasksParams, "cursor">) => infiniteOperationKey<ListTasksInfiniteQueryKey>("listTasks", params),
    getTask: (params: GetTaskParams) => operationKey<GetTaskQueryKey>("getTask", params),
    listComments: (params: ListCommentsParams) => operationKey<ListCommentsQueryKey>("listComments", params),
    listCommentsInfinite: (params: Omit<ListCommentsParams, "cursor">) => infiniteOperationKey<ListCommentsInfiniteQueryKey>("listComments", params),
    getComment: (params: GetCommentParams) => operationKey<GetCommentQueryKey>("getComment", params),
    listTaskActivity: (params: ListTaskActivityParams) => operationKey<ListTaskActivityQueryKey>("listTaskActivity", params),
    listTaskActivityInfinite: (params: Omit<ListTaskActivityParams, "cursor">) => infiniteOperationKey<ListTaskActivityInfiniteQueryKey>("listTaskActivity", params),
    listAttachments: (params: ListAttachmentsParams) => operationKey<ListAttachmentsQueryKey>("listAttachments", params),
    listAttachmentsInfinite: (params: Omit<ListAttachmentsParams, "cursor">) => infiniteOperationKey<ListAttachmentsInfiniteQueryKey>("listAttachments", params),
    downloadAttachment: (params: DownloadAttachmentParams) => operationKey<DownloadAttachmentQueryKey>("downloadAttachment", params),
    getHealth: () => operationKey<GetHealthQueryKey>("getHealth", {}),
    getReadiness: () => operationKey<GetReadinessQueryKey>("getReadiness", {})
};

/**
 * TanStack Query options for every operation of an SDK client, grouped as the client groups its methods:
 * `useQuery(queries.tasks.list({ projectId }))`, `useMutation(queries.tasks.create())`.
 * Queries and mutations never retry: the SDK already retries transient failures.
 */
export function createQueries(api: Api) {
    return {
        auth: {
            /**
             * Mutation options for `POST /auth/login`; on success it invalidates `getCurrentUser`.
             */
            login: (settings?: MutationSettings<LoginData, LoginVariables>) => defineMutation<LoginData, LoginError, LoginVariables>("login", (variables: LoginVariables) => api.auth.login(variables.body, variables.options), {
                invalidates: [{
                        id: "getCurrentUser",
                        params: []
                    }]
            }, settings),
            /**
             * Mutation options for `POST /auth/logout`; on success it invalidates `getCurrentUser`.
             */
            logout: (settings?: MutationSettings<LogoutData, LogoutVariables>) => defineMutation<LogoutData, LogoutError, LogoutVariables>("logout", (variables: LogoutVariables) => api.auth.logout(variables.options), {
                invalidates: [{
                        id: "getCurrentUser",
                        params: []
                    }]
            }, settings),
            /**
             * Query options for `GET /auth/me`.
             */
            getCurrentUser: (options?: GetCurrentUserArgs[0]) => defineQuery<GetCurrentUserData, GetCurrentUserError, GetCurrentUserQueryKey>(queryKeys.getCurrentUser(), (signal: AbortSignal) => api.auth.getCurrentUser({ ...options, signal })),
            /**
             * Mutation options for `POST /auth/refresh`; on success it invalidates `getCurrentUser`.
             */
            refreshSession: (settings?: MutationSettings<RefreshSessionData, RefreshSessionVariables>) => defineMutation<RefreshSessionData, RefreshSessionError, RefreshSessionVariables>("refreshSession", (variables: RefreshSessionVariables) => api.auth.refreshSession(variables.options), {
                invalidates: [{
                        id: "getCurrentUser",
                        params: []
                    }]
            }, settings),
            /**
             * Mutation options for `POST /auth/register`; on success it invalidates `getCurrentUser`.
             */
            register: (settings?: MutationSettings<RegisterData, RegisterVariables>) => defineMutation<RegisterData, RegisterError, RegisterVariables>("register", (variables: RegisterVariables) => api.auth.register(variables.body, variables.options), {
                invalidates: [{
                        id: "getCurrentUser",
                        params: []
                    }]
            }, settings)
        },
        projects: {
            /**
             * Query options for `GET /projects`.
             */
            list: (params: ListProjectsParams = {}, options?: ListProjectsArgs[1]) => defineQuery<ListProjectsData, ListProjectsError, ListProjectsQueryKey>(queryKeys.listProjects(params), (signal: AbortSignal) => api.projects.list(params, { ...options, signal })),
            /**
             * Infinite-query options for `listProjects`, following `nextCursor`.
             */
            listInfinite: (params: Omit<ListProjectsParams, "cursor"> = {}, options?: ListProjectsArgs[1]) => defineInfiniteQuery<ListProjectsData, ListProjectsError, ListProjectsInfiniteQueryKey>(queryKeys.listProjectsInfinite(params), (cursor: string | undefined, signal: AbortSignal) => api.projects.list({ ...params, cursor: cursor }, { ...options, signal }), "nextCursor"),
            /**
             * Mutation options for `POST /projects`; on success it invalidates `listProjects`, `getProject`.
             */
            create: (settings?: MutationSettings<CreateProjectData, CreateProjectVariables>) => defineMutation<CreateProjectData, CreateProjectError, CreateProjectVariables>("createProject", (variables: CreateProjectVariables) => api.projects.create(variables.body, variables.options), {
                invalidates: [{
                        id: "listProjects",
                        params: []
                    }, {
                        id: "getProject",
                        params: []
                    }]
            }, settings),
            /**
             * Query options for `GET /projects/{projectId}`.
             */
            get: (params: GetProjectParams, options?: GetProjectArgs[1]) => defineQuery<GetProjectData, GetProjectError, GetProjectQueryKey>(queryKeys.getProject(params), (signal: AbortSignal) => api.projects.get(params, { ...options, signal })),
            /**
             * Mutation options for `DELETE /projects/{projectId}`; on success it invalidates `listProjects`, `getProject`, `listProjectMembers`, `listTasks`, `getTask`, `listComments`, `getComment`, `listTaskActivity`, `listAttachments`, `downloadAttachment`.
             */
            delete: (settings?: MutationSettings<DeleteProjectData, DeleteProjectVariables>) => defineMutation<DeleteProjectData, DeleteProjectError, DeleteProjectVariables>("deleteProject", (variables: DeleteProjectVariables) => api.projects.delete(variables.params, variables.options), {
                invalidates: [{
                        id: "listProjects",
                        params: []
                    }, {
                        id: "getProject",
                        params: ["projectId"]
                    }, {
                        id: "listProjectMembers",
                        params: ["projectId"]
                    }, {
                        id: "listTasks",
                        params: ["projectId"]
                    }, {
                        id: "getTask",
                        params: ["projectId"]
                    }, {
                        id: "listComments",
                        params: ["projectId"]
                    }, {
                        id: "getComment",
                        params: ["projectId"]
                    }, {
                        id: "listTaskActivity",
                        params: ["projectId"]
                    }, {
                        id: "listAttachments",
                        params: ["projectId"]
                    }, {
                        id: "downloadAttachment",
                        params: ["projectId"]
                    }]
            }, settings),
            /**
             * Mutation options for `PATCH /projects/{projectId}`; on success it invalidates `listProjects`, `getProject`, `listProjectMembers`, `listTasks`, `getTask`, `listComments`, `getComment`, `listTaskActivity`, `listAttachments`, `downloadAttachment`.
             * Pass `{ optimistic: true }` to update the cached resource and its lists before the answer.
             */
            update: (settings?: MutationSettings<UpdateProjectData, UpdateProjectVariables>) => defineMutation<UpdateProjectData, UpdateProjectError, UpdateProjectVariables>("updateProject", (variables: UpdateProjectVariables) => api.projects.update(variables.params, variables.body, variables.options), {
                invalidates: [{
                        id: "listProjects",
                        params: []
                    }, {
                        id: "getProject",
                        params: ["projectId"]
                    }, {
                        id: "listProjectMembers",
                        params: ["projectId"]
                    }, {
                        id: "listTasks",
                        params: ["projectId"]
                    }, {
                        id: "getTask",
                        params: ["projectId"]
                    }, {
                        id: "listComments",
                        params: ["projectId"]
                    }, {
                        id: "getComment",
                        params: ["projectId"]
                    }, {
                        id: "listTaskActivity",
                        params: ["projectId"]
                    }, {
                        id: "listAttachments",
                        params: ["projectId"]
                    }, {
                        id: "downloadAttachment",
                        params: ["projectId"]
                    }],
                optimistic: {
                    item: "getProject",
                    itemParams: ["projectId"],
                    lists: [{
                            id: "listProjects",
                            params: [],
                            itemsField: "items"
                        }],
                    idParam: "projectId",
                    idField: "id"
                }
            }, settings)
        },
        members: {
            /**
             * Query options for `GET /projects/{projectId}/members`.
             */
            list: (params: ListProjectMembersParams, options?: ListProjectMembersArgs[1]) => defineQuery<ListProjectMembersData, ListProjectMembersError, ListProjectMembersQueryKey>(queryKeys.listProjectMembers(params), (signal: AbortSignal) => api.members.list(params, { ...options, signal })),
            /**
             * Infinite-query options for `listProjectMembers`, following `nextCursor`.
             */
            listInfinite: (params: Omit<ListProjectMembersParams, "cursor">, options?: ListProjectMembersArgs[1]) => defineInfiniteQuery<ListProjectMembersData, ListProjectMembersError, ListProjectMembersInfiniteQueryKey>(queryKeys.listProjectMembersInfinite(params), (cursor: string | undefined, signal: AbortSignal) => api.members.list({ ...params, cursor: cursor }, { ...options, signal }), "nextCursor"),
            /**
             * Mutation options for `POST /projects/{projectId}/members`; on success it invalidates `getProject`, `listProjectMembers`.
             */
            add: (settings?: MutationSettings<AddProjectMemberData, AddProjectMemberVariables>) => defineMutation<AddProjectMemberData, AddProjectMemberError, AddProjectMemberVariables>("addProjectMember", (variables: AddProjectMemberVariables) => api.members.add(variables.params, variables.body, variables.options), {
                invalidates: [{
                        id: "getProject",
                        params: ["projectId"]
                    }, {
                        id: "listProjectMembers",
                        params: ["projectId"]
                    }]
            }, settings),
            /**
             * Mutation options for `DELETE /projects/{projectId}/members/{userId}`; on success it invalidates `listProjectMembers`.
             */
            remove: (settings?: MutationSettings<RemoveProjectMemberData, RemoveProjectMemberVariables>) => defineMutation<RemoveProjectMemberData, RemoveProjectMemberError, RemoveProjectMemberVariables>("removeProjectMember", (variables: RemoveProjectMemberVariables) => api.members.remove(variables.params, variables.options), {
                invalidates: [{
                        id: "listProjectMembers",
                        params: ["projectId"]
                    }]
            }, settings)
        },
        tasks: {
            /**
             * Query options for `GET /projects/{projectId}/tasks`.
             */
            list: (params: ListTasksParams, options?: ListTasksArgs[1]) => defineQuery<ListTasksData, ListTasksError, ListTasksQueryKey>(queryKeys.listTasks(params), (signal: AbortSignal) => api.tasks.list(params, { ...options, signal })),
            /**
             * Infinite-query options for `listTasks`, following `nextCursor`.
             */
            listInfinite: (params: Omit<ListTasksParams, "cursor">, options?: ListTasksArgs[1]) => defineInfiniteQuery<ListTasksData, ListTasksError, ListTasksInfiniteQueryKey>(queryKeys.listTasksInfinite(params), (cursor: string | undefined, signal: AbortSignal) => api.tasks.list({ ...params, cursor: cursor }, { ...options, signal }), "nextCursor"),
            /**
             * Mutation options for `POST /projects/{projectId}/tasks`; on success it invalidates `getProject`, `listTasks`, `getTask`.
             */
            create: (settings?: MutationSettings<CreateTaskData, CreateTaskVariables>) => defineMutation<CreateTaskData, CreateTaskError, CreateTaskVariables>("createTask", (variables: CreateTaskVariables) => api.tasks.create.withResponse(variables.params, variables.body, variables.options).then(rememberEtag), {
                invalidates: [{
                        id: "getProject",
                        params: ["projectId"]
                    }, {
                        id: "listTasks",
                        params: ["projectId"]
                    }, {
                        id: "getTask",
                        params: ["projectId"]
                    }]
            }, settings),
            /**
             * Query options for `GET /projects/{projectId}/tasks/{taskId}`.
             */
            get: (params: GetTaskParams, options?: GetTaskArgs[1]) => defineQuery<GetTaskData, GetTaskError, GetTaskQueryKey>(queryKeys.getTask(params), (signal: AbortSignal) => api.tasks.get.withResponse(params, { ...options, signal }).then(rememberEtag)),
            /**
             * Mutation options for `DELETE /projects/{projectId}/tasks/{taskId}`; on success it invalidates `listTasks`, `getTask`, `listComments`, `getComment`, `listTaskActivity`, `listAttachments`, `downloadAttachment`.
             */
            delete: (settings?: MutationSettings<DeleteTaskData, DeleteTaskVariables>) => defineMutation<DeleteTaskData, DeleteTaskError, DeleteTaskVariables>("deleteTask", (variables: DeleteTaskVariables) => api.tasks.delete(variables.params, variables.options), {
                invalidates: [{
                        id: "listTasks",
                        params: ["projectId"]
                    }, {
                        id: "getTask",
                        params: ["projectId", "taskId"]
                    }, {
                        id: "listComments",
                        params: ["projectId", "taskId"]
                    }, {
                        id: "getComment",
                        params: ["projectId", "taskId"]
                    }, {
                        id: "listTaskActivity",
                        params: ["projectId", "taskId"]
                    }, {
                        id: "listAttachments",
                        params: ["projectId", "taskId"]
                    }, {
                        id: "downloadAttachment",
                        params: ["projectId", "taskId"]
                    }]
            }, settings),
            /**
             * Mutation options for `PATCH /projects/{projectId}/tasks/{taskId}`; on success it invalidates `listTasks`, `getTask`, `listComments`, `getComment`, `listTaskActivity`, `listAttachments`, `downloadAttachment`.
             * Pass `{ optimistic: true }` to update the cached resource and its lists before the answer.
             */
            update: (settings?: MutationSettings<UpdateTaskData, UpdateTaskVariables>) => defineMutation<UpdateTaskData, UpdateTaskError, UpdateTaskVariables>("updateTask", (variables: UpdateTaskVariables) => api.tasks.update.withResponse(variables.params, variables.body, variables.options).then(rememberEtag), {
                invalidates: [{
                        id: "listTasks",
                        params: ["projectId"]
                    }, {
                        id: "getTask",
                        params: ["projectId", "taskId"]
                    }, {
                        id: "listComments",
                        params: ["projectId", "taskId"]
                    }, {
                        id: "getComment",
                        params: ["projectId", "taskId"]
                    }, {
                        id: "listTaskActivity",
                        params: ["projectId", "taskId"]
                    }, {
                        id: "listAttachments",
                        params: ["projectId", "taskId"]
                    }, {
                        id: "downloadAttachment",
                        params: ["projectId", "taskId"]
                    }],
                optimistic: {
                    item: "getTask",
                    itemParams: ["projectId", "taskId"],
                    lists: [{
                            id: "listTasks",
                            params: ["projectId"],
                            itemsField: "items"
                        }],
                    idParam: "taskId",
                    idField: "id"
                },
                ifMatchOption: "ifMatch"
            }, settings)
        },
        comments: {
            /**
             * Query options for `GET /projects/{projectId}/tasks/{taskId}/comments`.
             */
            list: (params: ListCommentsParams, options?: ListCommentsArgs[1]) => defineQuery<ListCommentsData, ListCommentsError, ListCommentsQueryKey>(queryKeys.listComments(params), (signal: AbortSignal) => api.comments.list(params, { ...options, signal })),
            /**
             * Infinite-query options for `listComments`, following `nextCursor`.
             */
            listInfinite: (params: Omit<ListCommentsParams, "cursor">, options?: ListCommentsArgs[1]) => defineInfiniteQuery<ListCommentsData, ListCommentsError, ListCommentsInfiniteQueryKey>(queryKeys.listCommentsInfinite(params), (cursor: string | undefined, signal: AbortSignal) => api.comments.list({ ...params, cursor: cursor }, { ...options, signal }), "nextCursor"),
            /**
             * Mutation options for `POST /projects/{projectId}/tasks/{taskId}/comments`; on success it invalidates `getTask`, `listComments`, `getComment`.
             */
            create: (settings?: MutationSettings<CreateCommentData, CreateCommentVariables>) => defineMutation<CreateCommentData, CreateCommentError, CreateCommentVariables>("createComment", (variables: CreateCommentVariables) => api.comments.create(variables.params, variables.body, variables.options), {
                invalidates: [{
                        id: "getTask",
                        params: ["projectId", "taskId"]
                    }, {
                        id: "listComments",
                        params: ["projectId", "taskId"]
                    }, {
                        id: "getComment",
                        params: ["projectId", "taskId"]
                    }]
            }, settings),
            /**
             * Query options for `GET /projects/{projectId}/tasks/{taskId}/comments/{commentId}`.
             */
            get: (params: GetCommentParams, options?: GetCommentArgs[1]) => defineQuery<GetCommentData, GetCommentError, GetCommentQueryKey>(queryKeys.getComment(params), (signal: AbortSignal) => api.comments.get(params, { ...options, signal }))
        },
        activity: {
            /**
             * Query options for `GET /projects/{projectId}/tasks/{taskId}/activity`.
             */
            list: (params: ListTaskActivityParams, options?: ListTaskActivityArgs[1]) => defineQuery<ListTaskActivityData, ListTaskActivityError, ListTaskActivityQueryKey>(queryKeys.listTaskActivity(params), (signal: AbortSignal) => api.activity.list(params, { ...options, signal })),
            /**
             * Infinite-query options for `listTaskActivity`, following `nextCursor`.
             */
            listInfinite: (params: Omit<ListTaskActivityParams, "cursor">, options?: ListTaskActivityArgs[1]) => defineInfiniteQuery<ListTaskActivityData, ListTaskActivityError, ListTaskActivityInfiniteQueryKey>(queryKeys.listTaskActivityInfinite(params), (cursor: string | undefined, signal: AbortSignal) => api.activity.list({ ...params, cursor: cursor }, { ...options, signal }), "nextCursor")
        },
        attachments: {
            /**
             * Query options for `GET /projects/{projectId}/tasks/{taskId}/attachments`.
             */
            list: (params: ListAttachmentsParams, options?: ListAttachmentsArgs[1]) => defineQuery<ListAttachmentsData, ListAttachmentsError, ListAttachmentsQueryKey>(queryKeys.listAttachments(params), (signal: AbortSignal) => api.attachments.list(params, { ...options, signal })),
            /**
             * Infinite-query options for `listAttachments`, following `nextCursor`.
             */
            listInfinite: (params: Omit<ListAttachmentsParams, "cursor">, options?: ListAttachmentsArgs[1]) => defineInfiniteQuery<ListAttachmentsData, ListAttachmentsError, ListAttachmentsInfiniteQueryKey>(queryKeys.listAttachmentsInfinite(params), (cursor: string | undefined, signal: AbortSignal) => api.attachments.list({ ...params, cursor: cursor }, { ...options, signal }), "nextCursor"),
            /**
             * Mutation options for `POST /projects/{projectId}/tasks/{taskId}/attachments`; on success it invalidates `getTask`, `listAttachments`, `downloadAttachment`.
             */
            upload: (settings?: MutationSettings<UploadAttachmentData, UploadAttachmentVariables>) => defineMutation<UploadAttachmentData, UploadAttachmentError, UploadAttachmentVariables>("uploadAttachment", (variables: UploadAttachmentVariables) => api.attachments.upload(variables.params, variables.body, variables.options), {
                invalidates: [{
                        id: "getTask",
                        params: ["projectId", "taskId"]
                    }, {
                        id: "listAttachments",
                        params: ["projectId", "taskId"]
                    }, {
                        id: "downloadAttachment",
                        params: ["projectId", "taskId"]
                    }]
            }, settings),
            /**
             * Mutation options for `DELETE /projects/{projectId}/tasks/{taskId}/attachments/{attachmentId}`; on success it invalidates `listAttachments`, `downloadAttachment`.
             */
            delete: (settings?: MutationSettings<DeleteAttachmentData, DeleteAttachmentVariables>) => defineMutation<DeleteAttachmentData, DeleteAttachmentError, DeleteAttachmentVariables>("deleteAttachment", (variables: DeleteAttachmentVariables) => api.attachments.delete(variables.params, variables.options), {
                invalidates: [{
                        id: "listAttachments",
                        params: ["projectId", "taskId"]
                    }, {
                        id: "downloadAttachment",
                        params: ["projectId", "taskId", "attachmentId"]
                    }]
            }, settings),
            /**
             * Query options for `GET /projects/{projectId}/tasks/{taskId}/attachments/{attachmentId}/content`.
             */
            download: (params: DownloadAttachmentParams, options?: DownloadAttachmentArgs[1]) => defineQuery<DownloadAttachmentData, DownloadAttachmentError, DownloadAttachmentQueryKey>(queryKeys.downloadAttachment(params), (signal: AbortSignal) => api.attachments.download(params, { ...options, signal }))
        },
        events: {
            /**
             * Keeps the cache in step with `streamProjectEvents`: each event invalidates the queries it concerns.
             * Returns a function that closes the stream.
             */
            stream: (client: QueryClient, params: StreamProjectEventsArgs[0], options?: StreamToCacheOptions<StreamProjectEventsEvent>) => streamToCache(client, ({ signal, onStateChange }: StreamOpenOptions) => api.events.stream(params, { signal, onStateChange }), {
                queries: [{
                        id: "getProject",
                        pathParams: ["projectId"]
                    }, {
                        id: "listProjectMembers",
                        pathParams: ["projectId"]
                    }, {
                        id: "listTasks",
                        pathParams: ["projectId"]
                    }, {
                        id: "getTask",
                        pathParams: ["projectId", "taskId"]
                    }, {
                        id: "listComments",
                        pathParams: ["projectId", "taskId"]
                    }, {
                        id: "getComment",
                        pathParams: ["projectId", "taskId", "commentId"]
                    }, {
                        id: "listTaskActivity",
                        pathParams: ["projectId", "taskId"]
                    }, {
                        id: "listAttachments",
                        pathParams: ["projectId", "taskId"]
                    }, {
                        id: "downloadAttachment",
                        pathParams: ["projectId", "taskId", "attachmentId"]
                    }]
            }, params, options)
        },
        health: {
            /**
             * Query options for `GET /health`.
             */
            get: (options?: GetHealthArgs[0]) => defineQuery<GetHealthData, GetHealthError, GetHealthQueryKey>(queryKeys.getHealth(), (signal: AbortSignal) => api.health.get({ ...options, signal })),
            /**
             * Query options for `GET /ready`.
             */
            getReadiness: (options?: GetReadinessArgs[0]) => defineQuery<GetReadinessData, GetReadinessError, GetReadinessQueryKey>(queryKeys.getReadiness(), (signal: AbortSignal) => api.health.getReadiness({ ...options, signal }))
        }
    };
}

/**
 * The query options of one client.
 */
export type Queries = ReturnType<typeof createQueries>;
