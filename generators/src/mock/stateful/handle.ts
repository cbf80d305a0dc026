import { randomUUID } from 'node:crypto';
import type { OperationRole, ResourceKind } from './resources.js';
import { resolveIdField } from './resources.js';
import type { ResourceStore } from './store.js';

/** What the stateful layer needs to know about one validated request and Prism's answer to it. */
export interface StatefulRequest {
  role: OperationRole;
  /** Concrete request path without query, e.g. `/projects/p1/tasks/t9`. */
  path: string;
  params: Record<string, string>;
  query: Record<string, string | string[]>;
  body: unknown;
  /** Prism's (example or generated) answer: its status and body give the response shape. */
  mocked: { status: number; headers: Record<string, string | string[]>; body: unknown };
}

export type StatefulAnswer =
  | { kind: 'response'; status: number; headers: Record<string, string | string[]>; body: unknown }
  | { kind: 'not-found'; detail: string };

/** Applies create/read/update/replace/delete/list to the store and shapes the answer like Prism's. */
export function handleStateful(store: ResourceStore, request: StatefulRequest): StatefulAnswer {
  const { role, mocked } = request;
  const { kind } = role;
  if (role.role === 'create') return create(store, kind, request);
  if (role.role === 'list') return list(store, request);

  const collection = parentOf(request.path);
  const id = request.params[kind.itemParam] ?? '';
  const existing = store.get(collection, id);
  if (existing === undefined) return { kind: 'not-found', detail: `No resource at ${request.path}.` };
  switch (role.role) {
    case 'read':
      return respond(mocked, existing);
    case 'delete':
      store.delete(collection, id);
      return respond(mocked, isRecord(mocked.body) ? existing : undefined);
    case 'update': {
      const updated = touch(mergePatch(existing, request.body) as Record<string, unknown>, existing);
      store.put(collection, id, updated);
      return respond(mocked, updated);
    }
    case 'replace': {
      const idField = resolveIdField(kind, existing);
      const replaced = touch(
        { ...existing, ...asRecord(request.body), [idField]: existing[idField] },
        existing,
      );
      store.put(collection, id, replaced);
      return respond(mocked, replaced);
    }
  }
}

function create(store: ResourceStore, kind: ResourceKind, request: StatefulRequest): StatefulAnswer {
  const template = asRecord(request.mocked.body);
  const resource: Record<string, unknown> = { ...template };
  // Members the client sent and the response also carries take the client's value.
  for (const [key, value] of Object.entries(asRecord(request.body))) {
    if (key in template || Object.keys(template).length === 0) resource[key] = value;
  }
  // Parent identities (`projectId`) are the ones in the URL, not the example's.
  for (const [name, value] of Object.entries(request.params)) if (name in resource) resource[name] = value;
  const idField = resolveIdField(kind, resource);
  // A client-chosen identity (a membership keyed by the user it adds) is kept; otherwise the mock assigns one.
  const chosen = asRecord(request.body)[idField];
  const id =
    typeof chosen === 'string' || typeof chosen === 'number' ? chosen : freshId(template[idField], store);
  resource[idField] = id;
  const now = new Date().toISOString();
  for (const stamp of ['createdAt', 'updatedAt'])
    if (typeof resource[stamp] === 'string') resource[stamp] = now;
  store.put(request.path, String(id), resource);
  const headers = { ...request.mocked.headers };
  const location = Object.keys(headers).find((name) => name.toLowerCase() === 'location');
  if (location !== undefined)
    headers[location] = `${request.path.replace(/\/$/, '')}/${encodeURIComponent(String(id))}`;
  return { kind: 'response', status: request.mocked.status, headers, body: resource };
}

/** Lists what exists: the page shape is Prism's, its array member holds the stored items. */
function list(store: ResourceStore, request: StatefulRequest): StatefulAnswer {
  const all = store.list(request.path);
  const limit = Number(firstValue(request.query.limit));
  const offset = decodeCursor(firstValue(request.query.cursor));
  const size = Number.isInteger(limit) && limit > 0 ? limit : all.length;
  const page = all.slice(offset, offset + size);
  const more = offset + size < all.length;
  const body = request.mocked.body;
  if (Array.isArray(body)) return respond(request.mocked, page);
  if (!isRecord(body)) return respond(request.mocked, body);
  const arrayKey = Object.keys(body).find((key) => Array.isArray(body[key]));
  if (arrayKey === undefined) return respond(request.mocked, body);
  const shaped: Record<string, unknown> = { ...body, [arrayKey]: page };
  for (const key of Object.keys(body)) {
    if (/cursor|next/i.test(key) && key !== arrayKey) shaped[key] = more ? encodeCursor(offset + size) : null;
  }
  return respond(request.mocked, shaped);
}

function respond(mocked: StatefulRequest['mocked'], body: unknown): StatefulAnswer {
  return {
    kind: 'response',
    status: mocked.status,
    headers: mocked.headers,
    body: mocked.status === 204 ? undefined : body,
  };
}

/**
 * RFC 7396 JSON Merge Patch, except that `null` sets a member that already
 * exists to null instead of removing it: specs commonly model "clear this
 * field" as a nullable required member, which removal would break.
 */
function mergePatch(target: unknown, patch: unknown): unknown {
  if (!isRecord(patch)) return patch;
  const result: Record<string, unknown> = isRecord(target) ? { ...target } : {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) {
      if (key in result) result[key] = null;
    } else {
      result[key] = mergePatch(result[key], value);
    }
  }
  return result;
}

/** Bumps `updatedAt` and an integer `version`, the common optimistic-concurrency members. */
function touch(
  resource: Record<string, unknown>,
  previous: Record<string, unknown>,
): Record<string, unknown> {
  if (typeof previous.updatedAt === 'string') resource.updatedAt = new Date().toISOString();
  if (typeof previous.version === 'number') resource.version = previous.version + 1;
  return resource;
}

/** A new id of the same kind as the example's: UUID for UUID-looking strings, a sequence number for numbers. */
function freshId(example: unknown, store: ResourceStore): string | number {
  const sequence = store.next();
  if (typeof example === 'number') return sequence;
  if (typeof example === 'string' && !/^[0-9a-f]{8}-[0-9a-f]{4}-/i.test(example))
    return `${example.replace(/[-_]?\d+$/, '')}-${sequence}`;
  return randomUUID();
}

function parentOf(path: string): string {
  const trimmed = path.replace(/\/$/, '');
  return trimmed.slice(0, trimmed.lastIndexOf('/')) || '/';
}

function encodeCursor(offset: number): string {
  return Buffer.from(JSON.stringify({ offset })).toString('base64url');
}

function decodeCursor(cursor: string | undefined): number {
  if (cursor === undefined) return 0;
  try {
    const offset = (JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as { offset?: unknown })
      .offset;
    return typeof offset === 'number' && offset >= 0 ? offset : 0;
  } catch {
    return 0;
  }
}

function firstValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

function asRecord(value: unknown): Record<string, unknown> {
  return isRecord(value) ? value : {};
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
