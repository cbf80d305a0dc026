/**
 * Type-level views of one openapi-typescript operation (`paths[P][M]`): the
 * flattened path+query parameters, header options, body, success data and the
 * error union narrowed by status.
 */
import type { ProblemError } from './problem.js';
import type { RetryPolicy } from './retry.js';
import type { EventSubscription, SubscribeOptions } from './sse.js';

type Never<T> = [T] extends [never] ? true : false;
/** `{}` when a parameter group is absent (`query?: never`), else the group. */
type Group<T> = Never<NonNullable<T>> extends true ? Record<never, never> : NonNullable<T>;
type ParameterGroups<Op> = Op extends { parameters: infer P } ? P : Record<never, never>;
type Get<T, K extends string> = T extends { [key in K]?: infer V } ? V : never;
type Simplify<T> = { [K in keyof T]: T[K] } & {};

/** Path and query parameters of an operation as one flat object: `{ projectId, status, cursor }`. */
export type Params<Op> = Simplify<
  Group<Get<ParameterGroups<Op>, 'path'>> & Group<Get<ParameterGroups<Op>, 'query'>>
>;

/** `If-Match` -> `ifMatch`, `X-GitHub-Api-Version` -> `xGithubApiVersion` (must match `headerOptionName`). */
export type HeaderOptionName<S extends string> = S extends `${infer Head}-${infer Rest}`
  ? `${Lowercase<Head>}${Capitalize<HeaderOptionName<Rest>>}`
  : Lowercase<S>;

/** Header parameters of an operation as camelCase options: `{ ifMatch?: string }`. */
export type HeaderOptions<Op> = {
  [K in keyof Group<Get<ParameterGroups<Op>, 'header'>> as K extends string
    ? HeaderOptionName<K>
    : never]: Group<Get<ParameterGroups<Op>, 'header'>>[K];
};

/** Request body of an operation for one media type. */
export type Body<Op, Media extends string> = Op extends { requestBody?: infer B }
  ? NonNullable<B> extends { content: infer C }
    ? Media extends keyof C
      ? C[Media]
      : never
    : never
  : never;

/** A file part: anything `FormData` can carry as a file. */
export type BinaryInput = Blob | ArrayBuffer | Uint8Array;

/** A multipart body: the fields the spec marks as binary accept `Blob`/`File`/`Buffer`. */
export type MultipartBody<B, BinaryFields extends string> = Simplify<{
  [K in keyof B]: K extends BinaryFields
    ? BinaryInput | (B[K] extends unknown[] ? BinaryInput[] : never)
    : B[K];
}>;

type Responses<Op> = Op extends { responses: infer R } ? R : Record<never, never>;
type SuccessStatus = 200 | 201 | 202 | 203 | 204 | 205 | 206 | 207 | 208 | 226 | '2XX';
type ContentOf<R> = R extends { content: infer C } ? C[keyof C] : undefined;

/** The data a call resolves to: the body of its documented 2xx response(s) (`undefined` for 204). */
export type Data<Op> = {
  [S in keyof Responses<Op>]: S extends SuccessStatus ? ContentOf<Responses<Op>[S]> : never;
}[keyof Responses<Op>];

type ErrorStatusKey<Op> = {
  [S in keyof Responses<Op>]: S extends number
    ? S extends SuccessStatus
      ? never
      : S extends 300 | 301 | 302 | 303 | 304 | 307 | 308
        ? never
        : S
    : never;
}[keyof Responses<Op>];

type HasCatchAll<Op> = Extract<keyof Responses<Op>, '4XX' | '5XX' | 'default'> extends never ? false : true;

/**
 * The error a call of `Op` can throw: a union of `ProblemError`s, one per
 * documented error status, so checking `status` narrows `body`. Ranges
 * (`4XX`, `default`) add a `ProblemError<number>` member.
 */
export type OperationError<Op> =
  | { [S in ErrorStatusKey<Op>]: ProblemError<S & number, ContentOf<Responses<Op>[S]>> }[ErrorStatusKey<Op>]
  | (HasCatchAll<Op> extends true ? ProblemError<number, unknown> : never);

/** Options every call accepts. */
export interface CallOptions {
  /** Cancels the call. */
  signal?: AbortSignal;
  /** Timeout for this call in ms (default from the client); 0 disables it. */
  timeoutMs?: number;
  /** Retry policy for this call, or `false` to never retry it. */
  retry?: Partial<RetryPolicy> | false;
  /** Extra headers. */
  headers?: Record<string, string>;
  /** Validate this response against the spec (needs `validators` in the client options). */
  validate?: boolean;
}

/** The options argument of an operation: call options plus its header parameters. */
export type Options<Op> = Simplify<CallOptions & HeaderOptions<Op>>;

/** Static facts about an operation, reachable as `api.tasks.list.operation`. */
export interface OperationInfo<Op = unknown> {
  readonly id: string;
  readonly method: string;
  readonly path: string;
  /** Phantom: carries the operation's type for `isProblemError(err, method)`. */
  readonly __type?: Op;
}

/** A facade method: callable, and carrying its operation's facts. */
export type Method<Op, Args extends unknown[], Result = Data<Op>> = ((...args: Args) => Promise<Result>) & {
  readonly operation: OperationInfo<Op>;
  /** The same call, also giving the response (for headers such as `ETag` or `Location`). */
  withResponse(...args: Args): Promise<{ data: Result; response: Response }>;
};

type PageItems<Page, ItemsField extends string> = Page extends { [K in ItemsField]: infer Items }
  ? Items extends readonly (infer Item)[]
    ? Item
    : never
  : never;

/** A method over a cursor-paginated list: call it for one page, or iterate every page or item. */
export type PaginatedMethod<Op, Args extends unknown[], ItemsField extends string> = Method<Op, Args> & {
  /** Every page, following the cursor until the last. */
  pages(...args: Args): AsyncIterableIterator<Data<Op>>;
  /** Every item of every page. */
  items(...args: Args): AsyncIterableIterator<PageItems<Data<Op>, ItemsField>>;
};

/** A method over a Server-Sent Events operation: returns a reconnecting subscription. */
export type StreamMethod<Op, Args extends unknown[], EventData> = ((
  ...args: Args
) => EventSubscription<EventData>) & {
  readonly operation: OperationInfo<Op>;
};

/** The options argument of a streaming operation. */
export type StreamOptions<Op> = Simplify<
  Omit<CallOptions, 'validate'> & SubscribeOptions & HeaderOptions<Op>
>;
