import { isJsonMediaType } from '../http/serialize.js';
import { flatten, type OperationModel, type ParameterModel, violations } from '../specloom.js';
import type { TestCase } from '../types.js';
import { type CaseContext, operationCase } from './context.js';
import { cloneValues, isReservedHeader, validValues } from './values.js';

/** Size of the padded body sent to operations that document 413 Content Too Large (RFC 9110 §15.5.14). */
const OVERSIZE_BYTES = 2 * 1024 * 1024;

/**
 * Invalid requests, each breaking one constraint while the rest stays valid:
 * missing required parameters, parameter values out of their schema, body
 * violations (one per constraint, nested ones included), a missing required
 * body, malformed JSON and an undocumented Content-Type.
 */
export function negativeCases(context: CaseContext, operation: OperationModel): TestCase[] {
  const spec = context.contract.spec;
  const base = validValues(operation, { spec, seed: context.seed, pool: context.pool }, 'generated');
  const cases: TestCase[] = [];
  const reject = (description: string, mutate: (values: typeof base) => void, jsonPath?: string) => {
    const values = cloneValues(base);
    mutate(values);
    cases.push(
      operationCase(context, operation, 'negative', description, values, {
        kind: 'rejected',
        violation: description,
        ...(jsonPath ? { jsonPath } : {}),
      }),
    );
  };

  for (const parameter of operation.parameters) {
    if (isReservedHeader(parameter)) continue;
    if (parameter.required && parameter.in !== 'path') {
      reject(`missing required ${parameter.in} parameter ${parameter.name}`, (values) => {
        delete values[parameter.in][parameter.name];
      });
    }
    const valid = base[parameter.in][parameter.name] ?? undefined;
    for (const violation of parameterViolations(context, parameter, valid)) {
      reject(`${parameter.in} parameter ${parameter.name}: ${violation.label}`, (values) => {
        values[parameter.in][parameter.name] = violation.value;
      });
    }
  }

  const body = base.body;
  const media = operation.requestBody?.content.find((entry) => entry.mediaType === body?.mediaType);
  if (body && media) {
    if (operation.requestBody?.required)
      reject('missing required request body', (values) => delete values.body);
    if (
      media.schema !== undefined &&
      (isJsonMediaType(media.mediaType) || media.mediaType === 'application/x-www-form-urlencoded')
    ) {
      const found = violations(media.schema, {
        document: spec.document,
        seed: `${context.seed}:negative:${operation.operationId}`,
        direction: 'request',
        base: body.value,
      });
      for (const violation of found) {
        // Form fields are strings on the wire: a wrong JSON type there is not expressible.
        if (!isJsonMediaType(media.mediaType) && violation.keyword === 'type') continue;
        // A negative case must be invalid by the schema itself (a schema with `properties` but no
        // `type` accepts a string, say): a value the schema accepts is not sent as one.
        if (context.contract.requestValidator.validate(media.schema, violation.value).length === 0) continue;
        reject(
          `body ${violation.path}: ${violation.label}`,
          (values) => {
            if (values.body) values.body = { ...values.body, value: violation.value };
          },
          violation.path,
        );
      }
    }
    if (isJsonMediaType(media.mediaType)) {
      reject('malformed JSON body', (values) => {
        if (values.body) values.body = { ...values.body, raw: '{"malformed": ' };
      });
    }
    if (
      isJsonMediaType(media.mediaType) &&
      operation.responses.some((response) => response.status === '413')
    ) {
      // The same valid document padded with insignificant whitespace (RFC 8259 §2): only its size is wrong.
      // The spec does not say where the limit is, so a 2xx is not a finding; a 5xx or a malformed 413 is.
      const values = cloneValues(base);
      if (values.body)
        values.body = {
          ...values.body,
          raw: `${JSON.stringify(values.body.value)}${' '.repeat(OVERSIZE_BYTES)}`,
        };
      cases.push(
        operationCase(
          context,
          operation,
          'negative',
          `oversize body (${OVERSIZE_BYTES / 1024 / 1024} MiB)`,
          values,
          { kind: 'exploratory' },
        ),
      );
    }
    const documented = operation.requestBody?.content.map((entry) => entry.mediaType.toLowerCase()) ?? [];
    if (!documented.some((type) => type === 'text/plain' || type.startsWith('text/*') || type === '*/*')) {
      reject('undocumented Content-Type text/plain', (values) => {
        if (values.body)
          values.body = {
            ...values.body,
            raw:
              typeof values.body.value === 'string' ? values.body.value : JSON.stringify(values.body.value),
            contentType: 'text/plain',
          };
      });
    }
  }
  return cases;
}

/**
 * Violations a parameter can carry on the wire: only whole-value, scalar
 * ones, and no wrong-type variant for a parameter that admits strings
 * (every value on the wire is a string).
 */
function parameterViolations(context: CaseContext, parameter: ParameterModel, valid: unknown) {
  const document = context.contract.spec.document;
  const flat = flatten(parameter.schema, { document });
  const types = flat.type === undefined ? undefined : Array.isArray(flat.type) ? flat.type : [flat.type];
  if (
    types === undefined &&
    flat.enum === undefined &&
    flat.format === undefined &&
    flat.pattern === undefined &&
    flat.minLength === undefined
  )
    return [];
  const admitsString = types === undefined || types.includes('string');
  // An exploded or deepObject object parameter travels as its members' keys (`?min=1`, `?range[min]=1`):
  // a lone `range=x` is an unrelated key a server rightly ignores, so no scalar can break it on the wire.
  if (types?.includes('object') && !isContentEncoded(context, parameter)) {
    const explode = parameter.explode ?? (parameter.style ?? 'form') === 'form';
    if (parameter.style === 'deepObject' || (parameter.in === 'query' && explode)) return [];
  }
  return violations(parameter.schema, {
    document,
    seed: `${context.seed}:${parameter.name}`,
    direction: 'request',
    ...(valid !== undefined ? { base: valid } : {}),
  }).filter(
    (violation) =>
      violation.atRoot &&
      (violation.value === null || typeof violation.value !== 'object') &&
      violation.value !== null &&
      !(violation.keyword === 'type' && admitsString) &&
      // An empty path segment changes which route matches; an empty optional query, header or cookie
      // value is commonly read as "absent" (cf. OAS `allowEmptyValue`). Neither says anything about validation.
      !(violation.value === '' && (parameter.in === 'path' || !parameter.required)) &&
      // On the wire the value is text, read as the schema says: "5" is a valid integer, and a single
      // value of a repeatable (exploded or `collectionFormat: multi`) array parameter is a one-item
      // array. Only text that no reading makes valid is a negative case.
      context.contract.parameterValidator.validate(parameter.schema, String(violation.value)).length > 0,
  );
}

/** OAS 3.x §4.8.12: a parameter described by `content` (e.g. JSON in a query value) rather than a style. */
function isContentEncoded(context: CaseContext, parameter: ParameterModel): boolean {
  let node: unknown = context.contract.spec.document;
  for (const token of parameter.pointer.replace(/^#\/?/, '').split('/').filter(Boolean)) {
    if (node === null || typeof node !== 'object') return false;
    node = (node as Record<string, unknown>)[token.replace(/~1/g, '/').replace(/~0/g, '~')];
  }
  return node !== null && typeof node === 'object' && 'content' in node;
}
