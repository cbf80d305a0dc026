import type { QueryClient } from "@tanstack/query-core";

import type { Api } from "./sdk.js";

import type { OperationError } from "@specloom/sdk-runtime";

import type { paths } from "./types.js";

import { defineInfiniteQuery, defineMutation, defineQuery, type EventDataOf, infiniteOperationKey, type InfiniteOperationQueryKey, type MutationSettings, type OperationQueryKey, operationKey, type StreamOpenOptions, type StreamToCacheOptions, streamToCache } from "./query-runtime.js";

type RefreshTokenOperation = paths["/oauth/refresh"]["post"];

type RefreshTokenArgs = Parameters<Api["sessionApi"]["refreshToken"]>;

/**
 * What `refreshToken` resolves to.
 */
export type RefreshTokenData = Awaited<ReturnType<Api["sessionApi"]["refreshToken"]>>;

/**
 * The errors `refreshToken` can throw, narrowed by `status`.
 */
export type RefreshTokenError = OperationError<RefreshTokenOperation>;

/**
 * The variables of `refreshToken`: the SDK method's arguments by name.
 */
export type RefreshTokenVariables = {
    options?: RefreshTokenArgs[0];
};

type SignInOperation = paths["/sign-in"]["post"];

type SignInArgs = Parameters<Api["sessionApi"]["signIn"]>;

/**
 * What `signIn` resolves to.
 */
export type SignInData = Awaited<ReturnType<Api["sessionApi"]["signIn"]>>;

/**
 * The errors `signIn` can throw, narrowed by `status`.
 */
export type SignInError = OperationError<SignInOperation>;

/**
 * The variables of `signIn`: the SDK method's arguments by name.
 */
export type SignInVariables = {
    body: SignInArgs[0];
    options?: SignInArgs[1];
};

type ListFilesOperation = paths["/files"]["get"];

type ListFilesArgs = Parameters<Api["files"]["list"]>;

/**
 * What `listFiles` resolves to.
 */
export type ListFilesData = Awaited<ReturnType<Api["files"]["list"]>>;

/**
 * The errors `listFiles` can throw, narrowed by `status`.
 */
export type ListFilesError = OperationError<ListFilesOperation>;

export type ListFilesParams = NonNullable<ListFilesArgs[0]>;

export type ListFilesQueryKey = OperationQueryKey<"listFiles", ListFilesParams, ListFilesData, ListFilesError>;

export type ListFilesInfiniteQueryKey = InfiniteOperationQueryKey<"listFiles", Omit<ListFilesParams, "page_token">, ListFilesData, ListFilesError>;

type UploadFileOperation = paths["/files"]["post"];

type UploadFileArgs = Parameters<Api["files"]["upload"]>;

/**
 * What `uploadFile` resolves to.
 */
export type UploadFileData = Awaited<ReturnType<Api["files"]["upload"]>>;

/**
 * The errors `uploadFile` can throw, narrowed by `status`.
 */
export type UploadFileError = OperationError<UploadFileOperation>;

/**
 * The variables of `uploadFile`: the SDK method's arguments by name.
 */
export type UploadFileVariables = {
    body: UploadFileArgs[0];
    options?: UploadFileArgs[1];
};

type ReadFileTextOperation = paths["/files/{fileId}/text"]["get"];

type ReadFileTextArgs = Parameters<Api["files"]["readText"]>;

/**
 * What `readFileText` resolves to.
 */
export type ReadFileTextData = Awaited<ReturnType<Api["files"]["readText"]>>;

/**
 * The errors `readFileText` can throw, narrowed by `status`.
 */
export type ReadFileTextError = OperationError<ReadFileTextOperation>;

export type ReadFileTextParams = NonNullable<ReadFileTextArgs[0]>;

export type ReadFileTextQueryKey = OperationQueryKey<"readFileText", ReadFileTextParams, ReadFileTextData, ReadFileTextError>;

type ListPairsOperation = paths["/pairs"]["get"];

type ListPairsArgs = Parameters<Api["files"]["listPairs"]>;

/**
 * What `listPairs` resolves to.
 */
export type ListPairsData = Awaited<ReturnType<Api["files"]["listPairs"]>>;

/**
 * The errors `listPairs` can throw, narrowed by `status`.
 */
export type ListPairsError = OperationError<ListPairsOperation>;

export type ListPairsParams = NonNullable<ListPairsArgs[0]>;

export type ListPairsQueryKey = OperationQueryKey<"listPairs", ListPairsParams, ListPairsData, ListPairsError>;

type FollowFeedOperation = paths["/feed"]["get"];

type FollowFeedArgs = Parameters<Api["operations"]["followFeed"]>;

/**
 * The data of one event of `followFeed`.
 */
export type FollowFeedEvent = EventDataOf<ReturnType<Api["operations"]["followFeed"]>>;

/**
 * Query keys by operation id: `[operationId, params]`, tagged with the data and error types, so
 * `queryClient.setQueryData(queryKeys.getTask(params), value)` only accepts a task. Keys match by
 * prefix: `[operationId, { projectId }]` covers every query of that operation for the project.
 */
export const queryKeys = {
    listFiles: (params: ListFilesParams) => operationKey<ListFilesQueryKey>("listFiles", params),
    listFilesInfinite: (params: Omit<ListFilesParams, "page_token">) => infiniteOperationKey<ListFilesInfiniteQueryKey>("listFiles", params),
    readFileText: (params: ReadFileTextParams) => operationKey<ReadFileTextQueryKey>("readFileText", params),
    listPairs: (params: ListPairsParams = {}) => operationKey<ListPairsQueryKey>("listPairs", params)
};

/**
 * TanStack Query options for every operation of an SDK client, grouped as the client groups its methods:
 * `useQuery(queries.tasks.list({ projectId }))`, `useMutation(queries.tasks.create())`.
 * Queries and mutations never retry: the SDK already retries transient failures.
 */
export function createQueries(api: Api) {
    return {
        sessionApi: {
            /**
             * Mutation options for `POST /oauth/refresh`; on success it invalidates nothing.
             */
            refreshToken: (settings?: MutationSettings<RefreshTokenData, RefreshTokenVariables>) => defineMutation<RefreshTokenData, RefreshTokenError, RefreshTokenVariables>("refreshToken", (variables: RefreshTokenVariables) => api.sessionApi.refreshToken(variables.options), {
                invalidates: []
            }, settings),
            /**
             * Mutation options for `POST /sign-in`; on success it invalidates nothing.
             */
            signIn: (settings?: MutationSettings<SignInData, SignInVariables>) => defineMutation<SignInData, SignInError, SignInVariables>("signIn", (variables: SignInVariables) => api.sessionApi.signIn(variables.body, variables.options), {
                invalidates: []
            }, settings)
        },
        files: {
            /**
             * Query options for `GET /files`.
             */
            list: (params: ListFilesParams, options: ListFilesArgs[1]) => defineQuery<ListFilesData, ListFilesError, ListFilesQueryKey>(queryKeys.listFiles(params), (signal: AbortSignal) => api.files.list(params, { ...options, signal })),
            /**
             * Infinite-query options for `listFiles`, following `next_page_token`.
             */
            listInfinite: (params: Omit<ListFilesParams, "page_token">, options: ListFilesArgs[1]) => defineInfiniteQuery<ListFilesData, ListFilesError, ListFilesInfiniteQueryKey>(queryKeys.listFilesInfinite(params), (cursor: string | undefined, signal: AbortSignal) => api.files.list({ ...params, page_token: cursor }, { ...options, signal }), "next_page_token"),
            /**
             * Mutation options for `POST /files`; on success it invalidates `listFiles`, `readFileText`, `listPairs`.
             */
            upload: (settings?: MutationSettings<UploadFileData, UploadFileVariables>) => defineMutation<UploadFileData, UploadFileError, UploadFileVariables>("uploadFile", (variables: UploadFileVariables) => api.files.upload(variables.body, variables.options), {
                invalidates: [{
                        id: "listFiles",
                        params: []
                    }, {
                        id: "readFileText",
                        params: []
                    }, {
                        id: "listPairs",
                        params: []
                    }]
            }, settings),
            /**
             * Query options for `GET /files/{fileId}/text`.
             */
            readText: (params: ReadFileTextParams, options?: ReadFileTextArgs[1]) => defineQuery<ReadFileTextData, ReadFileTextError, ReadFileTextQueryKey>(queryKeys.readFileText(params), (signal: AbortSignal) => api.files.readText(params, { ...options, signal })),
            /**
             * Query options for `GET /pairs`.
             */
            listPairs: (params: ListPairsParams = {}, options?: ListPairsArgs[1]) => defineQuery<ListPairsData, ListPairsError, ListPairsQueryKey>(queryKeys.listPairs(params), (signal: AbortSignal) => api.files.listPairs(params, { ...options, signal }))
        },
        operations: {
            /**
             * Keeps the cache in step with `followFeed`: each event invalidates the queries it concerns.
             * Returns a function that closes the stream.
             */
            followFeed: (client: QueryClient, options?: StreamToCacheOptions<FollowFeedEvent>) => streamToCache(client, ({ signal, onStateChange }: StreamOpenOptions) => api.operations.followFeed({ signal, onStateChange }), {
                queries: [{
                        id: "listFiles",
                        pathParams: []
                    }, {
                        id: "readFileText",
                        pathParams: ["fileId"]
                    }, {
                        id: "listPairs",
                        pathParams: []
                    }]
            }, {}, options)
        }
    };
}

/**
 * The query options of one client.
 */
export type Queries = ReturnType<typeof createQueries>;
