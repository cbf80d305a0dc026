import type { OperationModel, SpecModel } from '../specloom.js';

/** The operations that manage one kind of resource: a collection path and its item path. */
export interface ResourceFamily {
  collectionPath: string;
  itemPath: string;
  /** The item path's own parameter, e.g. `taskId` in `/projects/{projectId}/tasks/{taskId}`. */
  idParameter: string;
  create: OperationModel;
  read: OperationModel;
  update?: OperationModel;
  list?: OperationModel;
  remove?: OperationModel;
  /** How the id is read from the create exchange: an OAS link's runtime expression, when the spec has one. */
  idExpression?: string;
}

/**
 * Finds resource families by path convention: `POST C` creates, and
 * `GET|PATCH|PUT|DELETE C/{id}` read, update and delete what it created.
 * Links on the create response (to the read operation) say where the id is.
 * Ordered by path depth so parents are created before their children.
 */
export function findFamilies(spec: SpecModel): ResourceFamily[] {
  const families: ResourceFamily[] = [];
  const at = (path: string, method: string) =>
    spec.operations.find((operation) => operation.path === path && operation.method === method);
  for (const create of spec.operations) {
    if (create.method !== 'post' || answersWithParent(spec, create)) continue;
    const itemPaths = [...new Set(spec.operations.map((operation) => operation.path))].filter((path) =>
      isItemPathOf(create.path, path),
    );
    for (const itemPath of itemPaths) {
      const read = at(itemPath, 'get');
      if (!read) continue;
      const idParameter = itemPath.slice(itemPath.lastIndexOf('{') + 1, -1);
      const update = at(itemPath, 'patch') ?? at(itemPath, 'put');
      const list = at(create.path, 'get');
      const remove = at(itemPath, 'delete');
      const idExpression = linkExpression(create, read, idParameter);
      families.push({
        collectionPath: create.path,
        itemPath,
        idParameter,
        create,
        read,
        ...(update ? { update } : {}),
        ...(list ? { list } : {}),
        ...(remove ? { remove } : {}),
        ...(idExpression ? { idExpression } : {}),
      });
    }
  }
  return families.sort(
    (a, b) =>
      depth(a.collectionPath) - depth(b.collectionPath) || (a.collectionPath < b.collectionPath ? -1 : 1),
  );
}

/**
 * A POST below an item (`/issues/{issue_number}/assignees`) that answers with
 * that item's own representation acts on the item (adds assignees, labels):
 * it creates nothing the path below could read, and its answer holds no id
 * of a child, so no create/read sequence is derived from it.
 */
export function answersWithParent(spec: SpecModel, create: OperationModel): boolean {
  const parentPath = create.path.slice(0, create.path.lastIndexOf('/'));
  if (!/\}$/.test(parentPath)) return false;
  const parentRead = spec.operations.find(
    (operation) => operation.path === parentPath && operation.method === 'get',
  );
  if (!parentRead) return false;
  const created = successSchemas(create);
  const parent = new Set(successSchemas(parentRead));
  return created.length > 0 && created.every((schema) => parent.has(schema));
}

function successSchemas(operation: OperationModel): string[] {
  return operation.responses
    .filter((response) => response.status.startsWith('2'))
    .flatMap((response) =>
      response.content.flatMap((media) => (media.schema === undefined ? [] : [JSON.stringify(media.schema)])),
    );
}

/**
 * Whether `itemPath` addresses one member of the collection `collectionPath`:
 * nested (`/todos` + `/todos/{id}`), or a sibling with the singular name
 * (`/silences` + `/silence/{silenceID}`, `/categories` + `/category/{id}`).
 */
export function isItemPathOf(collectionPath: string, itemPath: string): boolean {
  const collection = collectionPath.replace(/\/$/, '');
  if (/\}$/.test(collection)) return false;
  const rest = itemPath.startsWith(`${collection}/`) ? itemPath.slice(collection.length + 1) : undefined;
  if (rest !== undefined && /^\{[^}/]+\}$/.test(rest)) return true;
  const cut = collection.lastIndexOf('/');
  const parent = collection.slice(0, cut);
  const plural = collection.slice(cut + 1);
  const match = /^(.*)\/([^/{}]+)\/\{[^}/]+\}$/.exec(itemPath);
  if (!match || match[1] !== parent) return false;
  return singulars(plural).includes(match[2] as string);
}

/** The singular forms an English plural path segment can have (`silences` -> `silence`, `entries` -> `entry`). */
function singulars(plural: string): string[] {
  const forms: string[] = [];
  if (/ies$/.test(plural)) forms.push(`${plural.slice(0, -3)}y`);
  if (/(s|x|z|ch|sh)es$/.test(plural)) forms.push(plural.slice(0, -2));
  // Not `status` or `address`: a word ending in -us or -ss is no plural.
  if (/[^su]s$/.test(plural)) forms.push(plural.slice(0, -1));
  return forms;
}

/**
 * Why no sequence could run for some operations: a create with no read of
 * its own item, or an item read no create produces. One note, not findings:
 * the spec simply offers no create/read pair there.
 */
export function familyGaps(spec: SpecModel, families: ResourceFamily[]): string | undefined {
  const creates = new Set(families.map((family) => family.create.operationId));
  const reads = new Set(families.map((family) => family.read.operationId));
  const gaps: string[] = [];
  for (const operation of spec.operations) {
    const isItem = /\}$/.test(operation.path);
    if (
      operation.method === 'post' &&
      !isItem &&
      !creates.has(operation.operationId) &&
      !answersWithParent(spec, operation)
    )
      gaps.push(`POST ${operation.path} (no GET of one created item)`);
    if (operation.method === 'get' && isItem && !reads.has(operation.operationId))
      gaps.push(`GET ${operation.path} (no POST creates it)`);
  }
  if (gaps.length === 0) return undefined;
  const shown = gaps.slice(0, 8).join('; ');
  const more = gaps.length > 8 ? `; and ${gaps.length - 8} more` : '';
  return `stateful: no create/read pair, so no sequence ran for ${shown}${more}`;
}

/** OAS 3.x §4.8.20: a link from the create response to the read operation names the parameter's source. */
function linkExpression(
  create: OperationModel,
  read: OperationModel,
  idParameter: string,
): string | undefined {
  for (const response of create.responses) {
    if (!response.status.startsWith('2')) continue;
    for (const link of Object.values(response.links)) {
      const targetsRead =
        link.operationId === read.operationId ||
        (link.operationRef !== undefined &&
          decodeURIComponent(link.operationRef.replace(/~1/g, '/')).includes(read.path));
      if (!targetsRead) continue;
      const parameters = link.parameters ?? {};
      const expression = parameters[idParameter] ?? parameters[`path.${idParameter}`];
      if (typeof expression === 'string') return expression;
    }
  }
  return undefined;
}

function depth(path: string): number {
  return path.split('/').length;
}
