/**
 * The data the generated `router.ts` hands to the engine: one descriptor per
 * operation, derived from the spec at generation time, so the engine itself
 * holds nothing spec-specific.
 */
import { type IssueLocation, type SchemaIssue, toValidationIssues } from './issues.js';
import type { ValidationIssue } from './runtime.js';

export type ParameterLocation = 'path' | 'query' | 'header' | 'cookie';

/** How a parameter's raw text is split into values (OAS 3.1 §4.8.12.4 style values). */
export type ParameterShape = 'scalar' | 'array' | 'object';

export interface ParameterDescriptor {
  /** Name as written in the spec (headers are matched case-insensitively). */
  name: string;
  in: ParameterLocation;
  shape: ParameterShape;
  style?: string;
  explode?: boolean;
}

/** `json`/`form`/`text` bodies are read and parsed by the router; `stream` bodies go to the handler unread. */
export type RequestBodyKind = 'json' | 'form' | 'text' | 'stream';

export interface RequestBodyDescriptor {
  required: boolean;
  media: { mediaType: string; kind: RequestBodyKind }[];
}

export type ResponseBodyKind = 'json' | 'sse' | 'binary' | 'text';

export interface ResponseDescriptor {
  /** `200`, `4XX` or `default`, as written in the spec. */
  status: string;
  /** Documented header names, as written. */
  headers: string[];
  /** Empty when the response has no body. The first entry is sent unless the result names another. */
  media: { mediaType: string; kind: ResponseBodyKind }[];
}

export type SecuritySchemeDescriptor =
  | { type: 'http'; scheme: string }
  | { type: 'apiKey'; in: 'header' | 'query' | 'cookie'; name: string }
  | { type: 'oauth2' }
  | { type: 'openIdConnect' }
  | { type: 'mutualTLS' };

/** The subset of a zod schema the engine uses (works for `zod` and `zod/mini`). */
export interface ParseSchema {
  safeParse(value: unknown):
    | { success: true; data: unknown }
    | {
        success: false;
        error: { issues: readonly { path: readonly PropertyKey[]; message: string; code: string }[] };
      };
}

/** One export of the zod target's `operations.ts`. */
export interface OperationSchemas {
  request?: {
    path?: ParseSchema;
    query?: ParseSchema;
    headers?: ParseSchema;
    cookies?: ParseSchema;
    body?: { readonly [mediaType: string]: ParseSchema | undefined };
  };
  /** Response schemas, by status and media type (used by tests and tools, not by the router). */
  responses?: unknown;
}

export interface OperationDescriptor {
  operationId: string;
  /** Key of the handler group in `Handlers` (the first tag, camelCased). */
  group: string;
  /** Method name inside the group. */
  handler: string;
  method: 'get' | 'put' | 'post' | 'delete' | 'options' | 'head' | 'patch' | 'trace';
  /** OpenAPI path template. */
  path: string;
  /** Express 5 route path. */
  expressPath: string;
  /** Express parameter name -> spec parameter name (they differ for names like `user-id`). */
  pathParams: Readonly<Record<string, string>>;
  parameters: readonly ParameterDescriptor[];
  /** Alternatives of the security requirement; each lists schemes that must all pass. `[]` = public, `[[]]` = optional. */
  security: readonly (readonly string[])[];
  body?: RequestBodyDescriptor;
  responses: readonly ResponseDescriptor[];
  schemas: OperationSchemas;
}

/**
 * Validates `value` and returns the parsed data, or the failing fields located
 * and worded for people (see `issues.ts`); `names` maps a parameter's key to
 * its spelling in the spec.
 */
export function validate(
  schema: ParseSchema,
  value: unknown,
  location: IssueLocation,
  names?: (name: string) => string,
): { ok: true; data: unknown } | { ok: false; issues: ValidationIssue[] } {
  const result = schema.safeParse(value);
  if (result.success) return { ok: true, data: result.data };
  return {
    ok: false,
    issues: toValidationIssues(result.error.issues as readonly SchemaIssue[], value, location, names),
  };
}
