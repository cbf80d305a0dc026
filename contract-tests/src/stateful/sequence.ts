import { type CaseContext, operationCase } from '../cases/context.js';
import { examplesBreakSchema } from '../cases/example-validity.js';
import { type ValueSource, validValues, withPathIdentity } from '../cases/values.js';
import type { Failure } from '../checks/finding.js';
import { snippet } from '../checks/response.js';
import { preferredMediaType, type RequestValues } from '../http/serialize.js';
import { flatten, type OperationModel } from '../specloom.js';
import type { ObservedResponse, TestCase } from '../types.js';
import { createNotVisible, updateNotVisible, withoutIdentity } from './compare.js';
import { withFutureTimes } from './create-input.js';
import type { ResourceFamily } from './families.js';
import { identityPaths, idMemberNames, resourceId, valueAt } from './ids.js';
import { checkListedAfterCreate } from './listed.js';
import { basedOnCreate } from './update-input.js';

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

  // The spec's own example first (it often satisfies rules written only in prose), then generated
  // values; a create whose optional members refer to other resources (an assignee, a parent) can be
  // refused for reasons of state the spec cannot express, so the required-members-only variant is last.
  // Once a source was accepted, later creates start with it.
  const createMedia = family.create.requestBody
    ? preferredMediaType(family.create.requestBody.content)
    : undefined;
  // An example that breaks its own schema (outside a pattern or an enum) is not tried: refusing it is right.
  const usableExample =
    createMedia !== undefined &&
    createMedia.examples.length > 0 &&
    !examplesBreakSchema(
      context.contract,
      family.create,
      validValues(family.create, valueContext, 'example', ':keeper'),
    );
  let sources: ValueSource[] = [...(usableExample ? (['example'] as const) : []), 'generated', 'minimal'];
  const label: Record<ValueSource, string> = {
    example: ', from the spec example',
    generated: '',
    minimal: ', required members only',
  };
  let timedAccepted = false;
  const createResource = async (name: string, salt: string) => {
    let last: { response: ObservedResponse | undefined; values: RequestValues } | undefined;
    const attempts = sources.flatMap((source): CreateAttempt[] => {
      const values = validValues(family.create, valueContext, source, salt);
      const timed = source === 'minimal' ? withFutureTimes(context, family.create, values) : undefined;
      return [
        ...(timed && timedAccepted ? [] : [{ source, values, label: label[source], timed: false }]),
        ...(timed
          ? [
              {
                source,
                values: timed,
                label: `${label[source]}, times in the future and in order`,
                timed: true,
              },
            ]
          : []),
      ];
    });
    for (const attempt of attempts) {
      const response = await execute(step(family.create, `${name}${attempt.label}`, attempt.values));
      last = { response, values: attempt.values };
      if (response && isSuccess(response.status)) {
        sources = sources.slice(sources.indexOf(attempt.source));
        timedAccepted = attempt.timed;
        break;
      }
      if (!response || response.status >= 500) break;
    }
    return (
      last ?? { response: undefined, values: validValues(family.create, valueContext, 'generated', salt) }
    );
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
    notes.push(
      `stateful ${family.collectionPath}: step create (${family.create.operationId}) answered ${created.status} ${snippet(created.bodyText)}, sequence skipped`,
    );
    return;
  }
  const id = resourceId(context, family, created, createValues);
  if (id === undefined) {
    notes.push(
      `stateful ${family.collectionPath}: no id for {${family.idParameter}} in the create answer (body, wrapper, Location or link), sequence skipped: ${snippet(created.bodyText)}`,
    );
    return;
  }
  // The created resource lives under the parents the create named (`/orgs/{org}/hooks`): every later
  // step addresses the same parents, or a real server rightly answers 404.
  const parents = (operation: OperationModel): Record<string, unknown> =>
    Object.fromEntries(
      Object.entries(createValues.path).filter(([name]) =>
        operation.parameters.some((parameter) => parameter.in === 'path' && parameter.name === name),
      ),
    );
  const addressed = (operation: OperationModel, salt: string): RequestValues => {
    const values = validValues(operation, valueContext, 'generated', salt);
    values.path = { ...values.path, ...parents(operation) };
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

  const createBody =
    createValues.body && !createValues.body.raw && /json/.test(createValues.body.mediaType)
      ? createValues.body.value
      : undefined;
  const readSchema = family.read.responses.find((entry) => /^2/.test(entry.status))?.content[0]?.schema;
  const createdSchema = family.create.responses.find((entry) => entry.status === String(created.status))
    ?.content[0]?.schema;
  // A sent member the read's schema cannot hold (a request enum wider than the response's) is not judged.
  const readProperties =
    readSchema === undefined
      ? {}
      : (flatten(readSchema, { document: context.contract.spec.document }).properties ?? {});
  const readable = (name: string, value: unknown) => {
    const property = readProperties[name];
    return property === undefined || context.contract.validator.validate(property, value).length === 0;
  };
  const read = await execute(
    step(family.read, 'read after create', addressed(family.read, ':read')),
    (response) => [
      ...mustExist('read after create')(response),
      ...(isSuccess(response.status) && createBody !== undefined
        ? createNotVisible(
            context.contract.spec,
            createBody,
            resourceOf(context, family, created.json, createdSchema),
            resourceOf(context, family, response.json, readSchema),
            readSchema,
            family.idParameter,
            readable,
          )
        : []),
    ],
  );
  if (!read) return;
  if (isSuccess(read.status)) await checkListedAfterCreate(context, family, id, createValues, execute, notes);
  let etag = read.headers.etag;
  let lastRead = read.json;

  if (family.update) {
    const generated = addressed(family.update, ':update');
    const values = basedOnCreate(context, family.update, generated, createBody);
    withPrecondition(family.update, values, etag);
    const updated = await execute(step(family.update, 'update', values), mustExist('update after create'));
    etag = updated?.headers.etag ?? etag;
    if (updated && isSuccess(updated.status) && values.body && !values.body.raw) {
      const sent = values.body.value;
      const reread = await execute(
        step(family.read, 'read after update', addressed(family.read, ':reread')),
        (response) =>
          isSuccess(response.status)
            ? updateNotVisible(withoutIdentity(sent, family.idParameter), response.json, readable)
            : [],
      );
      etag = reread?.headers.etag ?? etag;
      if (reread && isSuccess(reread.status)) lastRead = reread.json;
    }
  }
  if (family.list) {
    const listValues = validValues(family.list, valueContext, 'generated', ':list');
    listValues.path = { ...listValues.path, ...parents(family.list) };
    await execute(step(family.list, 'list', listValues));
  }
  if (!family.remove) return;
  const removeValues = addressed(family.remove, ':delete');
  withPrecondition(family.remove, removeValues, etag);
  const removed = await execute(
    step(family.remove, 'delete', removeValues),
    mustExist('delete after create'),
  );
  if (!removed || !isSuccess(removed.status)) return;
  await execute(step(family.read, 'read after delete', addressed(family.read, ':gone')), (response) => {
    if (!isSuccess(response.status)) return [];
    // A soft delete (Alertmanager expires a silence, Stripe answers `deleted: true`) keeps the resource
    // readable in a terminal state: a changed state member says the delete took effect.
    const state = changedState(lastRead, response.json);
    if (state) {
      notes.push(
        `stateful ${family.collectionPath}: still readable after delete, with ${state} changed: read as a soft delete, not judged`,
      );
      return [];
    }
    return [
      {
        check: 'use_after_free',
        message: `deleted resource still answers ${response.status}`,
        expected: '404 or 410',
        actual: String(response.status),
      },
    ];
  });
}

/** RFC 9110 §13.1.1: an operation that takes `If-Match` gets the current ETag. */
function withPrecondition(operation: OperationModel, values: RequestValues, etag: string | undefined): void {
  const ifMatch = operation.parameters.find(
    (parameter) => parameter.in === 'header' && parameter.name.toLowerCase() === 'if-match',
  );
  if (ifMatch && etag !== undefined) values.header[ifMatch.name] = etag;
  else if (ifMatch) delete values.header[ifMatch.name];
}

const STATE_MEMBER =
  /^(state|status|deleted|deleted_?at|archived|expired|removed|active|enabled|lifecycle)$/i;

/** The first state-like member (`status.state`, `deleted`) whose value differs between two reads, as a path. */
function changedState(before: unknown, after: unknown, prefix = '', depth = 0): string | undefined {
  if (!isRecord(after)) return undefined;
  const old = isRecord(before) ? before : {};
  for (const [name, value] of Object.entries(after)) {
    const path = prefix ? `${prefix}.${name}` : name;
    if (STATE_MEMBER.test(name) && !isRecord(value) && JSON.stringify(value) !== JSON.stringify(old[name]))
      return path;
    if (depth < 1 && isRecord(value)) {
      const inner = changedState(old[name], value, path, depth + 1);
      if (inner) return inner;
    }
  }
  return undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

interface CreateAttempt {
  source: ValueSource;
  values: RequestValues;
  label: string;
  /** Dates and times moved into the future, in window order. */
  timed: boolean;
}

/** The resource in a body: the object that holds its identity member (a wrapper's inside), else the body. */
function resourceOf(
  context: CaseContext,
  family: ResourceFamily,
  body: unknown,
  schema: Parameters<typeof identityPaths>[1] | undefined,
): unknown {
  if (schema === undefined) return body;
  const path = identityPaths(context.contract.spec, schema, idMemberNames(family.idParameter))[0];
  return path && path.length > 1 ? valueAt(body, path.slice(0, -1)) : body;
}

function isSuccess(status: number): boolean {
  return status >= 200 && status < 300;
}
