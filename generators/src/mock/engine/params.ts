import type { JsonSchema, OperationModel, ParameterModel } from '../../model/types.js';
import { flatten, inferTypes, type SchemaScope } from '../../sampling/index.js';
import type { MockRequest } from './types.js';
import type { SchemaValidators } from './validators.js';

/** One parameter that is missing or breaks its schema, located as `/query/limit`. */
export interface ParameterIssue {
  path: string;
  message: string;
  code: string;
}

/** The parameters of a request, coerced from text to what their schemas describe. */
export interface ParsedParameters {
  path: Record<string, unknown>;
  query: Record<string, unknown>;
  header: Record<string, unknown>;
  issues: ParameterIssue[];
}

/**
 * Reads and validates the operation's path, query and header parameters.
 * Values arrive as text; they are coerced by the schema's type (OAS 3.1
 * §4.8.12.4: `form` style for query, `simple` for path and header) before
 * validation, so `?limit=10` satisfies `type: integer`.
 */
export function readParameters(
  operation: OperationModel,
  request: MockRequest,
  pathParams: Record<string, string>,
  validators: SchemaValidators,
  scope: SchemaScope,
): ParsedParameters {
  const parsed: ParsedParameters = { path: {}, query: {}, header: {}, issues: [] };
  for (const parameter of operation.parameters) {
    // OAS 3.1 §4.8.12.1: Accept, Content-Type and Authorization are not parameters even when listed.
    if (
      parameter.in === 'cookie' ||
      (parameter.in === 'header' && IGNORED_HEADERS.has(parameter.name.toLowerCase()))
    )
      continue;
    const raw = rawValues(parameter, request, pathParams);
    const where = `/${parameter.in}/${parameter.name}`;
    if (raw === undefined || (parameter.in !== 'query' && raw.length === 0)) {
      if (parameter.required)
        parsed.issues.push({ path: where, message: 'This parameter is required.', code: 'required' });
      continue;
    }
    const value = coerce(parameter, raw, scope);
    const issues = validators.issues(parameter.schema, value, 'request');
    for (const issue of issues)
      parsed.issues.push({
        path: `${where}${issue.pointer}`,
        message: issue.message,
        code: codeOf(issue.keyword),
      });
    parsed[parameter.in][parameter.name] = value;
  }
  return parsed;
}

const IGNORED_HEADERS = new Set(['accept', 'content-type', 'authorization']);

function codeOf(keyword: string): string {
  return keyword === 'required' ? 'required' : keyword === 'type' ? 'invalid_type' : `invalid_${keyword}`;
}

function rawValues(
  parameter: ParameterModel,
  request: MockRequest,
  pathParams: Record<string, string>,
): string[] | undefined {
  if (parameter.in === 'path') {
    const value = pathParams[parameter.name];
    return value === undefined ? undefined : [value];
  }
  if (parameter.in === 'header') {
    const value = request.headers[parameter.name.toLowerCase()];
    return value === undefined ? undefined : [value];
  }
  const values = request.query[parameter.name];
  if (values !== undefined) return values;
  // `deepObject` and `form` objects with explode spread members over keys (`filter[status]=x`).
  const prefix = `${parameter.name}[`;
  const spread = Object.keys(request.query).filter((key) => key.startsWith(prefix));
  return spread.length > 0 ? spread.map((key) => `${key}=${request.query[key]?.[0] ?? ''}`) : undefined;
}

function coerce(parameter: ParameterModel, raw: string[], scope: SchemaScope): unknown {
  const flat = flatten(parameter.schema, scope);
  const types = inferTypes(flat) ?? [];
  if (types.includes('array')) {
    const explode = parameter.explode ?? (parameter.in === 'query' && (parameter.style ?? 'form') === 'form');
    const separator =
      parameter.style === 'pipeDelimited' ? '|' : parameter.style === 'spaceDelimited' ? ' ' : ',';
    const items =
      explode && raw.length > 1 ? raw : raw.flatMap((value) => (value === '' ? [] : value.split(separator)));
    const itemSchema = flatten(flat.items as JsonSchema | undefined, scope);
    return items.map((item) => scalar(item, inferTypes(itemSchema) ?? []));
  }
  if (types.includes('object')) {
    const object: Record<string, unknown> = {};
    for (const entry of raw) {
      const found = /^[^[]+\[([^\]]*)\]=(.*)$/.exec(entry);
      if (found) object[found[1] ?? ''] = found[2] ?? '';
      else {
        const parts = entry.split(',');
        for (let index = 0; index + 1 < parts.length; index += 2)
          object[parts[index] ?? ''] = parts[index + 1];
      }
    }
    return object;
  }
  return scalar(raw[raw.length - 1] ?? '', types);
}

function scalar(text: string, types: string[]): unknown {
  // Integer text is digits only: `?limit=1e1` or `1.0` is refused, as the generated servers refuse it.
  const numeric = types.includes('number')
    ? /^-?\d+(\.\d+)?([eE][+-]?\d+)?$/
    : types.includes('integer')
      ? /^-?\d+$/
      : undefined;
  if (numeric?.test(text.trim())) return Number(text);
  if (types.includes('boolean') && (text === 'true' || text === 'false')) return text === 'true';
  if (types.includes('null') && text === '' && !types.includes('string')) return null;
  return text;
}
