/** What the generated client tells the runtime about each operation (plain data, no types). */
export interface OperationDescriptor {
  /** The operation's identifier (its `operationId`, made a valid identifier). */
  id: string;
  method: 'get' | 'put' | 'post' | 'delete' | 'options' | 'head' | 'patch' | 'trace';
  /** Path template as written in the spec. */
  path: string;
  /** Names of path parameters, then query parameters, as the flat `params` argument holds them. */
  pathParams?: readonly string[];
  queryParams?: readonly string[];
  /** Header parameters, by their spec names; options carry them camelCased. */
  headerParams?: readonly string[];
  /** Whether the method takes a `params` argument (first). */
  hasParams: boolean;
  /** The request body the method takes (after `params`), if any. */
  body?: {
    mediaType: string;
    kind: 'json' | 'multipart' | 'urlencoded' | 'raw';
    binaryFields?: readonly string[];
  };
  /** How to read the success body (default json). */
  parseAs?: 'json' | 'text' | 'blob' | 'stream';
  /** A header that makes this request idempotent; a fresh key is sent when the caller gives none. */
  idempotencyHeader?: string;
  /** Cursor pagination: query parameter that takes the cursor, page fields with the next cursor and the items. */
  pagination?: { cursorParam: string; nextField: string; itemsField: string };
  /** A Server-Sent Events stream; `json` when each event's data is a JSON document. */
  sse?: { json: boolean };
  /** Field of the 2xx body that holds a new access token, which the client then keeps. */
  tokenField?: string;
  /** True when the operation needs no credentials: its 401s (e.g. a wrong password) never trigger a refresh. */
  public?: boolean;
  /** `include` when cookies must travel with the call (session cookies, declared cookie parameters). */
  credentials?: 'include';
}

/** `If-Match` -> `ifMatch` (the runtime twin of the `HeaderOptionName` type). */
export function headerOptionName(header: string): string {
  const [head = '', ...rest] = header.split('-');
  return (
    head.toLowerCase() +
    rest.map((part) => part.charAt(0).toUpperCase() + part.slice(1).toLowerCase()).join('')
  );
}
