import { bind, createCore, createSession, installRefresh, type CallOptions, type Client, type ClientOptions, type MultipartBody, type OperationDescriptor, type OperationInfo, type Options, type PaginatedMethod, type Session, type StreamMethod, type StreamOptions } from "@specloom/sdk-runtime";

import type { paths } from "./types.js";

type RefreshTokenOperation = paths["/oauth/refresh"]["post"];

type SignInOperation = paths["/sign-in"]["post"];

type ListFilesOperation = paths["/files"]["get"];

type UploadFileOperation = paths["/files"]["post"];

type ReadFileTextOperation = paths["/files/{fileId}/text"]["get"];

type ListPairsOperation = paths["/pairs"]["get"];

type FollowFeedOperation = paths["/feed"]["get"];

/**
 * The types of every operation, by operation name: `params` (path and query parameters), `body`,
 * `options`, `data` (what a call resolves to), `error` (what it throws, narrowed by `status`) and, for
 * event streams, `event`. Written out from the spec rather than computed, so they cost the compiler
 * little: `OperationTypes["listTasks"]["data"]`.
 */
export interface OperationTypes {
    /**
     * `POST /oauth/refresh` (refreshToken)
     */
    refreshToken: {
        options: CallOptions;
        data: RefreshTokenOperation["responses"]["200"]["content"]["application/json"];
        error: never;
    };
    /**
     * `POST /sign-in` (signIn)
     */
    signIn: {
        body: NonNullable<SignInOperation["requestBody"]>["content"]["application/json"];
        options: CallOptions;
        data: SignInOperation["responses"]["200"]["content"]["application/json"];
        error: never;
    };
    /**
     * `GET /files` (listFiles)
     */
    listFiles: {
        params: NonNullable<ListFilesOperation["parameters"]["query"]>;
        options: Options<ListFilesOperation>;
        data: ListFilesOperation["responses"]["200"]["content"]["application/json"];
        error: never;
    };
    /**
     * `POST /files` (uploadFile)
     */
    uploadFile: {
        body: MultipartBody<NonNullable<UploadFileOperation["requestBody"]>["content"]["multipart/form-data"], "content" | "extra">;
        options: CallOptions;
        data: undefined;
        error: never;
    };
    /**
     * `GET /files/{fileId}/text` (readFileText)
     */
    readFileText: {
        params: NonNullable<ReadFileTextOperation["parameters"]["path"]>;
        options: CallOptions;
        data: string;
        error: never;
    };
    /**
     * `GET /pairs` (listPairs)
     */
    listPairs: {
        params: NonNullable<ListPairsOperation["parameters"]["query"]>;
        options: CallOptions;
        data: ListPairsOperation["responses"]["200"]["content"]["application/json"];
        error: never;
    };
    /**
     * `GET /feed` (followFeed)
     */
    followFeed: {
        options: StreamOptions<FollowFeedOperation>;
        event: string;
    };
}

/**
 * Operations tagged `session`.
 */
export interface SessionApi {
    /**
     * `POST /oauth/refresh` (refreshToken)
     */
    readonly refreshToken: {
        (options?: OperationTypes["refreshToken"]["options"]): Promise<OperationTypes["refreshToken"]["data"]>;
        withResponse(options?: OperationTypes["refreshToken"]["options"]): Promise<{
            data: OperationTypes["refreshToken"]["data"];
            response: Response;
        }>;
        readonly operation: OperationInfo<RefreshTokenOperation>;
    };
    /**
     * `POST /sign-in` (signIn)
     */
    readonly signIn: {
        (body: OperationTypes["signIn"]["body"], options?: OperationTypes["signIn"]["options"]): Promise<OperationTypes["signIn"]["data"]>;
        withResponse(body: OperationTypes["signIn"]["body"], options?: OperationTypes["signIn"]["options"]): Promise<{
            data: OperationTypes["signIn"]["data"];
            response: Response;
        }>;
        readonly operation: OperationInfo<SignInOperation>;
    };
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
        params: OperationTypes["listFiles"]["params"],
        options: OperationTypes["listFiles"]["options"]
    ], "files">;
    /**
     * `POST /files` (uploadFile)
     */
    readonly upload: {
        (body: OperationTypes["uploadFile"]["body"], options?: OperationTypes["uploadFile"]["options"]): Promise<OperationTypes["uploadFile"]["data"]>;
        withResponse(body: OperationTypes["uploadFile"]["body"], options?: OperationTypes["uploadFile"]["options"]): Promise<{
            data: OperationTypes["uploadFile"]["data"];
            response: Response;
        }>;
        readonly operation: OperationInfo<UploadFileOperation>;
    };
    /**
     * `GET /files/{fileId}/text` (readFileText)
     */
    readonly readText: {
        (params: OperationTypes["readFileText"]["params"], options?: OperationTypes["readFileText"]["options"]): Promise<OperationTypes["readFileText"]["data"]>;
        withResponse(params: OperationTypes["readFileText"]["params"], options?: OperationTypes["readFileText"]["options"]): Promise<{
            data: OperationTypes["readFileText"]["data"];
            response: Response;
        }>;
        readonly operation: OperationInfo<ReadFileTextOperation>;
    };
    /**
     * `GET /pairs` (listPairs)
     */
    readonly listPairs: {
        (params?: OperationTypes["listPairs"]["params"], options?: OperationTypes["listPairs"]["options"]): Promise<OperationTypes["listPairs"]["data"]>;
        withResponse(params?: OperationTypes["listPairs"]["params"], options?: OperationTypes["listPairs"]["options"]): Promise<{
            data: OperationTypes["listPairs"]["data"];
            response: Response;
        }>;
        readonly operation: OperationInfo<ListPairsOperation>;
    };
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
        options?: OperationTypes["followFeed"]["options"]
    ], OperationTypes["followFeed"]["event"]>;
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
const operations: Record<keyof OperationTypes, OperationDescriptor> = {
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
};

/**
 * Creates an API client.
 *
 * @example
 * const api = createClient({ baseUrl: 'https://api.example.com' });
 */
export function createClient(options: ClientOptions): Api {
    const core = createCore<paths>(options);
    installRefresh<paths>(core, operations.refreshToken, "access_token");
    return {
        raw: core.raw,
        session: createSession<paths>(core),
        sessionApi: {
            refreshToken: bind<paths>(core, operations.refreshToken) as SessionApi["refreshToken"],
            signIn: bind<paths>(core, operations.signIn) as SessionApi["signIn"]
        },
        files: {
            list: bind<paths>(core, operations.listFiles) as FilesApi["list"],
            upload: bind<paths>(core, operations.uploadFile) as FilesApi["upload"],
            readText: bind<paths>(core, operations.readFileText) as FilesApi["readText"],
            listPairs: bind<paths>(core, operations.listPairs) as FilesApi["listPairs"]
        },
        operations: {
            followFeed: bind<paths>(core, operations.followFeed) as OperationsApi["followFeed"]
        }
    };
}
