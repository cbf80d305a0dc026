import type { OperationRole, ResourceKind } from './resources.js';
import { identityHolder, lastWord, resolveIdField } from './resources.js';
import type { ResourceStore } from './store.js';

/** What the stateful layer needs to know about one validated request and the stateless answer to it. */
export interface StatefulRequest {
  role: OperationRole;
  /** Concrete request path without query, e.g. `/projects/p1/tasks/t9`. */
  path: string;
  params: Record<string, string>;
  query: Record<string, unknown>;
  body: unknown;
  /** The stateless answer (example or generated): its status and body give the response shape. */
  mocked: { status: number; headers: Record<string, string>; body: unknown };
  /**
   * A new resource of the created kind, generated from the response schema
   * with what the client sent laid over it (the engine validates it); the
   * `identity` members keep their generated values, the server assigns them.
   */
  fresh: (sent: Record<string, unknown>, identity: string[]) => Record<string, unknown>;
  /** Members the resource's read answers with: a create keeps what the client sent for them. */
  readable?: Set<string>;
  /** Header `If-Match` when sent: the update applies only to that version (RFC 9110 §13.1.1). */
  ifMatch?: string;
}

export type StatefulAnswer =
  | { kind: 'response'; status: number; headers: Record<string, string>; body: unknown }
  | { kind: 'not-found'; detail: string }
  | { kind: 'precondition-failed'; detail: string };

/** Members of list queries that steer paging and order rather than filter. */
const PAGING = new Set([
  'limit',
  'cursor',
  'offset',
  'page',
  'per_page',
  'perPage',
  'pageSize',
  'page_size',
  'sort',
  'order',
  'orderBy',
  'order_by',
  'direction',
  'fields',
  'expand',
  'q',
  'search',
  'include',
]);

/** Applies create/read/update/replace/delete/list to the store and shapes the answer like the stateless one. */
export function handleStateful(store: ResourceStore, request: StatefulRequest): StatefulAnswer {
  const { role, mocked } = request;
  const { kind } = role;
  if (role.role === 'create') return create(store, kind, request);
  if (role.role === 'list') return list(store, request);

  const collection = parentOf(request.path);
  const found = findItem(store, kind, collection, request.params[kind.itemParam] ?? '');
  const id = found?.[0] ?? '';
  const existing = found?.[1];
  if (existing === undefined) return { kind: 'not-found', detail: `No resource at ${request.path}.` };
  if (
    request.ifMatch !== undefined &&
    (role.role === 'update' || role.role === 'replace' || role.role === 'delete')
  ) {
    const current = etagOf(existing);
    const wanted = request.ifMatch.split(',').map((tag) => tag.trim());
    if (!wanted.includes('*') && !wanted.includes(current))
      return { kind: 'precondition-failed', detail: `The resource changed: its current ETag is ${current}.` };
  }
  switch (role.role) {
    case 'read':
      return respond(mocked, existing);
    case 'delete':
      store.delete(collection, id);
      store.deleteBelow(request.path);
      return respond(mocked, isRecord(mocked.body) ? existing : undefined);
    case 'update': {
      const updated = touch(mergePatch(existing, request.body) as Record<string, unknown>, existing);
      store.put(collection, id, updated);
      return respond(mocked, updated);
    }
    case 'replace': {
      const holder = identityHolder(kind, existing);
      const idField = resolveIdField(kind, holder);
      const replaced = touch({ ...existing, ...asRecord(request.body) }, existing);
      // The identity stays, also inside a wrapper the replacement body sent again (`{card: {...}}`).
      const wrapper = Object.keys(existing).find((key) => existing[key] === holder);
      const target = wrapper === undefined ? replaced : replaced[wrapper];
      if (isRecord(target) && holder[idField] !== undefined)
        replaced[wrapper ?? idField] =
          wrapper === undefined ? holder[idField] : { ...target, [idField]: holder[idField] };
      store.put(collection, id, replaced);
      return respond(mocked, replaced);
    }
  }
}

/**
 * The stored item a path parameter names: by its key, else by an identity-like
 * member holding that value (`name`, `slug`, `number`, `*_id`), since clients
 * address resources by whichever member the spec's path uses.
 */
function findItem(
  store: ResourceStore,
  kind: ResourceKind,
  collection: string,
  value: string,
): [string, Record<string, unknown>] | undefined {
  const direct = store.get(collection, value);
  if (direct) return [value, direct];
  for (const [key, item] of store.entries(collection)) {
    const holder = identityHolder(kind, item);
    for (const record of holder === item ? [item] : [item, holder]) {
      for (const [member, memberValue] of Object.entries(record)) {
        if (
          IDENTITY.test(member) &&
          (typeof memberValue === 'string' || typeof memberValue === 'number') &&
          String(memberValue) === value
        )
          return [key, item];
      }
    }
  }
  return undefined;
}

const IDENTITY =
  /^(id|name|slug|key|number|uuid|login|username|handle|code)$|(_id|Id|_name|Name|_number|Number|_key|Key|_slug|Slug)$/;

/** A weak ETag of a stored resource: its `version` when it has one, else a hash of its contents. */
export function etagOf(resource: Record<string, unknown>): string {
  const version = resource.version ?? resource.etag;
  if (typeof version === 'number' || typeof version === 'string') return `"${version}"`;
  let hash = 0x811c9dc5;
  const text = JSON.stringify(resource);
  for (let index = 0; index < text.length; index++)
    hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193);
  return `"${(hash >>> 0).toString(16)}"`;
}

function create(store: ResourceStore, kind: ResourceKind, request: StatefulRequest): StatefulAnswer {
  const sent = asRecord(request.body);
  const word = lastWord(kind.idField);
  const resource = request.fresh(sent, [...new Set([kind.idField, ...(word ? [word] : []), 'id'])]);
  // Parent identities (`projectId`) are the ones in the URL.
  for (const [name, value] of Object.entries(request.params)) if (name in resource) resource[name] = value;
  stampCreation(resource);
  // The identity sits in the body, or in the one object that wraps the resource (`{card: {id}}`).
  const holder = identityHolder(kind, resource);
  const wrapper = Object.keys(resource).find((key) => resource[key] === holder);
  if (holder !== resource) stampCreation(holder);
  const idField = resolveIdField(kind, holder);
  // A client-chosen identity (a membership keyed by the user it adds) is kept; otherwise the mock assigns one.
  const chosen = (wrapper === undefined ? sent : asRecord(sent[wrapper]))[idField];
  const id =
    typeof chosen === 'string' || typeof chosen === 'number' ? chosen : freshId(holder[idField], store);
  holder[idField] = id;
  // Sent members the create's answer does not declare but the read does stay for the read, not the answer.
  const kept = Object.fromEntries(
    Object.entries(sent).filter(([key]) => !(key in resource) && request.readable?.has(key)),
  );
  store.put(request.path, String(id), { ...kept, ...resource });
  const headers = { ...request.mocked.headers };
  const location = Object.keys(headers).find((name) => name.toLowerCase() === 'location');
  if (location !== undefined)
    headers[location] = `${request.path.replace(/\/$/, '')}/${encodeURIComponent(String(id))}`;
  return { kind: 'response', status: request.mocked.status, headers, body: resource };
}

/** Lists what exists, filtered by query members that name resource fields, sorted and paged. */
function list(store: ResourceStore, request: StatefulRequest): StatefulAnswer {
  let all = store.list(request.path);
  for (const [name, value] of Object.entries(request.query)) {
    if (PAGING.has(name) || value === undefined) continue;
    const wanted = (Array.isArray(value) ? value : [value]).map(String);
    all = all.filter((item) => !(name in item) || matches(item[name], wanted));
  }
  const sort = firstValue(request.query.sort ?? request.query.orderBy ?? request.query.order_by);
  if (typeof sort === 'string' && sort !== '')
    all = sorted(all, sort, firstValue(request.query.order ?? request.query.direction));
  const limit = Number(firstValue(request.query.limit ?? request.query.per_page ?? request.query.pageSize));
  const offset =
    decodeCursor(firstValue(request.query.cursor)) ||
    Math.max(0, Number(firstValue(request.query.offset)) || 0);
  const size = Number.isInteger(limit) && limit > 0 ? limit : all.length;
  // Items kept as created in a wrapper (`{card: {...}}`) are listed as what the wrapper holds.
  const page = all.slice(offset, offset + size).map((item) => identityHolder(request.role.kind, item));
  const more = offset + size < all.length;
  const body = request.mocked.body;
  if (Array.isArray(body)) return respond(request.mocked, page);
  if (!isRecord(body)) return respond(request.mocked, body);
  const arrayKey = Object.keys(body).find((key) => Array.isArray(body[key]));
  if (arrayKey === undefined) return respond(request.mocked, body);
  const shaped: Record<string, unknown> = { ...body, [arrayKey]: page };
  for (const key of Object.keys(body)) {
    if (key === arrayKey) continue;
    if (/cursor|next/i.test(key)) shaped[key] = more ? encodeCursor(offset + size) : null;
    else if (/^(total|count|totalCount|total_count)$/.test(key) && typeof body[key] === 'number')
      shaped[key] = all.length;
    else if (/^has_?more$/i.test(key) && typeof body[key] === 'boolean') shaped[key] = more;
  }
  return respond(request.mocked, shaped);
}

function matches(value: unknown, wanted: string[]): boolean {
  if (Array.isArray(value)) return value.some((item) => wanted.includes(String(item)));
  if (isRecord(value)) return wanted.some((text) => Object.values(value).map(String).includes(text));
  return wanted.includes(String(value));
}

/** `sort=title`, `sort=-createdAt`, `sort=title:desc`, `sort=title,desc`, or `order=desc` beside it. */
function sorted(items: Record<string, unknown>[], sort: string, order: unknown): Record<string, unknown>[] {
  const [first] = sort.split(',');
  let field = (first ?? '').trim();
  let descending = String(order ?? '').toLowerCase() === 'desc';
  if (field.startsWith('-')) {
    field = field.slice(1);
    descending = true;
  } else if (field.startsWith('+')) field = field.slice(1);
  const [name, direction] = field.split(':');
  if (direction !== undefined) descending = direction.toLowerCase() === 'desc';
  if (sort.split(',')[1]?.trim().toLowerCase() === 'desc') descending = true;
  const key = name ?? '';
  return [...items].sort((a, b) => {
    const left = a[key];
    const right = b[key];
    // Resources without the field sort last whichever the direction, as APIs commonly document.
    const missingLeft = left === undefined || left === null;
    const missingRight = right === undefined || right === null;
    if (missingLeft || missingRight) return missingLeft === missingRight ? 0 : missingLeft ? 1 : -1;
    const order =
      typeof left === 'number' && typeof right === 'number'
        ? left - right
        : String(left ?? '').localeCompare(String(right ?? ''));
    return descending ? -order : order;
  });
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

const CREATION_STAMPS =
  /^(createdAt|created_at|created|creationDate|updatedAt|updated_at|modifiedAt|modified_at)$/;

/**
 * A new resource was created now: generated creation and update times would
 * make `sort=createdAt` order resources at random.
 */
function stampCreation(resource: Record<string, unknown>): void {
  const now = new Date().toISOString();
  for (const [member, value] of Object.entries(resource))
    if (CREATION_STAMPS.test(member) && typeof value === 'string' && !Number.isNaN(Date.parse(value)))
      resource[member] = /^\d{4}-\d{2}-\d{2}$/.test(value) ? now.slice(0, 10) : now;
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

/**
 * A new id of the kind the schema generated: a sequence number for numbers,
 * a fresh UUID for UUIDs, else the generated value itself (it satisfies the
 * id's pattern and length; each create samples with a new seed).
 */
function freshId(generated: unknown, store: ResourceStore): string | number {
  const sequence = store.next();
  if (typeof generated === 'number') return sequence;
  if (typeof generated === 'string' && generated.length > 0 && !/^[0-9a-f]{8}-[0-9a-f]{4}-/i.test(generated))
    return generated;
  return globalThis.crypto.randomUUID();
}

function parentOf(path: string): string {
  const trimmed = path.replace(/\/$/, '');
  return trimmed.slice(0, trimmed.lastIndexOf('/')) || '/';
}

function encodeCursor(offset: number): string {
  return btoa(JSON.stringify({ offset })).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

function decodeCursor(cursor: unknown): number {
  if (typeof cursor !== 'string') return 0;
  try {
    const text = atob(cursor.replaceAll('-', '+').replaceAll('_', '/'));
    const offset = (JSON.parse(text) as { offset?: unknown }).offset;
    return typeof offset === 'number' && offset >= 0 ? offset : 0;
  } catch {
    return 0;
  }
}

function firstValue(value: unknown): unknown {
  return Array.isArray(value) ? value[0] : value;
}

function asRecord(value: unknown): Record<string, unknown> {
  return isRecord(value) ? value : {};
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
