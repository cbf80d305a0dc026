import { type CaseContext, operationCase } from '../cases/context.js';
import { isReservedHeader, type ValueContext, validValues } from '../cases/values.js';
import type { Failure } from '../checks/finding.js';
import type { RequestValues } from '../http/serialize.js';
import { flatten, type OperationModel, type ParameterModel } from '../specloom.js';
import type { ObservedResponse } from '../types.js';
import type { ResourceFamily } from './families.js';
import { identityPaths, idMemberNames, valueAt } from './ids.js';
import type { Execute } from './sequence.js';

/** Pages read at most while looking for a created item. */
const MAX_PAGES = 5;

const PAGE_SIZE = /^(limit|per_?page|page_?size|size|max|max_?results|count|top|first)$/i;
const CURSOR = /^(cursor|page_?token|after|marker|continuation(_?token)?|starting_?after|next(_?token)?)$/i;
const PAGE_NUMBER = /^(page|page_?number|page_?no)$/i;
const OFFSET = /^(offset|skip|start)$/i;
const NEXT_MEMBER = /^(next|next_?cursor|next_?page_?token|next_?token|next_?marker|cursor)$/i;

/**
 * After a create, the collection's list must contain the new item: the list
 * is read without optional filters (the page size at its documented
 * maximum), paging on through a next cursor, `Link: rel=next`, a page number
 * or an offset, at most `MAX_PAGES` pages. A finding only when nothing
 * documented could exclude the item (a required filter, a filter with a
 * default) and every page was read.
 */
export async function checkListedAfterCreate(
  context: CaseContext,
  family: ResourceFamily,
  id: unknown,
  createValues: RequestValues,
  execute: Execute,
  notes: string[],
): Promise<void> {
  const list = family.list;
  if (!list) return;
  const excluding = list.parameters.filter((parameter) => couldExclude(parameter, context));
  const valueContext: ValueContext = { spec: context.contract.spec, seed: context.seed, pool: context.pool };
  const values = validValues(list, valueContext, 'minimal', ':listed');
  values.path = { ...values.path, ...pick(createValues.path, list) };
  const size = list.parameters.find(
    (parameter) => parameter.in === 'query' && PAGE_SIZE.test(parameter.name),
  );
  const maximum = size
    ? flatten(size.schema, { document: context.contract.spec.document }).maximum
    : undefined;
  if (size && typeof maximum === 'number') values.query[size.name] = Math.min(maximum, 1000);
  const paged = list.parameters.some(
    (parameter) =>
      parameter.in === 'query' &&
      [CURSOR, PAGE_NUMBER, OFFSET, PAGE_SIZE].some((re) => re.test(parameter.name)),
  );

  for (let page = 1; page <= MAX_PAGES; page++) {
    let next: RequestValues | undefined;
    let found = false;
    const judge = (response: ObservedResponse): Failure[] => {
      if (response.status < 200 || response.status >= 300) return [];
      const items = listItems(response.json);
      if (items === undefined) return [];
      found = items.some((item) => names(context, list, item, family.idParameter, id));
      if (found) return [];
      next = nextPage(list, values, response, items.length);
      // A truncated page with no way on, or filters that may hide the item: say nothing.
      const limit = size ? values.query[size.name] : undefined;
      const complete =
        next === undefined &&
        (!paged ||
          items.length === 0 ||
          page > 1 ||
          announcesNext(response.json) ||
          (typeof limit === 'number' && items.length < limit));
      if (next !== undefined || !complete || excluding.length > 0) return [];
      return [
        {
          check: 'ensure_listed_after_create',
          message: `the item created just before (${family.idParameter} ${JSON.stringify(id)}) is not in the list${page > 1 ? ` (${page} pages read)` : ''}`,
          expected: `an item with ${family.idParameter} ${JSON.stringify(id)} (the list documents no filter that could exclude it)`,
          actual: `${items.length} item(s) without it`,
        },
      ];
    };
    const testCase = operationCase(
      context,
      list,
      'stateful',
      `${family.collectionPath} listed after create${page > 1 ? `, page ${page}` : ''}`,
      values,
      { kind: 'accepted' },
    );
    const response = await execute(testCase, judge);
    if (!response || found || next === undefined) {
      if (response && !found && next === undefined && excluding.length > 0)
        notes.push(
          `stateful ${family.collectionPath}: the created item was not in the list, not judged: ${excluding.map((parameter) => parameter.name).join(', ')} may filter it out`,
        );
      return;
    }
    Object.assign(values, next);
  }
  notes.push(
    `stateful ${family.collectionPath}: the created item was not in the first ${MAX_PAGES} pages of the list, not judged`,
  );
}

/** A documented filter the engine must send or the server applies anyway (a default): it may hide the new item. */
function couldExclude(parameter: ParameterModel, context: CaseContext): boolean {
  if (parameter.in === 'path' || isReservedHeader(parameter)) return false;
  if ([CURSOR, PAGE_NUMBER, OFFSET, PAGE_SIZE].some((re) => re.test(parameter.name))) return false;
  const flat = flatten(parameter.schema, { document: context.contract.spec.document });
  return parameter.required || flat.default !== undefined;
}

function pick(path: Record<string, unknown>, operation: OperationModel): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(path).filter(([name]) =>
      operation.parameters.some((entry) => entry.in === 'path' && entry.name === name),
    ),
  );
}

/** The list's items: the body when it is an array, else its one array member (also inside one wrapper). */
export function listItems(body: unknown): unknown[] | undefined {
  if (Array.isArray(body)) return body;
  if (!isRecord(body)) return undefined;
  const arrays = Object.values(body).filter(Array.isArray);
  if (arrays.length === 1) return arrays[0] as unknown[];
  const wrappers = Object.values(body).filter(isRecord);
  if (arrays.length === 0 && wrappers.length === 1) return listItems(wrappers[0]);
  return undefined;
}

/** Whether a list item is the resource with `id`: by its identity members, by schema or by name. */
function names(
  context: CaseContext,
  list: OperationModel,
  item: unknown,
  idParameter: string,
  id: unknown,
): boolean {
  if (typeof item === 'string' || typeof item === 'number') return String(item) === String(id);
  const memberNames = idMemberNames(idParameter);
  const schema = list.responses.find((entry) => /^2/.test(entry.status))?.content[0]?.schema;
  const paths = [
    ...memberNames.map((name) => [name]),
    ...(schema === undefined
      ? []
      : identityPaths(context.contract.spec, schema, memberNames).map((path) => path.slice(-1))),
  ];
  return paths.some((path) => {
    const value = valueAt(item, path);
    return (typeof value === 'string' || typeof value === 'number') && String(value) === String(id);
  });
}

/** The next page's values, when the answer says there is one and the operation documents how to ask for it. */
function nextPage(
  list: OperationModel,
  values: RequestValues,
  response: ObservedResponse,
  itemCount: number,
): RequestValues | undefined {
  const query = (re: RegExp) =>
    list.parameters.find((parameter) => parameter.in === 'query' && re.test(parameter.name));
  const link = /<([^>]+)>\s*;\s*rel="?next"?/.exec(response.headers.link ?? '');
  if (link?.[1]) {
    const url = new URL(link[1], 'http://link.invalid');
    const documented = Object.fromEntries(
      [...url.searchParams].filter(([name]) =>
        list.parameters.some((entry) => entry.in === 'query' && entry.name === name),
      ),
    );
    if (Object.keys(documented).length > 0) return { ...values, query: { ...values.query, ...documented } };
  }
  const cursor = query(CURSOR);
  const token = nextToken(response.json);
  if (cursor && token !== undefined) return { ...values, query: { ...values.query, [cursor.name]: token } };
  if (itemCount === 0) return undefined;
  const pageNumber = query(PAGE_NUMBER);
  if (pageNumber && cursor === undefined) {
    const current = Number(values.query[pageNumber.name] ?? 1);
    return { ...values, query: { ...values.query, [pageNumber.name]: current + 1 } };
  }
  const offset = query(OFFSET);
  if (offset && cursor === undefined) {
    const current = Number(values.query[offset.name] ?? 0);
    return { ...values, query: { ...values.query, [offset.name]: current + itemCount } };
  }
  return undefined;
}

/** The body has a next-page member (null on the last page): a cursor protocol whose end was reached. */
function announcesNext(body: unknown): boolean {
  if (!isRecord(body)) return false;
  return Object.entries(body).some(
    ([name, value]) =>
      NEXT_MEMBER.test(name) || (isRecord(value) && Object.keys(value).some((key) => NEXT_MEMBER.test(key))),
  );
}

function nextToken(body: unknown, depth = 0): string | number | undefined {
  if (!isRecord(body)) return undefined;
  for (const [name, value] of Object.entries(body))
    if (NEXT_MEMBER.test(name) && (typeof value === 'string' || typeof value === 'number') && value !== '')
      return value;
  if (depth > 0) return undefined;
  for (const value of Object.values(body)) {
    const token = nextToken(value, depth + 1);
    if (token !== undefined) return token;
  }
  return undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
