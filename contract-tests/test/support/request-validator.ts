import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import formatsPlugin from 'ajv-formats';
import type { Request } from 'express';
import type { JsonSchema, OperationModel, SpecModel } from '../../src/specloom.js';

const DOCUMENT_ID = 'urn:fixture:components';

/** A request the fixture server refuses: status plus a field path for the problem body. */
export interface RequestProblem {
  status: 400 | 415 | 422;
  detail: string;
  path: string;
}

/**
 * Validates requests of the fixture API against its spec, as a conforming
 * backend must: parameters (coerced from strings) -> 400, media type -> 415,
 * body -> 422.
 */
export class RequestValidator {
  private readonly strict = createAjv(false);
  private readonly coercing = createAjv(true);
  private readonly cache = new Map<string, ValidateFunction>();

  constructor(spec: SpecModel) {
    const schemas = Object.fromEntries(spec.schemas.map((named) => [named.name, rewrite(named.schema)]));
    this.strict.addSchema({ $id: DOCUMENT_ID, components: { schemas } });
    this.coercing.addSchema({ $id: DOCUMENT_ID, components: { schemas } });
  }

  check(
    operation: OperationModel,
    request: Request,
    body: unknown,
    hasBody: boolean,
  ): RequestProblem | undefined {
    for (const parameter of operation.parameters) {
      if (parameter.in === 'cookie') continue;
      const raw =
        parameter.in === 'path'
          ? request.params[parameter.name]
          : parameter.in === 'query'
            ? request.query[parameter.name]
            : request.get(parameter.name);
      if (raw === undefined) {
        if (parameter.required)
          return {
            status: 400,
            detail: `missing ${parameter.in} parameter ${parameter.name}`,
            path: parameter.name,
          };
        continue;
      }
      const holder = { value: raw };
      const validate = this.compile(this.coercing, `param:${operation.operationId}:${parameter.name}`, {
        type: 'object',
        properties: { value: parameter.schema },
      });
      if (!validate(holder))
        return {
          status: 400,
          detail: `invalid ${parameter.in} parameter ${parameter.name}`,
          path: parameter.name,
        };
    }
    const requestBody = operation.requestBody;
    if (!requestBody) return undefined;
    if (!hasBody)
      return requestBody.required
        ? { status: 400, detail: 'a request body is required', path: '' }
        : undefined;
    const media = requestBody.content.find((entry) => request.is(entry.mediaType));
    if (!media)
      return {
        status: 415,
        detail: `unsupported Content-Type ${request.get('content-type') ?? '(none)'}`,
        path: '',
      };
    if (media.schema === undefined) return undefined;
    const isForm = !media.mediaType.includes('json');
    const validate = this.compile(
      isForm ? this.coercing : this.strict,
      `body:${operation.operationId}:${media.mediaType}`,
      media.schema,
    );
    const copy = isForm ? structuredClone(body) : body;
    if (!validate(copy)) {
      const error = validate.errors?.[0];
      return {
        status: 422,
        detail: `body ${error?.instancePath ?? ''} ${error?.message ?? 'is invalid'}`,
        path: error?.instancePath ?? '',
      };
    }
    return undefined;
  }

  private compile(ajv: Ajv2020, key: string, schema: JsonSchema | object): ValidateFunction {
    let validate = this.cache.get(key);
    if (!validate) {
      validate = ajv.compile(rewrite(schema) as object);
      this.cache.set(key, validate);
    }
    return validate;
  }
}

function createAjv(coerce: boolean): Ajv2020 {
  const ajv = new Ajv2020({ strict: false, allErrors: false, logger: false, coerceTypes: coerce });
  (formatsPlugin as unknown as { default: (ajv: Ajv2020) => void }).default(ajv);
  ajv.addFormat('binary', true);
  return ajv;
}

function rewrite(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(rewrite);
  if (schema === null || typeof schema !== 'object') return schema;
  return Object.fromEntries(
    Object.entries(schema).map(([key, value]) => [
      key,
      key === '$ref' && typeof value === 'string' ? `${DOCUMENT_ID}${value}` : rewrite(value),
    ]),
  );
}
