/**
 * Renders the router's errors as the operation documents them: the status the
 * router chose, and a body in the documented schema of that response. When
 * that is RFC 9457 problem+json (or nothing is documented) the body is the
 * problem document itself; otherwise its pieces (detail, status, errors, ...)
 * are carried by the members of the spec's own error shape, as the mock does.
 *
 *   app.use(createRouter({ handlers, security }));
 *   app.use(routerErrorHandler());   // after the router; other errors pass on
 */
import type { ErrorRequestHandler, Request } from 'express';
import type { ParseSchema } from './descriptors.js';
import { defaultRequestId } from './engine.js';
import { isRouterError, type RouterError, type ValidationIssue } from './runtime.js';

/** RFC 9457 problem details, with the field errors the router found. */
export interface ProblemDocument {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  request_id?: string;
  errors?: ValidationIssue[];
}

const TITLES: Readonly<Record<number, string>> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  406: 'Not Acceptable',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  501: 'Not Implemented',
};

/** The problem document of a router error; `status` is always the status answered. */
export function problemFor(
  error: RouterError,
  context: { instance?: string; requestId?: string } = {},
): ProblemDocument {
  const errors = (error as { errors?: ValidationIssue[] }).errors;
  return {
    type: 'about:blank',
    title: TITLES[error.status] ?? 'Error',
    status: error.status,
    detail: error.message,
    ...(context.instance !== undefined ? { instance: context.instance } : {}),
    ...(context.requestId !== undefined ? { request_id: context.requestId } : {}),
    ...(errors !== undefined && errors.length > 0 ? { errors } : {}),
  };
}

function isJson(mediaType: string): boolean {
  const essence = (mediaType.split(';')[0] ?? '').trim().toLowerCase();
  return essence === '*/*' || essence === 'application/*' || /^application\/(.+\+)?json$/.test(essence);
}

/** The Content-Type and bytes answering `error`, in the documented media type and schema. */
export function documentedBody(
  error: RouterError,
  problem: ProblemDocument,
): { contentType: string; body: string } {
  const media = error.answer?.response?.media ?? [];
  const chosen = media.find((entry) => isJson(entry.mediaType)) ?? media[0];
  // Nothing documented, or a response without content: problem+json tells the client what went wrong.
  if (chosen === undefined) return { contentType: 'application/problem+json', body: JSON.stringify(problem) };
  const schema = asSchema(error.answer?.schemas?.[chosen.mediaType]);
  if (!isJson(chosen.mediaType)) {
    if (/^text\//i.test(chosen.mediaType)) return { contentType: chosen.mediaType, body: problem.detail };
    return { contentType: 'application/problem+json', body: JSON.stringify(problem) };
  }
  const contentType = chosen.mediaType.includes('*') ? 'application/json' : chosen.mediaType;
  return { contentType, body: JSON.stringify(schema === undefined ? problem : fit(problem, schema)) };
}

/** Members of the spec's own error shapes that carry the problem's pieces, by common names (as the mock). */
const ALIASES: Readonly<Record<string, readonly string[]>> = {
  detail: ['detail', 'message', 'error_description', 'description', 'error', 'reason', 'msg'],
  status: ['status', 'statusCode', 'status_code', 'code', 'httpStatus'],
  title: ['title', 'error', 'name'],
  type: ['type'],
  instance: ['instance', 'path'],
  request_id: ['request_id', 'requestId', 'traceId', 'trace_id'],
  errors: ['errors', 'details', 'fields', 'violations'],
};

/** The values a piece may take in the spec's shape, most faithful first. */
function candidates(piece: string, problem: ProblemDocument): unknown[] {
  const value = (problem as unknown as Record<string, unknown>)[piece];
  if (value === undefined) return [];
  if (piece === 'status') return [value, String(value)];
  if (piece === 'errors' && Array.isArray(value)) {
    const issues = value as ValidationIssue[];
    return [issues, issues.map((issue) => `${issue.path || 'body'} ${issue.message}`)];
  }
  return [value];
}

/**
 * The problem shaped to `schema`: itself when it validates; else an object
 * whose declared members each carry a piece of the problem, a member set only
 * when its own schema accepts the value; else (a string schema) the detail.
 */
function fit(problem: ProblemDocument, schema: ParseSchema): unknown {
  if (schema.safeParse(problem).success) return problem;
  const shape = objectShape(schema);
  if (shape === undefined) return schema.safeParse(problem.detail).success ? problem.detail : problem;
  const result: Record<string, unknown> = {};
  const used = new Set<string>();
  for (const [piece, names] of Object.entries(ALIASES)) {
    for (const name of names) {
      const member = shape[name];
      if (used.has(name) || member === undefined) continue;
      const value = candidates(piece, problem).find((candidate) => member.safeParse(candidate).success);
      if (value === undefined) continue;
      result[name] = value;
      used.add(name);
      break;
    }
  }
  return result;
}

interface ZodInternals {
  _zod?: { def?: Record<string, unknown> & { type?: string } };
}

/** The members of an object schema, read through wrappers, `lazy` and `allOf` (intersections). */
function objectShape(schema: unknown, depth = 0): Record<string, ParseSchema> | undefined {
  const def = (schema as ZodInternals | undefined)?._zod?.def;
  if (def === undefined || depth > 8) return undefined;
  switch (def.type) {
    case 'object':
      return def.shape as Record<string, ParseSchema>;
    case 'lazy':
      return objectShape((def.getter as () => unknown)(), depth + 1);
    case 'pipe':
      return objectShape(def.in, depth + 1);
    case 'optional':
    case 'nullable':
    case 'default':
    case 'readonly':
    case 'catch':
      return objectShape(def.innerType, depth + 1);
    case 'intersection': {
      const left = objectShape(def.left, depth + 1);
      const right = objectShape(def.right, depth + 1);
      return left === undefined && right === undefined ? undefined : { ...left, ...right };
    }
    default:
      return undefined;
  }
}

function asSchema(value: unknown): ParseSchema | undefined {
  return typeof (value as ParseSchema | undefined)?.safeParse === 'function'
    ? (value as ParseSchema)
    : undefined;
}

/**
 * Express error handler for the router's errors, mounted after the router:
 * writes each in its documented status and shape. Other errors pass to `next`.
 */
export function routerErrorHandler(
  options: { requestId?: (req: Request) => string } = {},
): ErrorRequestHandler {
  const requestId = options.requestId ?? defaultRequestId;
  return (error, req, res, next) => {
    if (!isRouterError(error) || res.headersSent) {
      next(error);
      return;
    }
    const problem = problemFor(error, {
      instance: (req.originalUrl ?? req.url).split('?')[0] ?? '',
      requestId: requestId(req),
    });
    const { contentType, body } = documentedBody(error, problem);
    res.statusCode = error.status;
    res.setHeader('Content-Type', contentType);
    res.setHeader('Cache-Control', 'no-store');
    res.end(body);
  };
}
