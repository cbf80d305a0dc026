import type { QueryClient } from "@tanstack/query-core";

import type { Api, OperationTypes } from "./sdk.js";

import { defineInfiniteQuery, defineMutation, defineQuery, infiniteOperationKey, type InfiniteOperationQueryKey, type MutationSettings, type OperationQueryKey, operationKey, type StreamOpenOptions, type StreamToCacheOptions, streamToCache } from "./query-runtime.js";

/**
 * What `refreshToken` resolves to.
 */
export type RefreshTokenData = OperationTypes["refreshToken"]["data"];

/**
 * The errors `refreshToken` can throw, narrowed by `status`.
 */
export type RefreshTokenError = OperationTypes["refreshToken"]["error"];

/**
 * The variables of `refreshToken`: the SDK method's arguments by name.
 */
export type RefreshTokenVariables = {
    options?: OperationTypes["refreshToken"]["options"];
};

/**
 * What `signIn` resolves to.
 */
export type SignInData = OperationTypes["signIn"]["data"];

/**
 * The errors `signIn` can throw, narrowed by `status`.
 */
export type SignInError = OperationTypes["signIn"]["error"];

/**
 * The variables of `signIn`: the SDK method's arguments by name.
 */
export type SignInVariables = {
    body: OperationTypes["signIn"]["body"];
    options?: OperationTypes["signIn"]["options"];
};

/**
 * What `listFiles` resolves to.
 */
export type ListFilesData = OperationTypes["listFiles"]["data"];

/**
 * The errors `listFiles` can throw, narrowed by `status`.
 */
export type ListFilesError = OperationTypes["listFiles"]["error"];

export type ListFilesParams = OperationTypes["listFiles"]["params"];

export type ListFilesQueryKey = OperationQueryKey<"listFiles", ListFilesParams, ListFilesData, ListFilesError>;

export type ListFilesInfiniteQueryKey = InfiniteOperationQueryKey<"listFiles", Omit<ListFilesParams, "page_token">, ListFilesData, ListFilesError>;

/**
 * What `uploadFile` resolves to.
 */
export type UploadFileData = OperationTypes["uploadFile"]["data"];

/**
 * The errors `uploadFile` can throw, narrowed by `status`.
 */
export type UploadFileError = OperationTypes["uploadFile"]["error"];

/**
 * The variables of `uploadFile`: the SDK method's arguments by name.
 */
export type UploadFileVariables = {
    body: OperationTypes["uploadFile"]["body"];
    options?: OperationTypes["uploadFile"]["options"];
};

/**
 * What `readFileText` resolves to.
 */
export type ReadFileTextData = OperationTypes["readFileText"]["data"];

/**
 * The errors `readFileText` can throw, narrowed by `status`.
 */
export type ReadFileTextError = OperationTypes["readFileText"]["error"];

export type ReadFileTextParams = OperationTypes["readFileText"]["params"];

export type ReadFileTextQueryKey = OperationQueryKey<"readFileText", ReadFileTextParams, ReadFileTextData, ReadFileTextError>;

/**
 * What `listPairs` resolves to.
 */
export type ListPairsData = OperationTypes["listPairs"]["data"];

/**
 * The errors `listPairs` can throw, narrowed by `status`.
 */
export type ListPairsError = OperationTypes["listPairs"]["error"];

export type ListPairsParams = OperationTypes["listPairs"]["params"];

export type ListPairsQueryKey = OperationQueryKey<"listPairs", ListPairsParams, ListPairsData, ListPairsError>;

/**
 * The data of one event of `followFeed`.
 */
export type FollowFeedEvent = OperationTypes["followFeed"]["event"];

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
 * The path parameters of the queries mutations make stale, by operation id.
 */
const queryPathParams: Readonly<Record<string, readonly string[]>> = {
    listFiles: [],
    readFileText: ["fileId"],
    listPairs: []
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
                invalidates: [],
                pathParams: [],
                queryPathParams
            }, settings),
            /**
             * Mutation options for `POST /sign-in`; on success it invalidates nothing.
             */
            signIn: (settings?: MutationSettings<SignInData, SignInVariables>) => defineMutation<SignInData, SignInError, SignInVariables>("signIn", (variables: SignInVariables) => api.sessionApi.signIn(variables.body, variables.options), {
                invalidates: [],
                pathParams: [],
                queryPathParams
            }, settings)
        },
        files: {
            /**
             * Query options for `GET /files`.
             */
            list: (params: ListFilesParams, options: OperationTypes["listFiles"]["options"]) => defineQuery<ListFilesData, ListFilesError, ListFilesQueryKey>(queryKeys.listFiles(params), (signal: AbortSignal) => api.files.list(params, { ...options, signal })),
            /**
             * Infinite-query options for `listFiles`, following `next_page_token`.
             */
            listInfinite: (params: Omit<ListFilesParams, "page_token">, options: OperationTypes["listFiles"]["options"]) => defineInfiniteQuery<ListFilesData, ListFilesError, ListFilesInfiniteQueryKey>(queryKeys.listFilesInfinite(params), (cursor: string | undefined, signal: AbortSignal) => api.files.list({ ...params, page_token: cursor }, { ...options, signal }), "next_page_token"),
            /**
             * Mutation options for `POST /files`; on success it invalidates `listFiles`, `readFileText`, `listPairs`.
             */
            upload: (settings?: MutationSettings<UploadFileData, UploadFileVariables>) => defineMutation<UploadFileData, UploadFileError, UploadFileVariables>("uploadFile", (variables: UploadFileVariables) => api.files.upload(variables.body, variables.options), {
                invalidates: ["listFiles", "readFileText", "listPairs"],
                pathParams: [],
                queryPathParams
            }, settings),
            /**
             * Query options for `GET /files/{fileId}/text`.
             */
            readText: (params: ReadFileTextParams, options?: OperationTypes["readFileText"]["options"]) => defineQuery<ReadFileTextData, ReadFileTextError, ReadFileTextQueryKey>(queryKeys.readFileText(params), (signal: AbortSignal) => api.files.readText(params, { ...options, signal })),
            /**
             * Query options for `GET /pairs`.
             */
            listPairs: (params: ListPairsParams = {}, options?: OperationTypes["listPairs"]["options"]) => defineQuery<ListPairsData, ListPairsError, ListPairsQueryKey>(queryKeys.listPairs(params), (signal: AbortSignal) => api.files.listPairs(params, { ...options, signal }))
        },
        operations: {
            /**
             * Keeps the cache in step with `followFeed`: each event invalidates the queries it concerns.
             * Returns a function that closes the stream.
             */
            followFeed: (client: QueryClient, options?: StreamToCacheOptions<FollowFeedEvent>) => streamToCache(client, ({ signal, onStateChange }: StreamOpenOptions) => api.operations.followFeed({ signal, onStateChange }), {
                queries: {
                    listFiles: [],
                    readFileText: ["fileId"],
                    listPairs: []
                }
            }, {}, options)
        }
    };
}

/**
 * The query options of one client.
 */
export type Queries = ReturnType<typeof createQueries>;
