import fc from 'fast-check';
import {
  isMeaningful,
  isReservedHeader,
  type ResourcePool,
  withFileParts,
  withPathIdentity,
} from '../cases/values.js';
import type { Contract } from '../contract.js';
import { preferredMediaType, type RequestValues } from '../http/serialize.js';
import type { MediaTypeModel, OperationModel, ParameterModel } from '../specloom.js';
import { schemaArbitrary, type ValuePlace } from './arbitrary.js';

/** One request's inputs as fast-check draws them: parameters by location, and the body value. */
export interface OperationInput {
  path: Record<string, unknown>;
  query: Record<string, unknown>;
  header: Record<string, unknown>;
  cookie: Record<string, unknown>;
  body?: unknown;
}

/** An operation's request space: the arbitrary, and how to check and send what it draws. */
export interface OperationSpace {
  arbitrary: fc.Arbitrary<OperationInput>;
  /** Formats in the operation's schemas that no generator produces. */
  unsatisfiable: Set<string>;
  /** Whether every value drawn is valid by its schema (fast-check over-approximates; the validators decide). */
  isValid: (input: OperationInput) => boolean;
  toValues: (input: OperationInput) => RequestValues;
  media?: MediaTypeModel;
}

/**
 * The request space fast-check explores for one operation. Path parameters
 * keep the live id the pool knows (or the spec's example), as every other case
 * does; required parameters always get a value; optional ones that state
 * something checkable are drawn or omitted (and shrink to omitted); optional
 * free-form ones (an opaque cursor) are left to the pairwise cases, which do not
 * claim acceptance. The body is drawn from the preferred media type's schema.
 */
export function operationSpace(
  contract: Contract,
  operation: OperationModel,
  pool: ResourcePool,
): OperationSpace {
  const document = contract.spec.document;
  const unsatisfiable = new Set<string>();
  const models: Record<ValuePlace, Record<string, fc.Arbitrary<unknown>>> = {
    path: {},
    query: {},
    header: {},
    cookie: {},
    body: {},
  };
  const drawn: ParameterModel[] = [];
  for (const parameter of operation.parameters) {
    if (isReservedHeader(parameter)) continue;
    const example = parameter.examples[0];
    if (parameter.in === 'path' && pool.has(parameter.name)) {
      models.path[parameter.name] = fc.constant(pool.get(parameter.name));
      continue;
    }
    if (parameter.in === 'path' && example !== undefined) {
      models.path[parameter.name] = fc.constant(example.value);
      continue;
    }
    if (!parameter.required && !isMeaningful(parameter.schema, contract.spec)) continue;
    const arbitrary = schemaArbitrary(parameter.schema, { document, place: parameter.in, unsatisfiable });
    models[parameter.in][parameter.name] = parameter.required
      ? arbitrary
      : fc.option(arbitrary, { nil: undefined, freq: 2 });
    drawn.push(parameter);
  }
  const media = operation.requestBody ? preferredMediaType(operation.requestBody.content) : undefined;
  const bodyArbitrary =
    media === undefined
      ? fc.constant(undefined)
      : schemaArbitrary(media.schema ?? {}, { document, place: 'body', unsatisfiable });
  const arbitrary = fc.record({
    path: fc.record(models.path),
    query: fc.record(models.query),
    header: fc.record(models.header),
    cookie: fc.record(models.cookie),
    body: bodyArbitrary,
  }) as fc.Arbitrary<OperationInput>;
  const valueContext = { spec: contract.spec, seed: 0, pool };
  return {
    arbitrary,
    unsatisfiable,
    ...(media ? { media } : {}),
    isValid: (input) =>
      drawn.every((parameter) => {
        const value = input[parameter.in][parameter.name];
        return (
          value === undefined || contract.requestValidator.validate(parameter.schema, value).length === 0
        );
      }) &&
      (media?.schema === undefined ||
        contract.requestValidator.validate(media.schema, input.body).length === 0),
    toValues: (input) => {
      const values: RequestValues = {
        path: { ...input.path },
        query: withoutUndefined(input.query),
        header: withoutUndefined(input.header),
        cookie: withoutUndefined(input.cookie),
      };
      if (media) {
        const value = media.mediaType.startsWith('multipart/')
          ? withFileParts(media.schema, input.body, valueContext)
          : input.body;
        values.body = {
          mediaType: media.mediaType,
          value: withPathIdentity(value, values.path),
          ...(media.encoding ? { encoding: media.encoding } : {}),
        };
      }
      return values;
    },
  };
}

function withoutUndefined(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined));
}
