import type { JsonSchema, OperationModel, ResponseModel, SpecModel } from './specloom.js';
import { ResponseValidator } from './validation.js';

/** The spec as the engine reads it: the model plus derived facts and a cached validator. */
export interface Contract {
  spec: SpecModel;
  validator: ResponseValidator;
  /** Validates request bodies (required readOnly members exempt). */
  requestValidator: ResponseValidator;
  /** Validates parameter values as a server reads them from the wire (text coerced to the schema's types). */
  parameterValidator: ResponseValidator;
  /** The schema every error body must satisfy, when the spec defines one (see `findProblemSchema`). */
  problemSchema?: JsonSchema;
}

/** Builds the engine's view of a spec. */
export function createContract(spec: SpecModel): Contract {
  const problemSchema = findProblemSchema(spec);
  return {
    spec,
    validator: new ResponseValidator(spec),
    requestValidator: new ResponseValidator(spec, 'request'),
    parameterValidator: new ResponseValidator(spec, 'parameter'),
    ...(problemSchema ? { problemSchema } : {}),
  };
}

/**
 * The spec's RFC 9457 problem schema: the schema of the first
 * `application/problem+json` response, else a component named `Problem`.
 * Specs without either state no error format, so `problem_format` is off.
 */
export function findProblemSchema(spec: SpecModel): JsonSchema | undefined {
  for (const operation of spec.operations) {
    for (const response of operation.responses) {
      const media = response.content.find(
        (entry) => entry.mediaType.toLowerCase() === 'application/problem+json',
      );
      if (media?.schema !== undefined) return media.schema;
    }
  }
  const named = spec.schemas.find((schema) => schema.name.toLowerCase() === 'problem');
  return named ? { $ref: `#/components/schemas/${named.name}` } : undefined;
}

/**
 * The response documented for a status: the exact code wins over a range
 * (`4XX`), which wins over `default` (OAS 3.x §4.8.16).
 */
export function documentedResponse(operation: OperationModel, status: number): ResponseModel | undefined {
  const code = String(status);
  return (
    operation.responses.find((response) => response.status === code) ??
    operation.responses.find((response) => response.status.toUpperCase() === `${code[0]}XX`) ??
    operation.responses.find((response) => response.status === 'default')
  );
}

/** Whether a status is documented explicitly or by range (not by `default`). */
export function isExplicitlyDocumented(operation: OperationModel, status: number): boolean {
  const response = documentedResponse(operation, status);
  return response !== undefined && response.status !== 'default';
}

/** Whether an operation needs credentials: it has requirements and none of them is the empty (anonymous) one. */
export function isSecured(operation: OperationModel): boolean {
  return (
    operation.security.length > 0 &&
    operation.security.every((requirement) => Object.keys(requirement).length > 0)
  );
}

/** Matches `application/json` against a documented `application/*` or `*\/*`, ignoring parameters and case. */
export function mediaTypeMatches(actual: string, documented: string): boolean {
  const [actualType = '', actualSub = ''] = baseMediaType(actual).split('/');
  const [type = '', sub = ''] = baseMediaType(documented).split('/');
  return (type === '*' || type === actualType) && (sub === '*' || sub === actualSub);
}

export function baseMediaType(value: string): string {
  return (value.split(';')[0] ?? '').trim().toLowerCase();
}
