import fc from 'fast-check';
import { type CaseContext, operationCase } from '../cases/context.js';
import { documentsSuccess } from '../cases/positive.js';
import {
  cloneValues,
  identityKeys,
  isMeaningful,
  isReservedHeader,
  parameterValue,
  validValues,
} from '../cases/values.js';
import type { RequestValues } from '../http/serialize.js';
import { flatten, type JsonSchema, type OperationModel } from '../specloom.js';
import type { CaseKind, Expectation, TestCase } from '../types.js';
import { alternativeSchema, schemaArbitrary } from './arbitrary.js';
import { boundaryEdges } from './boundaries.js';
import { propertyCases } from './examples.js';
import { unsatisfiableFormats } from './formats.js';
import { operationSpace } from './operation-input.js';
import { pairwiseRows } from './pairwise.js';
import { hashString } from './seed.js';

export interface ExploreOptions {
  /** Property-based requests drawn per operation. */
  maxExamples: number;
  kinds: Set<CaseKind>;
  /** Cases already derived for the operation: an exploration case sending the same request is dropped. */
  existing: TestCase[];
}

/**
 * Exploration beyond the fixed cases, in the spirit of Schemathesis: one
 * valid request per `oneOf`/`anyOf` alternative, a boundary sweep (edges as
 * positive cases, one past each edge as negative ones), pairwise combinations
 * of the optional parameters, and `maxExamples` requests drawn by fast-check.
 * A request whose values use a format no generator produces claims nothing: its
 * refusal is not a finding, and the format is named once in the report's notes.
 */
export function exploreCases(
  context: CaseContext,
  operation: OperationModel,
  options: ExploreOptions,
): TestCase[] {
  try {
    return explore(context, operation, options);
  } catch (error) {
    // A schema the generator cannot draw from must not stop the run: the fixed cases still run.
    context.explorationFailures?.set(
      operation.operationId,
      error instanceof Error ? error.message : String(error),
    );
    return [];
  }
}

function explore(context: CaseContext, operation: OperationModel, options: ExploreOptions): TestCase[] {
  const space = operationSpace(context.contract, operation, context.pool);
  for (const format of unsatisfiableFormats(context.contract, operation)) space.unsatisfiable.add(format);
  for (const format of space.unsatisfiable)
    if (!context.unsatisfiableFormats?.has(format))
      context.unsatisfiableFormats?.set(format, operation.operationId);
  const expectation: Expectation =
    documentsSuccess(operation) && space.unsatisfiable.size === 0
      ? { kind: 'accepted' }
      : { kind: 'exploratory' };
  const base = validValues(
    operation,
    { spec: context.contract.spec, seed: context.seed, pool: context.pool },
    'generated',
  );
  const cases: TestCase[] = [];
  if (options.kinds.has('positive')) {
    cases.push(...alternativeCases(context, operation, base, expectation));
    cases.push(...boundaryCases(context, operation, base, expectation, true));
    cases.push(...pairwiseCases(context, operation, base, expectation));
    cases.push(...propertyCases(context, operation, space, options.maxExamples, expectation));
  }
  if (options.kinds.has('negative'))
    cases.push(...boundaryCases(context, operation, base, expectation, false));
  const seen = new Set(options.existing.map(signature));
  return cases.filter((testCase) => {
    const key = signature(testCase);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function signature(testCase: TestCase): string {
  const { request } = testCase;
  return `${testCase.kind} ${request.method} ${request.url} ${JSON.stringify(request.body ?? null)} ${JSON.stringify(request.headers)}`;
}

/** Where a schema sits in the request, and how to put a value there. */
interface Target {
  label: string;
  schema: JsonSchema;
  current: unknown;
  place: 'body' | 'query' | 'header' | 'cookie' | 'path';
  set: (values: RequestValues, value: unknown) => void;
  /** Whether the whole request is valid once `value` is in place. */
  accepts: (values: RequestValues) => boolean;
}

function targets(context: CaseContext, operation: OperationModel, base: RequestValues): Target[] {
  const { contract } = context;
  const document = contract.spec.document;
  const list: Target[] = [];
  for (const parameter of operation.parameters) {
    if (isReservedHeader(parameter) || parameter.in === 'path') continue;
    if (!parameter.required && !isMeaningful(parameter.schema, contract.spec)) continue;
    list.push({
      label: `${parameter.in} parameter ${parameter.name}`,
      schema: parameter.schema,
      current: base[parameter.in][parameter.name],
      place: parameter.in,
      set: (values, value) => {
        values[parameter.in][parameter.name] = value;
      },
      accepts: (values) =>
        contract.requestValidator.validate(parameter.schema, values[parameter.in][parameter.name]).length ===
        0,
    });
  }
  const body = base.body;
  const schema = operation.requestBody?.content.find((entry) => entry.mediaType === body?.mediaType)?.schema;
  if (body && schema !== undefined && !body.mediaType.startsWith('multipart/')) {
    const accepts = (values: RequestValues) =>
      contract.requestValidator.validate(schema, values.body?.value).length === 0;
    list.push({
      label: 'body',
      schema,
      current: body.value,
      place: 'body',
      set: (values, value) => {
        if (values.body) values.body = { ...values.body, value };
      },
      accepts,
    });
    const identity = new Set(
      operation.parameters
        .filter((parameter) => parameter.in === 'path')
        .flatMap((parameter) => identityKeys(parameter.name)),
    );
    const record =
      body.value !== null && typeof body.value === 'object' && !Array.isArray(body.value)
        ? (body.value as Record<string, unknown>)
        : undefined;
    for (const [name, property] of Object.entries(flatten(schema, { document }).properties ?? {})) {
      if (record === undefined || flatten(property, { document }).readOnly === true) continue;
      // The body's own identity (`id` beside `PUT /todos/{id}`) carries the path's value: another one
      // names a different resource, a contradiction servers rightly refuse.
      if (identity.has(name)) continue;
      list.push({
        label: `body member ${name}`,
        schema: property,
        current: record[name],
        place: 'body',
        set: (values, value) => {
          if (values.body)
            values.body = { ...values.body, value: { ...(values.body.value as object), [name]: value } };
        },
        accepts,
      });
    }
  }
  return list;
}

/** One valid request per `oneOf`/`anyOf` alternative of the body, a top-level member, or a parameter. */
function alternativeCases(
  context: CaseContext,
  operation: OperationModel,
  base: RequestValues,
  expectation: Expectation,
): TestCase[] {
  const document = context.contract.spec.document;
  const cases: TestCase[] = [];
  for (const target of targets(context, operation, base)) {
    const flat = flatten(target.schema, { document });
    const options = flat.oneOf ?? flat.anyOf;
    if (!options || options.length < 2) continue;
    const keyword = flat.oneOf ? 'oneOf' : 'anyOf';
    for (const [index, option] of options.entries()) {
      const arbitrary = schemaArbitrary(alternativeSchema(flat, index), {
        document,
        place: target.place,
        unsatisfiable: new Set(),
      });
      const draws = fc.sample(arbitrary, {
        seed: hashString(`${context.seed}:${operation.operationId}:${target.label}:${index}`) | 0,
        numRuns: 40,
      });
      for (const value of draws) {
        const values = cloneValues(base);
        target.set(values, value);
        if (!target.accepts(values) || context.contract.requestValidator.validate(option, value).length > 0)
          continue;
        cases.push(
          operationCase(
            context,
            operation,
            'positive',
            `${target.label}: ${keyword} alternative ${index + 1}`,
            values,
            expectation,
          ),
        );
        break;
      }
    }
  }
  return cases;
}

/** Edges of each parameter and top-level body member: valid ones must be accepted, one past them refused. */
function boundaryCases(
  context: CaseContext,
  operation: OperationModel,
  base: RequestValues,
  expectation: Expectation,
  valid: boolean,
): TestCase[] {
  const { contract } = context;
  const cases: TestCase[] = [];
  for (const target of targets(context, operation, base)) {
    if (target.label === 'body') continue;
    for (const edge of boundaryEdges(
      target.schema,
      contract.spec.document,
      target.current,
      target.place === 'body',
    )) {
      if (edge.valid !== valid) continue;
      const values = cloneValues(base);
      target.set(values, edge.value);
      if (valid) {
        if (!target.accepts(values)) continue;
        cases.push(
          operationCase(
            context,
            operation,
            'positive',
            `${target.label} at ${edge.label}`,
            values,
            expectation,
          ),
        );
        continue;
      }
      // A negative edge must be invalid as the server reads it: parameters as wire text, bodies as JSON.
      const invalid =
        target.place === 'body'
          ? !target.accepts(values)
          : contract.parameterValidator.validate(target.schema, String(edge.value)).length > 0;
      if (!invalid) continue;
      cases.push(
        operationCase(context, operation, 'negative', `${target.label} at ${edge.label}`, values, {
          kind: 'rejected',
          violation: `${target.label} at ${edge.label}`,
        }),
      );
    }
  }
  return cases;
}

/**
 * Optional parameters included and omitted in pairwise combinations (the
 * all-omitted request is a positive case of its own). A row that sends a
 * free-form parameter (an opaque cursor the spec cannot describe) only has to
 * get a documented answer.
 */
function pairwiseCases(
  context: CaseContext,
  operation: OperationModel,
  base: RequestValues,
  expectation: Expectation,
): TestCase[] {
  const spec = context.contract.spec;
  const optional = operation.parameters.filter(
    (parameter) => !parameter.required && !isReservedHeader(parameter),
  );
  if (optional.length < 2) return [];
  const valueContext = { spec, seed: context.seed, pool: context.pool };
  return pairwiseRows(optional.length).map((row) => {
    const values = cloneValues(base);
    let freeForm = false;
    const sent: string[] = [];
    for (const [index, parameter] of optional.entries()) {
      if (!row[index]) {
        delete values[parameter.in][parameter.name];
        continue;
      }
      sent.push(parameter.name);
      if (!isMeaningful(parameter.schema, spec)) freeForm = true;
      values[parameter.in][parameter.name] ??= parameterValue(
        parameter,
        valueContext,
        'generated',
        ':pairwise',
      );
    }
    return operationCase(
      context,
      operation,
      'positive',
      `optional parameters ${sent.join(', ')} sent`,
      values,
      freeForm ? { kind: 'exploratory' } : expectation,
    );
  });
}
