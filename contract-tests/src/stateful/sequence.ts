import { type CaseContext, operationCase } from '../cases/context.js';
import { identityKeys, validValues, withPathIdentity } from '../cases/values.js';
import type { Failure } from '../checks/finding.js';
import type { RequestValues } from '../http/serialize.js';
import type { OperationModel } from '../specloom.js';
import type { ObservedResponse, TestCase } from '../types.js';
import type { ResourceFamily } from './families.js';
import { evaluateExpression } from './links.js';

/** Sends a case, runs every check plus `extra`, records findings; `undefined` when no answer came (or the budget ran out). */
export type Execute = (
  testCase: TestCase,
  extra?: (response: ObservedResponse) => Failure[],
) => Promise<ObservedResponse | undefined>;

/**
 * create -> read -> update -> list -> delete -> read-gone for one family.
 * A first, separate create leaves a resource alive in the pool so later cases
 * (and child families) have a real id to address.
 */
export async function runFamily(
  context: CaseContext,
  family: ResourceFamily,
  execute: Execute,
  notes: string[],
): Promise<void> {
  const valueContext = { spec: context.contract.spec, seed: context.seed, pool: context.pool };
  const step = (operation: OperationModel, name: string, values: RequestValues) =>
    operationCase(context, operation, 'stateful', `${family.collectionPath} ${name}`, values, {
      kind: 'accepted',
    });

  // A create whose optional members refer to other resources (an assignee, a parent) can be refused
  // for reasons of state the spec cannot express; the required-members-only variant is the fallback.
  const createResource = async (name: string, salt: string) => {
    const full = validValues(family.create, valueContext, 'generated', salt);
    const response = await execute(step(family.create, name, full));
    if (!response || isSuccess(response.status) || response.status >= 500) return { response, values: full };
    const minimal = validValues(family.create, valueContext, 'minimal', salt);
    return {
      response: await execute(step(family.create, `${name}, required members only`, minimal)),
      values: minimal,
    };
  };

  const { response: keeper, values: keeperValues } = await createResource(
    'create (kept for other cases)',
    ':keeper',
  );
  if (keeper && isSuccess(keeper.status)) {
    const keptId = resourceId(context, family, keeper, keeperValues);
    if (keptId !== undefined && !context.pool.has(family.idParameter))
      context.pool.set(family.idParameter, keptId);
  }

  const { response: created, values: createValues } = await createResource('create', ':lifecycle');
  if (!created) return;
  if (!isSuccess(created.status)) {
    notes.push(`stateful ${family.collectionPath}: create answered ${created.status}, sequence skipped`);
    return;
  }
  const id = resourceId(context, family, created, createValues);
  if (id === undefined) {
    notes.push(
      `stateful ${family.collectionPath}: no id for {${family.idParameter}} in the create response, sequence skipped`,
    );
    return;
  }
  const addressed = (operation: OperationModel, salt: string): RequestValues => {
    const values = validValues(operation, valueContext, 'generated', salt);
    values.path[family.idParameter] = id;
    if (values.body)
      values.body = { ...values.body, value: withPathIdentity(values.body.value, values.path) };
    return values;
  };
  const mustExist =
    (what: string) =>
    (response: ObservedResponse): Failure[] =>
      response.status === 404 || response.status === 410
        ? [
            {
              check: 'ensure_resource_availability',
              message: `${what} answered ${response.status} for a resource created just before`,
              expected: 'the created resource to exist',
              actual: String(response.status),
            },
          ]
        : [];

  const read = await execute(
    step(family.read, 'read after create', addressed(family.read, ':read')),
    mustExist('read after create'),
  );
  if (!read) return;
  let etag = read.headers.etag;

  if (family.update) {
    const values = addressed(family.update, ':update');
    withPrecondition(family.update, values, etag);
    const updated = await execute(step(family.update, 'update', values), mustExist('update after create'));
    etag = updated?.headers.etag ?? etag;
    if (updated && isSuccess(updated.status) && values.body && !values.body.raw) {
      const sent = values.body.value;
      const reread = await execute(
        step(family.read, 'read after update', addressed(family.read, ':reread')),
        (response) =>
          isSuccess(response.status)
            ? updateNotVisible(withoutIdentity(sent, family.idParameter), response.json)
            : [],
      );
      etag = reread?.headers.etag ?? etag;
    }
  }
  if (family.list)
    await execute(step(family.list, 'list', validValues(family.list, valueContext, 'generated', ':list')));
  if (!family.remove) return;
  const removeValues = addressed(family.remove, ':delete');
  withPrecondition(family.remove, removeValues, etag);
  const removed = await execute(
    step(family.remove, 'delete', removeValues),
    mustExist('delete after create'),
  );
  if (!removed || !isSuccess(removed.status)) return;
  await execute(step(family.read, 'read after delete', addressed(family.read, ':gone')), (response) =>
    isSuccess(response.status)
      ? [
          {
            check: 'use_after_free',
            message: `deleted resource still answers ${response.status}`,
            expected: '404 or 410',
            actual: String(response.status),
          },
        ]
      : [],
  );
}

/**
 * After a successful update, a read must show what was written: every
 * top-level member sent that the read also returns must have the sent value
 * (strings compared trimmed and case-insensitively, numbers to 1e-9, since
 * servers normalise). Members the read does not return are not judged, nor
 * members the read returns as another kind of value: a request that names a
 * related thing (`machine: "large"`) and a read that embeds it (`machine: {…}`)
 * are two representations, not a stale one.
 */
export function updateNotVisible(sent: unknown, read: unknown): Failure[] {
  if (!isRecord(sent) || !isRecord(read)) return [];
  const stale = Object.entries(sent).filter(
    ([name, value]) =>
      name in read && isContainer(value) === isContainer(read[name]) && !looselyEqual(value, read[name]),
  );
  if (stale.length === 0) return [];
  const [name, value] = stale[0] as [string, unknown];
  return [
    {
      check: 'ensure_update_applied',
      message: `read after a successful update still shows the old ${stale.map(([key]) => key).join(', ')}`,
      expected: `${name}: ${JSON.stringify(value)} (as sent in the update)`,
      actual: `${name}: ${JSON.stringify(read[name])}`,
      jsonPath: `$.${name}`,
    },
  ];
}

/** The members naming the resource itself (`id`, `{taskId}`) are its identity, never updated state. */
function withoutIdentity(sent: unknown, idParameter: string): unknown {
  if (!isRecord(sent)) return sent;
  const rest = { ...sent };
  for (const key of identityKeys(idParameter)) delete rest[key];
  return rest;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Objects and arrays embed; a scalar in their place names or summarises (an id, a size), never the same data. */
function isContainer(value: unknown): boolean {
  return value !== null && typeof value === 'object';
}

function looselyEqual(a: unknown, b: unknown): boolean {
  if (typeof a === 'string' && typeof b === 'string')
    return a.trim().toLowerCase() === b.trim().toLowerCase();
  if (typeof a === 'number' && typeof b === 'number') return Math.abs(a - b) < 1e-9;
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((item, index) => looselyEqual(item, b[index]));
  if (isRecord(a) && isRecord(b))
    return Object.entries(a).every(([key, value]) => !(key in b) || looselyEqual(value, b[key]));
  return a === b;
}

/** RFC 9110 §13.1.1: an operation that takes `If-Match` gets the current ETag. */
function withPrecondition(operation: OperationModel, values: RequestValues, etag: string | undefined): void {
  const ifMatch = operation.parameters.find(
    (parameter) => parameter.in === 'header' && parameter.name.toLowerCase() === 'if-match',
  );
  if (ifMatch && etag !== undefined) values.header[ifMatch.name] = etag;
  else if (ifMatch) delete values.header[ifMatch.name];
}

/**
 * The created resource's id: from the spec's link if it has one, else
 * `id`-like body fields, else the Location header; only a value that fits the
 * item path parameter's schema counts.
 */
function resourceId(
  context: CaseContext,
  family: ResourceFamily,
  response: ObservedResponse,
  values: RequestValues,
): unknown {
  const parameter = family.read.parameters.find(
    (entry) => entry.in === 'path' && entry.name === family.idParameter,
  );
  const fits = (value: unknown) => {
    if (value === undefined || value === null || value === '') return false;
    if (!parameter) return true;
    const asNumber = typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value) ? Number(value) : undefined;
    return [value, asNumber].some(
      (candidate) =>
        candidate !== undefined &&
        context.contract.validator.validate(parameter.schema, candidate).length === 0,
    );
  };
  return [...idCandidates(family, response, values)].find(fits);
}

function* idCandidates(
  family: ResourceFamily,
  response: ObservedResponse,
  values: RequestValues,
): Generator<unknown> {
  if (family.idExpression) {
    const linked = evaluateExpression(family.idExpression, {
      requestBody: values.body?.value,
      requestPath: values.path,
      requestQuery: values.query,
      response,
      url: '',
    });
    yield linked;
  }
  const body = response.json;
  if (body !== null && typeof body === 'object' && !Array.isArray(body)) {
    const record = body as Record<string, unknown>;
    const stem = family.idParameter.replace(/_?(id|Id|ID|number|Number|name|Name)$/, '');
    for (const key of [family.idParameter, 'id', 'uuid', 'number', 'key', 'name', stem]) {
      const value = record[key];
      if (typeof value === 'string' || typeof value === 'number') yield value;
    }
  }
  const location = response.headers.location;
  if (location) yield decodeURIComponent(location.replace(/\/+$/, '').split('/').pop() ?? '');
}

function isSuccess(status: number): boolean {
  return status >= 200 && status < 300;
}
