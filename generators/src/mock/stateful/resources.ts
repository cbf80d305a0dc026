import type { OperationModel, SpecModel } from '../../model/types.js';

/**
 * A collection the stateful mock keeps: `/projects/{projectId}/tasks` with its
 * item path `/projects/{projectId}/tasks/{taskId}`. Found by path convention
 * (an item path is its collection path plus one `{param}` segment); the body
 * member holding the identity comes from OpenAPI links on the create response
 * (`taskId: $response.body#/id`), else from the parameter's name, else `id`.
 */
export interface ResourceKind {
  collectionPath: string;
  itemPath: string;
  itemParam: string;
  idField: string;
}

/** The role an operation plays for the stateful mock. */
export type OperationRole =
  | { role: 'create' | 'list'; kind: ResourceKind }
  | { role: 'read' | 'replace' | 'update' | 'delete'; kind: ResourceKind };

const ITEM_ROLES = { get: 'read', put: 'replace', patch: 'update', delete: 'delete' } as const;

/** Every collection/item pair of the spec, keyed by operation id with the role each operation plays. */
export function discoverResources(model: SpecModel): Map<string, OperationRole> {
  const byPath = new Map<string, OperationModel[]>();
  for (const operation of model.operations) {
    const list = byPath.get(operation.path) ?? [];
    list.push(operation);
    byPath.set(operation.path, list);
  }
  const roles = new Map<string, OperationRole>();
  for (const [itemPath, itemOperations] of byPath) {
    const found = /^(.*)\/\{([^}/]+)\}$/.exec(itemPath);
    if (!found) continue;
    const collectionPath = found[1] === '' ? '/' : (found[1] ?? '/');
    const itemParam = found[2] ?? 'id';
    const collectionOperations = byPath.get(collectionPath) ?? [];
    const create = collectionOperations.find((operation) => operation.method === 'post');
    if (create === undefined) continue;
    const kind: ResourceKind = {
      collectionPath,
      itemPath,
      itemParam,
      idField: idFieldFromLinks(create, itemParam, itemOperations) ?? itemParam,
    };
    roles.set(create.operationId, { role: 'create', kind });
    const list = collectionOperations.find((operation) => operation.method === 'get');
    if (list) roles.set(list.operationId, { role: 'list', kind });
    for (const operation of itemOperations) {
      const role = ITEM_ROLES[operation.method as keyof typeof ITEM_ROLES];
      if (role) roles.set(operation.operationId, { role, kind });
    }
  }
  return roles;
}

/** OAS 3.1 §4.8.20: a link parameter `$response.body#/id` names the member that carries the new resource's id. */
function idFieldFromLinks(create: OperationModel, itemParam: string, itemOperations: OperationModel[]) {
  const itemIds = new Set(itemOperations.map((operation) => operation.operationId));
  for (const response of create.responses) {
    if (!response.status.startsWith('2')) continue;
    for (const link of Object.values(response.links)) {
      if (link.operationId !== undefined && !itemIds.has(link.operationId)) continue;
      const expression = link.parameters?.[itemParam];
      const member =
        typeof expression === 'string' ? /^\$response\.body#\/([^/]+)$/.exec(expression)?.[1] : undefined;
      if (member !== undefined) return member.replaceAll('~1', '/').replaceAll('~0', '~');
    }
  }
  return undefined;
}

/**
 * Uses the parameter name as the member when the body has it, else the
 * parameter's last word (`{team_slug}` names a `slug`, `{file_sha}` a `sha`,
 * `{space_number}` a `number`), else `id` (the common convention).
 */
export function resolveIdField(kind: ResourceKind, body: Record<string, unknown>): string {
  if (kind.idField in body) return kind.idField;
  const word = lastWord(kind.idField);
  if (word !== undefined && word in body) return word;
  return 'id' in body ? 'id' : kind.idField;
}

/** `team_slug` -> `slug`, `fileSha` -> `sha`; undefined for a single word. */
export function lastWord(name: string): string | undefined {
  const found = /(?:[_-]|(?<=[a-z0-9])(?=[A-Z]))([A-Za-z][a-z0-9]*|[A-Z0-9]+)$/.exec(name)?.[1];
  return found === undefined ? undefined : found.toLowerCase();
}

/**
 * The object that carries a resource's identity: the body itself when it has
 * the id member, else the one object-valued member that has it, as in
 * `{card: {id, ...}, errors: []}`.
 */
export function identityHolder(kind: ResourceKind, body: Record<string, unknown>): Record<string, unknown> {
  const field = (value: Record<string, unknown>) => resolveIdField(kind, value) in value;
  if (field(body)) return body;
  const objects = Object.values(body).filter(
    (value): value is Record<string, unknown> =>
      value !== null && typeof value === 'object' && !Array.isArray(value),
  );
  const holding = objects.filter(field);
  return holding.length === 1 ? (holding[0] as Record<string, unknown>) : body;
}
