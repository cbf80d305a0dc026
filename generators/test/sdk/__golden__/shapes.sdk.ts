import { bind, createCore, createSession, installRefresh, type Body, type Client, type ClientOptions, type Method, type MultipartBody, type OperationDescriptor, type Options, type PaginatedMethod, type Params, type Session, type StreamMethod, type StreamOptions } from "@specloom/sdk-runtime";

import type { paths } from "./types.js";

type RefreshTokenOperation = paths["/oauth/refresh"]["post"];

type SignInOperation = paths["/sign-in"]["post"];

type ListFilesOperation = paths["/files"]["get"];

type UploadFileOperation = paths["/files"]["post"];

type ReadFileTextOperation = paths["/files/{fileId}/text"]["get"];

type ListPairsOperation = paths["/pairs"]["get"];

type FollowFeedOperation = paths["/feed"]["get"];

/**
 * Operations tagged `session`.
 */
export interface SessionApi {
    /**
     * `POST /oauth/refresh` (refreshToken)
     */
    readonly refreshToken: Method<RefreshTokenOperation, [
        options?: Options<RefreshTokenOperation>
    ]>;
    /**
     * `POST /sign-in` (signIn)
     */
    readonly signIn: Method<SignInOperation, [
        body: Body<SignInOperation, "application/json">,
        options?: Options<SignInOperation>
    ]>;
}

/**
 * Operations tagged `files`.
 */
export interface FilesApi {
    /**
     * `GET /files` (listFiles)
     *
     * Paginated: `.pages()` and `.items()` follow `next_page_token` to the end.
     */
    readonly list: PaginatedMethod<ListFilesOperation, [
        params: Params<ListFilesOperation>,
        options: Options<ListFilesOperation>
    ], "files">;
    /**
     * `POST /files` (uploadFile)
     */
    readonly upload: Method<UploadFileOperation, [
        body: MultipartBody<Body<UploadFileOperation, "multipart/form-data">, "content" | "extra">,
        options?: Options<UploadFileOperation>
    ]>;
    /**
     * `GET /files/{fileId}/text` (readFileText)
     */
    readonly readText: Method<ReadFileTextOperation, [
        params: Params<ReadFileTextOperation>,
        options?: Options<ReadFileTextOperation>
    ], string>;
    /**
     * `GET /pairs` (listPairs)
     */
    readonly listPairs: Method<ListPairsOperation, [
        params?: Params<ListPairsOperation>,
        options?: Options<ListPairsOperation>
    ]>;
}

/**
 * Operations tagged `operations`.
 */
export interface OperationsApi {
    /**
     * `GET /feed` (followFeed)
     *
     * Returns a reconnecting event subscription; iterate it with `for await`.
     */
    readonly followFeed: StreamMethod<FollowFeedOperation, [
        options?: StreamOptions<FollowFeedOperation>
    ], string>;
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
    readonly sessionApi: SessionApi;
    readonly files: FilesApi;
    readonly operations: OperationsApi;
}

/**
 * What the runtime needs to know about each operation.
 */
const operations = {
    refreshToken: {
        id: "refreshToken",
        method: "post",
        path: "/oauth/refresh",
        hasParams: false,
        tokenField: "access_token",
        credentials: "include",
        public: true
    },
    signIn: {
        id: "signIn",
        method: "post",
        path: "/sign-in",
        hasParams: false,
        body: {
            mediaType: "application/json",
            kind: "json"
        },
        tokenField: "access_token",
        credentials: "include",
        public: true
    },
    listFiles: {
        id: "listFiles",
        method: "get",
        path: "/files",
        queryParams: ["page_token"],
        headerParams: ["X-Tenant"],
        hasParams: true,
        pagination: {
            cursorParam: "page_token",
            nextField: "next_page_token",
            itemsField: "files"
        }
    },
    uploadFile: {
        id: "uploadFile",
        method: "post",
        path: "/files",
        hasParams: false,
        body: {
            mediaType: "multipart/form-data",
            kind: "multipart",
            binaryFields: ["content", "extra"]
        }
    },
    readFileText: {
        id: "readFileText",
        method: "get",
        path: "/files/{fileId}/text",
        pathParams: ["fileId"],
        hasParams: true,
        parseAs: "text"
    },
    listPairs: {
        id: "listPairs",
        method: "get",
        path: "/pairs",
        queryParams: ["cursor"],
        hasParams: true
    },
    followFeed: {
        id: "followFeed",
        method: "get",
        path: "/feed",
        hasParams: false,
        parseAs: "stream",
        sse: {
            json: false
        }
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
    installRefresh(core, operations.refreshToken, "access_token");
    return {
        raw: core.raw,
        session: createSession(core),
        sessionApi: {
            refreshToken: bind(core, operations.refreshToken) as SessionApi["refreshToken"],
            signIn: bind(core, operations.signIn) as SessionApi["signIn"]
        },
        files: {
            list: bind(core, operations.listFiles) as FilesApi["list"],
            upload: bind(core, operations.uploadFile) as FilesApi["upload"],
            readText: bind(core, operations.readFileText) as FilesApi["readText"],
            listPairs: bind(core, operations.listPairs) as FilesApi["listPairs"]
        },
        operations: {
            followFeed: bind(core, operations.followFeed) as OperationsApi["followFeed"]
        }
    };
}
