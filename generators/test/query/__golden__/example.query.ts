import type { QueryClient } from "@tanstack/query-core";

import type { Api, OperationTypes } from "./sdk.js";

import { defineInfiniteQuery, defineMutation, defineQuery, infiniteOperationKey, type InfiniteOperationQueryKey, type MutationSettings, type OperationQueryKey, operationKey, rememberEtag, type StreamOpenOptions, type StreamToCacheOptions, streamToCache } from "./query-runtime.js";

/**
 * What `login` resolves to.
 */
export type LoginData = OperationTypes["login"]["data"];

/**
 * The errors `login` can throw, narrowed by `status`.
 */
export type LoginError = OperationTypes["login"]["error"];

/**
 * The variables of `login`: the SDK method's arguments by name.
 */
export type LoginVariables = {
    body: OperationTypes["login"]["body"];
    options?: OperationTypes["login"]["options"];
};

/**
 * What `logout` resolves to.
 */
export type LogoutData = OperationTypes["logout"]["data"];

/**
 * The errors `logout` can throw, narrowed by `status`.
 */
export type LogoutError = OperationTypes["logout"]["error"];

/**
 * The variables of `logout`: the SDK method's arguments by name.
 */
export type LogoutVariables = {
    options?: OperationTypes["logout"]["options"];
};

/**
 * What `getCurrentUser` resolves to.
 */
export type GetCurrentUserData = OperationTypes["getCurrentUser"]["data"];

/**
 * The errors `getCurrentUser` can throw, narrowed by `status`.
 */
export type GetCurrentUserError = OperationTypes["getCurrentUser"]["error"];

export type GetCurrentUserQueryKey = OperationQueryKey<"getCurrentUser", Record<never, never>, GetCurrentUserData, GetCurrentUserError>;

/**
 * What `refreshSession` resolves to.
 */
export type RefreshSessionData = OperationTypes["refreshSession"]["data"];

/**
 * The errors `refreshSession` can throw, narrowed by `status`.
 */
export type RefreshSessionError = OperationTypes["refreshSession"]["error"];

/**
 * The variables of `refreshSession`: the SDK method's arguments by name.
 */
export type RefreshSessionVariables = {
    options?: OperationTypes["refreshSession"]["options"];
};

/**
 * What `register` resolves to.
 */
export type RegisterData = OperationTypes["register"]["data"];

/**
 * The errors `register` can throw, narrowed by `status`.
 */
export type RegisterError = OperationTypes["register"]["error"];

/**
 * The variables of `register`: the SDK method's arguments by name.
 */
export type RegisterVariables = {
    body: OperationTypes["register"]["body"];
    options?: OperationTypes["register"]["options"];
};

/**
 * What `listProjects` resolves to.
 */
export type ListProjectsData = OperationTypes["listProjects"]["data"];

/**
 * The errors `listProjects` can throw, narrowed by `status`.
 */
export type ListProjectsError = OperationTypes["listProjects"]["error"];

export type ListProjectsParams = OperationTypes["listProjects"]["params"];

export type ListProjectsQueryKey = OperationQueryKey<"listProjects", ListProjectsParams, ListProjectsData, ListProjectsError>;

export type ListProjectsInfiniteQueryKey = InfiniteOperationQueryKey<"listProjects", Omit<ListProjectsParams, "cursor">, ListProjectsData, ListProjectsError>;

/**
 * What `createProject` resolves to.
 */
export type CreateProjectData = OperationTypes["createProject"]["data"];

/**
 * The errors `createProject` can throw, narrowed by `status`.
 */
export type CreateProjectError = OperationTypes["createProject"]["error"];

/**
 * The variables of `createProject`: the SDK method's arguments by name.
 */
export type CreateProjectVariables = {
    body: OperationTypes["createProject"]["body"];
    options?: OperationTypes["createProject"]["options"];
};

/**
 * What `getProject` resolves to.
 */
export type GetProjectData = OperationTypes["getProject"]["data"];

/**
 * The errors `getProject` can throw, narrowed by `status`.
 */
export type GetProjectError = OperationTypes["getProject"]["error"];

export type GetProjectParams = OperationTypes["getProject"]["params"];

export type GetProjectQueryKey = OperationQueryKey<"getProject", GetProjectParams, GetProjectData, GetProjectError>;

/**
 * What `deleteProject` resolves to.
 */
export type DeleteProjectData = OperationTypes["deleteProject"]["data"];

/**
 * The errors `deleteProject` can throw, narrowed by `status`.
 */
export type DeleteProjectError = OperationTypes["deleteProject"]["error"];

export type DeleteProjectParams = OperationTypes["deleteProject"]["params"];

/**
 * The variables of `deleteProject`: the SDK method's arguments by name.
 */
export type DeleteProjectVariables = {
    params: OperationTypes["deleteProject"]["params"];
    options?: OperationTypes["deleteProject"]["options"];
};

/**
 * What `updateProject` resolves to.
 */
export type UpdateProjectData = OperationTypes["updateProject"]["data"];

/**
 * The errors `updateProject` can throw, narrowed by `status`.
 */
export type UpdateProjectError = OperationTypes["updateProject"]["error"];

export type UpdateProjectParams = OperationTypes["updateProject"]["params"];

/**
 * The variables of `updateProject`: the SDK method's arguments by name.
 */
export type UpdateProjectVariables = {
    params: OperationTypes["updateProject"]["params"];
    body: OperationTypes["updateProject"]["body"];
    options?: OperationTypes["updateProject"]["options"];
};

/**
 * What `listProjectMembers` resolves to.
 */
export type ListProjectMembersData = OperationTypes["listProjectMembers"]["data"];

/**
 * The errors `listProjectMembers` can throw, narrowed by `status`.
 */
export type ListProjectMembersError = OperationTypes["listProjectMembers"]["error"];

export type ListProjectMembersParams = OperationTypes["listProjectMembers"]["params"];

export type ListProjectMembersQueryKey = OperationQueryKey<"listProjectMembers", ListProjectMembersParams, ListProjectMembersData, ListProjectMembersError>;

export type ListProjectMembersInfiniteQueryKey = InfiniteOperationQueryKey<"listProjectMembers", Omit<ListProjectMembersParams, "cursor">, ListProjectMembersData, ListProjectMembersError>;

/**
 * What `addProjectMember` resolves to.
 */
export type AddProjectMemberData = OperationTypes["addProjectMember"]["data"];

/**
 * The errors `addProjectMember` can throw, narrowed by `status`.
 */
export type AddProjectMemberError = OperationTypes["addProjectMember"]["error"];

export type AddProjectMemberParams = OperationTypes["addProjectMember"]["params"];

/**
 * The variables of `addProjectMember`: the SDK method's arguments by name.
 */
export type AddProjectMemberVariables = {
    params: OperationTypes["addProjectMember"]["params"];
    body: OperationTypes["addProjectMember"]["body"];
    options?: OperationTypes["addProjectMember"]["options"];
};

/**
 * What `removeProjectMember` resolves to.
 */
export type RemoveProjectMemberData = OperationTypes["removeProjectMember"]["data"];

/**
 * The errors `removeProjectMember` can throw, narrowed by `status`.
 */
export type RemoveProjectMemberError = OperationTypes["removeProjectMember"]["error"];

export type RemoveProjectMemberParams = OperationTypes["removeProjectMember"]["params"];

/**
 * The variables of `removeProjectMember`: the SDK method's arguments by name.
 */
export type RemoveProjectMemberVariables = {
    params: OperationTypes["removeProjectMember"]["params"];
    options?: OperationTypes["removeProjectMember"]["options"];
};

/**
 * What `listTasks` resolves to.
 */
export type ListTasksData = OperationTypes["listTasks"]["data"];

/**
 * The errors `listTasks` can throw, narrowed by `status`.
 */
export type ListTasksError = OperationTypes["listTasks"]["error"];

export type ListTasksParams = OperationTypes["listTasks"]["params"];

export type ListTasksQueryKey = OperationQueryKey<"listTasks", ListTasksParams, ListTasksData, ListTasksError>;

export type ListTasksInfiniteQueryKey = InfiniteOperationQueryKey<"listTasks", Omit<ListTasksParams, "cursor">, ListTasksData, ListTasksError>;

/**
 * What `createTask` resolves to.
 */
export type CreateTaskData = OperationTypes["createTask"]["data"];

/**
 * The errors `createTask` can throw, narrowed by `status`.
 */
export type CreateTaskError = OperationTypes["createTask"]["error"];

export type CreateTaskParams = OperationTypes["createTask"]["params"];

/**
 * The variables of `createTask`: the SDK method's arguments by name.
 */
export type CreateTaskVariables = {
    params: OperationTypes["createTask"]["params"];
    body: OperationTypes["createTask"]["body"];
    options?: OperationTypes["createTask"]["options"];
};

/**
 * What `getTask` resolves to.
 */
export type GetTaskData = OperationTypes["getTask"]["data"];

/**
 * The errors `getTask` can throw, narrowed by `status`.
 */
export type GetTaskError = OperationTypes["getTask"]["error"];

export type GetTaskParams = OperationTypes["getTask"]["params"];

export type GetTaskQueryKey = OperationQueryKey<"getTask", GetTaskParams, GetTaskData, GetTaskError>;

/**
 * What `deleteTask` resolves to.
 */
export type DeleteTaskData = OperationTypes["deleteTask"]["data"];

/**
 * The errors `deleteTask` can throw, narrowed by `status`.
 */
export type DeleteTaskError = OperationTypes["deleteTask"]["error"];

export type DeleteTaskParams = OperationTypes["deleteTask"]["params"];

/**
 * The variables of `deleteTask`: the SDK method's arguments by name.
 */
export type DeleteTaskVariables = {
    params: OperationTypes["deleteTask"]["params"];
    options?: OperationTypes["deleteTask"]["options"];
};

/**
 * What `updateTask` resolves to.
 */
export type UpdateTaskData = OperationTypes["updateTask"]["data"];

/**
 * The errors `updateTask` can throw, narrowed by `status`.
 */
export type UpdateTaskError = OperationTypes["updateTask"]["error"];

export type UpdateTaskParams = OperationTypes["updateTask"]["params"];

/**
 * The variables of `updateTask`: the SDK method's arguments by name.
 */
export type UpdateTaskVariables = {
    params: OperationTypes["updateTask"]["params"];
    body: OperationTypes["updateTask"]["body"];
    options?: OperationTypes["updateTask"]["options"];
};

/**
 * What `listComments` resolves to.
 */
export type ListCommentsData = OperationTypes["listComments"]["data"];

/**
 * The errors `listComments` can throw, narrowed by `status`.
 */
export type ListCommentsError = OperationTypes["listComments"]["error"];

export type ListCommentsParams = OperationTypes["listComments"]["params"];

export type ListCommentsQueryKey = OperationQueryKey<"listComments", ListCommentsParams, ListCommentsData, ListCommentsError>;

export type ListCommentsInfiniteQueryKey = InfiniteOperationQueryKey<"listComments", Omit<ListCommentsParams, "cursor">, ListCommentsData, ListCommentsError>;

/**
 * What `createComment` resolves to.
 */
export type CreateCommentData = OperationTypes["createComment"]["data"];

/**
 * The errors `createComment` can throw, narrowed by `status`.
 */
export type CreateCommentError = OperationTypes["createComment"]["error"];

export type CreateCommentParams = OperationTypes["createComment"]["params"];

/**
 * The variables of `createComment`: the SDK method's arguments by name.
 */
export type CreateCommentVariables = {
    params: OperationTypes["createComment"]["params"];
    body: OperationTypes["createComment"]["body"];
    options?: OperationTypes["createComment"]["options"];
};

/**
 * What `getComment` resolves to.
 */
export type GetCommentData = OperationTypes["getComment"]["data"];

/**
 * The errors `getComment` can throw, narrowed by `status`.
 */
export type GetCommentError = OperationTypes["getComment"]["error"];

export type GetCommentParams = OperationTypes["getComment"]["params"];

export type GetCommentQueryKey = OperationQueryKey<"getComment", GetCommentParams, GetCommentData, GetCommentError>;

/**
 * What `listTaskActivity` resolves to.
 */
export type ListTaskActivityData = OperationTypes["listTaskActivity"]["data"];

/**
 * The errors `listTaskActivity` can throw, narrowed by `status`.
 */
export type ListTaskActivityError = OperationTypes["listTaskActivity"]["error"];

export type ListTaskActivityParams = OperationTypes["listTaskActivity"]["params"];

export type ListTaskActivityQueryKey = OperationQueryKey<"listTaskActivity", ListTaskActivityParams, ListTaskActivityData, ListTaskActivityError>;

export type ListTaskActivityInfiniteQueryKey = InfiniteOperationQueryKey<"listTaskActivity", Omit<ListTaskActivityParams, "cursor">, ListTaskActivityData, ListTaskActivityError>;

/**
 * What `listAttachments` resolves to.
 */
export type ListAttachmentsData = OperationTypes["listAttachments"]["data"];

/**
 * The errors `listAttachments` can throw, narrowed by `status`.
 */
export type ListAttachmentsError = OperationTypes["listAttachments"]["error"];

export type ListAttachmentsParams = OperationTypes["listAttachments"]["params"];

export type ListAttachmentsQueryKey = OperationQueryKey<"listAttachments", ListAttachmentsParams, ListAttachmentsData, ListAttachmentsError>;

export type ListAttachmentsInfiniteQueryKey = InfiniteOperationQueryKey<"listAttachments", Omit<ListAttachmentsParams, "cursor">, ListAttachmentsData, ListAttachmentsError>;

/**
 * What `uploadAttachment` resolves to.
 */
export type UploadAttachmentData = OperationTypes["uploadAttachment"]["data"];

/**
 * The errors `uploadAttachment` can throw, narrowed by `status`.
 */
export type UploadAttachmentError = OperationTypes["uploadAttachment"]["error"];

export type UploadAttachmentParams = OperationTypes["uploadAttachment"]["params"];

/**
 * The variables of `uploadAttachment`: the SDK method's arguments by name.
 */
export type UploadAttachmentVariables = {
    params: OperationTypes["uploadAttachment"]["params"];
    body: OperationTypes["uploadAttachment"]["body"];
    options?: OperationTypes["uploadAttachment"]["options"];
};

/**
 * What `deleteAttachment` resolves to.
 */
export type DeleteAttachmentData = OperationTypes["deleteAttachment"]["data"];

/**
 * The errors `deleteAttachment` can throw, narrowed by `status`.
 */
export type DeleteAttachmentError = OperationTypes["deleteAttachment"]["error"];

export type DeleteAttachmentParams = OperationTypes["deleteAttachment"]["params"];

/**
 * The variables of `deleteAttachment`: the SDK method's arguments by name.
 */
export type DeleteAttachmentVariables = {
    params: OperationTypes["deleteAttachment"]["params"];
    options?: OperationTypes["deleteAttachment"]["options"];
};

/**
 * What `downloadAttachment` resolves to.
 */
export type DownloadAttachmentData = OperationTypes["downloadAttachment"]["data"];

/**
 * The errors `downloadAttachment` can throw, narrowed by `status`.
 */
export type DownloadAttachmentError = OperationTypes["downloadAttachment"]["error"];

export type DownloadAttachmentParams = OperationTypes["downloadAttachment"]["params"];

export type DownloadAttachmentQueryKey = OperationQueryKey<"downloadAttachment", DownloadAttachmentParams, DownloadAttachmentData, DownloadAttachmentError>;

/**
 * The data of one event of `streamProjectEvents`.
 */
export type StreamProjectEventsEvent = OperationTypes["streamProjectEvents"]["event"];

/**
 * What `getHealth` resolves to.
 */
export type GetHealthData = OperationTypes["getHealth"]["data"];

/**
 * The errors `getHealth` can throw, narrowed by `status`.
 */
export type GetHealthError = OperationTypes["getHealth"]["error"];

export type GetHealthQueryKey = OperationQueryKey<"getHealth", Record<never, never>, GetHealthData, GetHealthError>;

/**
 * What `getReadiness` resolves to.
 */
export type GetReadinessData = OperationTypes["getReadiness"]["data"];

/**
 * The errors `getReadiness` can throw, narrowed by `status`.
 */
export type GetReadinessError = OperationTypes["getReadiness"]["error"];

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
 * The path parameters of the queries mutations make stale, by operation id.
 */
const queryPathParams: Readonly<Record<string, readonly string[]>> = {
    getCurrentUser: [],
    listProjects: [],
    getProject: ["projectId"],
    listProjectMembers: ["projectId"],
    listTasks: ["projectId"],
    getTask: ["projectId", "taskId"],
    listComments: ["projectId", "taskId"],
    getComment: ["projectId", "taskId", "commentId"],
    listTaskActivity: ["projectId", "taskId"],
    listAttachments: ["projectId", "taskId"],
    downloadAttachment: ["projectId", "taskId", "attachmentId"]
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
                invalidates: ["getCurrentUser"],
                pathParams: [],
                queryPathParams
            }, settings),
            /**
             * Mutation options for `POST /auth/logout`; on success it invalidates `getCurrentUser`.
             */
            logout: (settings?: MutationSettings<LogoutData, LogoutVariables>) => defineMutation<LogoutData, LogoutError, LogoutVariables>("logout", (variables: LogoutVariables) => api.auth.logout(variables.options), {
                invalidates: ["getCurrentUser"],
                pathParams: [],
                queryPathParams
            }, settings),
            /**
             * Query options for `GET /auth/me`.
             */
            getCurrentUser: (options?: OperationTypes["getCurrentUser"]["options"]) => defineQuery<GetCurrentUserData, GetCurrentUserError, GetCurrentUserQueryKey>(queryKeys.getCurrentUser(), (signal: AbortSignal) => api.auth.getCurrentUser({ ...options, signal })),
            /**
             * Mutation options for `POST /auth/refresh`; on success it invalidates `getCurrentUser`.
             */
            refreshSession: (settings?: MutationSettings<RefreshSessionData, RefreshSessionVariables>) => defineMutation<RefreshSessionData, RefreshSessionError, RefreshSessionVariables>("refreshSession", (variables: RefreshSessionVariables) => api.auth.refreshSession(variables.options), {
                invalidates: ["getCurrentUser"],
                pathParams: [],
                queryPathParams
            }, settings),
            /**
             * Mutation options for `POST /auth/register`; on success it invalidates `getCurrentUser`.
             */
            register: (settings?: MutationSettings<RegisterData, RegisterVariables>) => defineMutation<RegisterData, RegisterError, RegisterVariables>("register", (variables: RegisterVariables) => api.auth.register(variables.body, variables.options), {
                invalidates: ["getCurrentUser"],
                pathParams: [],
                queryPathParams
            }, settings)
        },
        projects: {
            /**
             * Query options for `GET /projects`.
             */
            list: (params: ListProjectsParams = {}, options?: OperationTypes["listProjects"]["options"]) => defineQuery<ListProjectsData, ListProjectsError, ListProjectsQueryKey>(queryKeys.listProjects(params), (signal: AbortSignal) => api.projects.list(params, { ...options, signal })),
            /**
             * Infinite-query options for `listProjects`, following `nextCursor`.
             */
            listInfinite: (params: Omit<ListProjectsParams, "cursor"> = {}, options?: OperationTypes["listProjects"]["options"]) => defineInfiniteQuery<ListProjectsData, ListProjectsError, ListProjectsInfiniteQueryKey>(queryKeys.listProjectsInfinite(params), (cursor: string | undefined, signal: AbortSignal) => api.projects.list({ ...params, cursor: cursor }, { ...options, signal }), "nextCursor"),
            /**
             * Mutation options for `POST /projects`; on success it invalidates `listProjects`, `getProject`.
             */
            create: (settings?: MutationSettings<CreateProjectData, CreateProjectVariables>) => defineMutation<CreateProjectData, CreateProjectError, CreateProjectVariables>("createProject", (variables: CreateProjectVariables) => api.projects.create(variables.body, variables.options), {
                invalidates: ["listProjects", "getProject"],
                pathParams: [],
                queryPathParams
            }, settings),
            /**
             * Query options for `GET /projects/{projectId}`.
             */
            get: (params: GetProjectParams, options?: OperationTypes["getProject"]["options"]) => defineQuery<GetProjectData, GetProjectError, GetProjectQueryKey>(queryKeys.getProject(params), (signal: AbortSignal) => api.projects.get(params, { ...options, signal })),
            /**
             * Mutation options for `DELETE /projects/{projectId}`; on success it invalidates `listProjects`, `getProject`, `listProjectMembers`, `listTasks`, `getTask`, `listComments`, `getComment`, `listTaskActivity`, `listAttachments`, `downloadAttachment`.
             */
            delete: (settings?: MutationSettings<DeleteProjectData, DeleteProjectVariables>) => defineMutation<DeleteProjectData, DeleteProjectError, DeleteProjectVariables>("deleteProject", (variables: DeleteProjectVariables) => api.projects.delete(variables.params, variables.options), {
                invalidates: ["listProjects", "getProject", "listProjectMembers", "listTasks", "getTask", "listComments", "getComment", "listTaskActivity", "listAttachments", "downloadAttachment"],
                pathParams: ["projectId"],
                queryPathParams
            }, settings),
            /**
             * Mutation options for `PATCH /projects/{projectId}`; on success it invalidates `listProjects`, `getProject`, `listProjectMembers`, `listTasks`, `getTask`, `listComments`, `getComment`, `listTaskActivity`, `listAttachments`, `downloadAttachment`.
             * Pass `{ optimistic: true }` to update the cached resource and its lists before the answer.
             */
            update: (settings?: MutationSettings<UpdateProjectData, UpdateProjectVariables>) => defineMutation<UpdateProjectData, UpdateProjectError, UpdateProjectVariables>("updateProject", (variables: UpdateProjectVariables) => api.projects.update(variables.params, variables.body, variables.options), {
                invalidates: ["listProjects", "getProject", "listProjectMembers", "listTasks", "getTask", "listComments", "getComment", "listTaskActivity", "listAttachments", "downloadAttachment"],
                pathParams: ["projectId"],
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
                },
                queryPathParams
            }, settings)
        },
        members: {
            /**
             * Query options for `GET /projects/{projectId}/members`.
             */
            list: (params: ListProjectMembersParams, options?: OperationTypes["listProjectMembers"]["options"]) => defineQuery<ListProjectMembersData, ListProjectMembersError, ListProjectMembersQueryKey>(queryKeys.listProjectMembers(params), (signal: AbortSignal) => api.members.list(params, { ...options, signal })),
            /**
             * Infinite-query options for `listProjectMembers`, following `nextCursor`.
             */
            listInfinite: (params: Omit<ListProjectMembersParams, "cursor">, options?: OperationTypes["listProjectMembers"]["options"]) => defineInfiniteQuery<ListProjectMembersData, ListProjectMembersError, ListProjectMembersInfiniteQueryKey>(queryKeys.listProjectMembersInfinite(params), (cursor: string | undefined, signal: AbortSignal) => api.members.list({ ...params, cursor: cursor }, { ...options, signal }), "nextCursor"),
            /**
             * Mutation options for `POST /projects/{projectId}/members`; on success it invalidates `getProject`, `listProjectMembers`.
             */
            add: (settings?: MutationSettings<AddProjectMemberData, AddProjectMemberVariables>) => defineMutation<AddProjectMemberData, AddProjectMemberError, AddProjectMemberVariables>("addProjectMember", (variables: AddProjectMemberVariables) => api.members.add(variables.params, variables.body, variables.options), {
                invalidates: ["getProject", "listProjectMembers"],
                pathParams: ["projectId"],
                queryPathParams
            }, settings),
            /**
             * Mutation options for `DELETE /projects/{projectId}/members/{userId}`; on success it invalidates `listProjectMembers`.
             */
            remove: (settings?: MutationSettings<RemoveProjectMemberData, RemoveProjectMemberVariables>) => defineMutation<RemoveProjectMemberData, RemoveProjectMemberError, RemoveProjectMemberVariables>("removeProjectMember", (variables: RemoveProjectMemberVariables) => api.members.remove(variables.params, variables.options), {
                invalidates: ["listProjectMembers"],
                pathParams: ["projectId", "userId"],
                queryPathParams
            }, settings)
        },
        tasks: {
            /**
             * Query options for `GET /projects/{projectId}/tasks`.
             */
            list: (params: ListTasksParams, options?: OperationTypes["listTasks"]["options"]) => defineQuery<ListTasksData, ListTasksError, ListTasksQueryKey>(queryKeys.listTasks(params), (signal: AbortSignal) => api.tasks.list(params, { ...options, signal })),
            /**
             * Infinite-query options for `listTasks`, following `nextCursor`.
             */
            listInfinite: (params: Omit<ListTasksParams, "cursor">, options?: OperationTypes["listTasks"]["options"]) => defineInfiniteQuery<ListTasksData, ListTasksError, ListTasksInfiniteQueryKey>(queryKeys.listTasksInfinite(params), (cursor: string | undefined, signal: AbortSignal) => api.tasks.list({ ...params, cursor: cursor }, { ...options, signal }), "nextCursor"),
            /**
             * Mutation options for `POST /projects/{projectId}/tasks`; on success it invalidates `getProject`, `listTasks`, `getTask`.
             */
            create: (settings?: MutationSettings<CreateTaskData, CreateTaskVariables>) => defineMutation<CreateTaskData, CreateTaskError, CreateTaskVariables>("createTask", (variables: CreateTaskVariables) => api.tasks.create.withResponse(variables.params, variables.body, variables.options).then(rememberEtag), {
                invalidates: ["getProject", "listTasks", "getTask"],
                pathParams: ["projectId"],
                queryPathParams
            }, settings),
            /**
             * Query options for `GET /projects/{projectId}/tasks/{taskId}`.
             */
            get: (params: GetTaskParams, options?: OperationTypes["getTask"]["options"]) => defineQuery<GetTaskData, GetTaskError, GetTaskQueryKey>(queryKeys.getTask(params), (signal: AbortSignal) => api.tasks.get.withResponse(params, { ...options, signal }).then(rememberEtag)),
            /**
             * Mutation options for `DELETE /projects/{projectId}/tasks/{taskId}`; on success it invalidates `listTasks`, `getTask`, `listComments`, `getComment`, `listTaskActivity`, `listAttachments`, `downloadAttachment`.
             */
            delete: (settings?: MutationSettings<DeleteTaskData, DeleteTaskVariables>) => defineMutation<DeleteTaskData, DeleteTaskError, DeleteTaskVariables>("deleteTask", (variables: DeleteTaskVariables) => api.tasks.delete(variables.params, variables.options), {
                invalidates: ["listTasks", "getTask", "listComments", "getComment", "listTaskActivity", "listAttachments", "downloadAttachment"],
                pathParams: ["projectId", "taskId"],
                queryPathParams
            }, settings),
            /**
             * Mutation options for `PATCH /projects/{projectId}/tasks/{taskId}`; on success it invalidates `listTasks`, `getTask`, `listComments`, `getComment`, `listTaskActivity`, `listAttachments`, `downloadAttachment`.
             * Pass `{ optimistic: true }` to update the cached resource and its lists before the answer.
             */
            update: (settings?: MutationSettings<UpdateTaskData, UpdateTaskVariables>) => defineMutation<UpdateTaskData, UpdateTaskError, UpdateTaskVariables>("updateTask", (variables: UpdateTaskVariables) => api.tasks.update.withResponse(variables.params, variables.body, variables.options).then(rememberEtag), {
                invalidates: ["listTasks", "getTask", "listComments", "getComment", "listTaskActivity", "listAttachments", "downloadAttachment"],
                pathParams: ["projectId", "taskId"],
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
                ifMatchOption: "ifMatch",
                queryPathParams
            }, settings)
        },
        comments: {
            /**
             * Query options for `GET /projects/{projectId}/tasks/{taskId}/comments`.
             */
            list: (params: ListCommentsParams, options?: OperationTypes["listComments"]["options"]) => defineQuery<ListCommentsData, ListCommentsError, ListCommentsQueryKey>(queryKeys.listComments(params), (signal: AbortSignal) => api.comments.list(params, { ...options, signal })),
            /**
             * Infinite-query options for `listComments`, following `nextCursor`.
             */
            listInfinite: (params: Omit<ListCommentsParams, "cursor">, options?: OperationTypes["listComments"]["options"]) => defineInfiniteQuery<ListCommentsData, ListCommentsError, ListCommentsInfiniteQueryKey>(queryKeys.listCommentsInfinite(params), (cursor: string | undefined, signal: AbortSignal) => api.comments.list({ ...params, cursor: cursor }, { ...options, signal }), "nextCursor"),
            /**
             * Mutation options for `POST /projects/{projectId}/tasks/{taskId}/comments`; on success it invalidates `getTask`, `listComments`, `getComment`.
             */
            create: (settings?: MutationSettings<CreateCommentData, CreateCommentVariables>) => defineMutation<CreateCommentData, CreateCommentError, CreateCommentVariables>("createComment", (variables: CreateCommentVariables) => api.comments.create(variables.params, variables.body, variables.options), {
                invalidates: ["getTask", "listComments", "getComment"],
                pathParams: ["projectId", "taskId"],
                queryPathParams
            }, settings),
            /**
             * Query options for `GET /projects/{projectId}/tasks/{taskId}/comments/{commentId}`.
             */
            get: (params: GetCommentParams, options?: OperationTypes["getComment"]["options"]) => defineQuery<GetCommentData, GetCommentError, GetCommentQueryKey>(queryKeys.getComment(params), (signal: AbortSignal) => api.comments.get(params, { ...options, signal }))
        },
        activity: {
            /**
             * Query options for `GET /projects/{projectId}/tasks/{taskId}/activity`.
             */
            list: (params: ListTaskActivityParams, options?: OperationTypes["listTaskActivity"]["options"]) => defineQuery<ListTaskActivityData, ListTaskActivityError, ListTaskActivityQueryKey>(queryKeys.listTaskActivity(params), (signal: AbortSignal) => api.activity.list(params, { ...options, signal })),
            /**
             * Infinite-query options for `listTaskActivity`, following `nextCursor`.
             */
            listInfinite: (params: Omit<ListTaskActivityParams, "cursor">, options?: OperationTypes["listTaskActivity"]["options"]) => defineInfiniteQuery<ListTaskActivityData, ListTaskActivityError, ListTaskActivityInfiniteQueryKey>(queryKeys.listTaskActivityInfinite(params), (cursor: string | undefined, signal: AbortSignal) => api.activity.list({ ...params, cursor: cursor }, { ...options, signal }), "nextCursor")
        },
        attachments: {
            /**
             * Query options for `GET /projects/{projectId}/tasks/{taskId}/attachments`.
             */
            list: (params: ListAttachmentsParams, options?: OperationTypes["listAttachments"]["options"]) => defineQuery<ListAttachmentsData, ListAttachmentsError, ListAttachmentsQueryKey>(queryKeys.listAttachments(params), (signal: AbortSignal) => api.attachments.list(params, { ...options, signal })),
            /**
             * Infinite-query options for `listAttachments`, following `nextCursor`.
             */
            listInfinite: (params: Omit<ListAttachmentsParams, "cursor">, options?: OperationTypes["listAttachments"]["options"]) => defineInfiniteQuery<ListAttachmentsData, ListAttachmentsError, ListAttachmentsInfiniteQueryKey>(queryKeys.listAttachmentsInfinite(params), (cursor: string | undefined, signal: AbortSignal) => api.attachments.list({ ...params, cursor: cursor }, { ...options, signal }), "nextCursor"),
            /**
             * Mutation options for `POST /projects/{projectId}/tasks/{taskId}/attachments`; on success it invalidates `getTask`, `listAttachments`, `downloadAttachment`.
             */
            upload: (settings?: MutationSettings<UploadAttachmentData, UploadAttachmentVariables>) => defineMutation<UploadAttachmentData, UploadAttachmentError, UploadAttachmentVariables>("uploadAttachment", (variables: UploadAttachmentVariables) => api.attachments.upload(variables.params, variables.body, variables.options), {
                invalidates: ["getTask", "listAttachments", "downloadAttachment"],
                pathParams: ["projectId", "taskId"],
                queryPathParams
            }, settings),
            /**
             * Mutation options for `DELETE /projects/{projectId}/tasks/{taskId}/attachments/{attachmentId}`; on success it invalidates `listAttachments`, `downloadAttachment`.
             */
            delete: (settings?: MutationSettings<DeleteAttachmentData, DeleteAttachmentVariables>) => defineMutation<DeleteAttachmentData, DeleteAttachmentError, DeleteAttachmentVariables>("deleteAttachment", (variables: DeleteAttachmentVariables) => api.attachments.delete(variables.params, variables.options), {
                invalidates: ["listAttachments", "downloadAttachment"],
                pathParams: ["projectId", "taskId", "attachmentId"],
                queryPathParams
            }, settings),
            /**
             * Query options for `GET /projects/{projectId}/tasks/{taskId}/attachments/{attachmentId}/content`.
             */
            download: (params: DownloadAttachmentParams, options?: OperationTypes["downloadAttachment"]["options"]) => defineQuery<DownloadAttachmentData, DownloadAttachmentError, DownloadAttachmentQueryKey>(queryKeys.downloadAttachment(params), (signal: AbortSignal) => api.attachments.download(params, { ...options, signal }))
        },
        events: {
            /**
             * Keeps the cache in step with `streamProjectEvents`: each event invalidates the queries it concerns.
             * Returns a function that closes the stream.
             */
            stream: (client: QueryClient, params: OperationTypes["streamProjectEvents"]["params"], options?: StreamToCacheOptions<StreamProjectEventsEvent>) => streamToCache(client, ({ signal, onStateChange }: StreamOpenOptions) => api.events.stream(params, { signal, onStateChange }), {
                queries: {
                    getProject: ["projectId"],
                    listProjectMembers: ["projectId"],
                    listTasks: ["projectId"],
                    getTask: ["projectId", "taskId"],
                    listComments: ["projectId", "taskId"],
                    getComment: ["projectId", "taskId", "commentId"],
                    listTaskActivity: ["projectId", "taskId"],
                    listAttachments: ["projectId", "taskId"],
                    downloadAttachment: ["projectId", "taskId", "attachmentId"]
                }
            }, params, options)
        },
        health: {
            /**
             * Query options for `GET /health`.
             */
            get: (options?: OperationTypes["getHealth"]["options"]) => defineQuery<GetHealthData, GetHealthError, GetHealthQueryKey>(queryKeys.getHealth(), (signal: AbortSignal) => api.health.get({ ...options, signal })),
            /**
             * Query options for `GET /ready`.
             */
            getReadiness: (options?: OperationTypes["getReadiness"]["options"]) => defineQuery<GetReadinessData, GetReadinessError, GetReadinessQueryKey>(queryKeys.getReadiness(), (signal: AbortSignal) => api.health.getReadiness({ ...options, signal }))
        }
    };
}

/**
 * The query options of one client.
 */
export type Queries = ReturnType<typeof createQueries>;
