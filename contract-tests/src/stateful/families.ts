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
    if (create.method !== 'post') continue;
    const itemPaths = [...new Set(spec.operations.map((operation) => operation.path))].filter((path) => {
      if (!path.startsWith(`${create.path.replace(/\/$/, '')}/`)) return false;
      const rest = path.slice(create.path.replace(/\/$/, '').length + 1);
      return /^\{[^}/]+\}$/.test(rest);
    });
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
