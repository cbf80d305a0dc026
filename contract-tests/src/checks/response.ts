import { baseMediaType, type Contract, documentedResponse, mediaTypeMatches } from '../contract.js';
import { isJsonMediaType } from '../http/serialize.js';
import { isJsonItemStream, jsonItems } from '../http/streams.js';
import type { OperationModel } from '../specloom.js';
import type { ObservedResponse } from '../types.js';
import { describeSchemaError, type SchemaError } from '../validation.js';
import type { Failure } from './finding.js';
import { checkProblemStatus, documentedWithProblemSchema } from './problem-status.js';

export interface ResponseCheckOptions {
  maxResponseTime?: number;
}

/**
 * The checks every response gets, whatever the case: no 5xx, status and
 * Content-Type documented, body valid against the documented schema, required
 * headers present, errors in the problem format, and an optional time bound.
 * `operation` is absent for requests outside the spec (undocumented methods).
 */
export function checkResponse(
  contract: Contract,
  operation: OperationModel | undefined,
  response: ObservedResponse,
  options: ResponseCheckOptions,
): Failure[] {
  const failures: Failure[] = [];
  if (response.status >= 500) {
    failures.push({
      check: 'not_a_server_error',
      message: `server error ${response.status}`,
      expected: 'a status below 500',
      actual: `${response.status} ${snippet(response.bodyText)}`,
    });
  }
  if (options.maxResponseTime !== undefined && response.durationMs > options.maxResponseTime) {
    failures.push({
      check: 'max_response_time',
      message: `response took ${Math.round(response.durationMs)} ms`,
      expected: `at most ${options.maxResponseTime} ms`,
      actual: `${Math.round(response.durationMs)} ms`,
    });
  }
  if (response.status >= 400) failures.push(...checkProblem(contract, operation, response));
  failures.push(...checkProblemStatus(contract, operation, response));
  if (!operation) return failures;

  const documented = documentedResponse(operation, response.status);
  if (!documented) {
    failures.push({
      check: 'status_code_conformance',
      message: `status ${response.status} is not documented for ${operation.operationId}`,
      expected: `one of the documented statuses: ${operation.responses.map((entry) => entry.status).join(', ')}`,
      actual:
        `${response.status} ${response.headers['content-type'] ?? '(no Content-Type)'} ${snippet(response.bodyText, 160)}`.trim(),
    });
    return failures;
  }
  const contentType = response.headers['content-type'];
  // An empty body labelled as JSON is a body that fails to parse; an unlabelled empty one is no body.
  const hasBody =
    (response.bodyText.length > 0 || (contentType !== undefined && isJsonMediaType(contentType))) &&
    response.status !== 204 &&
    response.status !== 304;
  if (documented.content.length > 0 && hasBody) {
    const media =
      contentType === undefined
        ? undefined
        : documented.content.find((entry) => mediaTypeMatches(contentType, entry.mediaType));
    if (!media) {
      failures.push({
        check: 'content_type_conformance',
        message: `Content-Type ${contentType ?? '(none)'} is not documented for ${response.status}`,
        expected: documented.content.map((entry) => entry.mediaType).join(', '),
        actual: contentType ?? '(none)',
      });
    } else if (media.schema !== undefined && isJsonItemStream(media.mediaType)) {
      failures.push(...checkItems(contract, media.schema, response, media.mediaType, documented.status));
    } else if (
      media.schema !== undefined &&
      isJsonMediaType(media.mediaType === '*/*' ? (contentType ?? '') : media.mediaType)
    ) {
      failures.push(
        ...checkBody(
          contract,
          media.schema,
          response,
          'response_schema_conformance',
          `the response schema of ${documented.status}`,
        ),
      );
    }
  }
  for (const header of documented.headers) {
    const value = response.headers[header.name.toLowerCase()];
    if (value === undefined) {
      if (header.required) {
        failures.push({
          check: 'response_headers_conformance',
          message: `required response header ${header.name} is missing`,
          expected: `${header.name} present`,
          actual: 'absent',
        });
      }
      continue;
    }
    const error = headerError(contract, header.schema, value);
    if (error !== undefined) {
      const subject = `the schema of ${header.name} in the ${documented.status} response`;
      failures.push({
        check: 'response_headers_conformance',
        message: describeSchemaError(error, subject, `response header ${header.name}`),
        expected: expectedOf(error, subject),
        actual: `${header.name}: ${value}`,
        schema: { keyword: error.keyword, path: error.schemaPath },
      });
    }
  }
  return failures;
}

/**
 * A header value is text; OAS 3.x §4.8.21 describes it with a schema of the
 * `simple` style, so numbers and booleans are read from the text first.
 * Array and object headers are not checked.
 */
function headerError(
  contract: Contract,
  schema: Parameters<Contract['validator']['validate']>[0],
  value: string,
): SchemaError | undefined {
  const candidates: unknown[] = [value];
  if (/^-?\d+(\.\d+)?$/.test(value.trim())) candidates.push(Number(value.trim()));
  if (value === 'true' || value === 'false') candidates.push(value === 'true');
  let first: SchemaError | undefined;
  for (const candidate of candidates) {
    const errors = contract.validator.validate(schema, candidate);
    if (errors.length === 0) return undefined;
    if (errors.some((error) => error.keyword === 'type' && /\b(array|object)\b/.test(error.schema)))
      return undefined;
    first ??= errors[0];
  }
  return first;
}

/**
 * The `expected:` line of a schema error: only the failing keyword and its
 * value, and where it is (a component pointer, or a pointer into the named
 * schema), never the whole schema.
 */
function expectedOf(error: SchemaError, subject: string): string {
  if (error.schemaPath.startsWith('#/components/')) return `${error.schema} (${error.schemaPath})`;
  const pointer = error.schemaPath.replace(/^#/, '');
  return `${error.schema} (${subject}${pointer === '' ? '' : `, at #${pointer}`})`;
}

/**
 * RFC 9457 §3: an error is `application/problem+json` whose body satisfies
 * the spec's problem schema. An error in a media type the operation itself
 * documents for that status (plain JSON with the problem schema, or the
 * API's own error shape) is held to the spec, not to the media type: its
 * body is checked as any documented response is.
 */
function checkProblem(
  contract: Contract,
  operation: OperationModel | undefined,
  response: ObservedResponse,
): Failure[] {
  if (contract.problemSchema === undefined) return [];
  if (documentedWithProblemSchema(contract, operation, response)) return [];
  if (documentedOtherMediaType(operation, response)) return [];
  // A status the operation does not document has no documented shape to hold its body to: the
  // status itself is the finding (status_code_conformance), not a guess at the error's form.
  if (operation !== undefined && documentedResponse(operation, response.status) === undefined) return [];
  const contentType = response.headers['content-type'] ?? '(none)';
  if (baseMediaType(contentType) !== 'application/problem+json') {
    return [
      {
        check: 'problem_format',
        message: `error ${response.status} is not application/problem+json`,
        expected: 'application/problem+json',
        actual: `${contentType} ${snippet(response.bodyText)}`,
      },
    ];
  }
  return checkBody(contract, contract.problemSchema, response, 'problem_format', "the spec's problem schema");
}

/** The answer's media type is one the operation documents for its status, other than problem+json. */
function documentedOtherMediaType(
  operation: OperationModel | undefined,
  response: ObservedResponse,
): boolean {
  const contentType = response.headers['content-type'];
  if (operation === undefined || contentType === undefined) return false;
  if (baseMediaType(contentType) === 'application/problem+json') return false;
  const documented = documentedResponse(operation, response.status)?.content ?? [];
  return documented.some((entry) => mediaTypeMatches(contentType, entry.mediaType));
}

function checkBody(
  contract: Contract,
  schema: Parameters<Contract['validator']['validate']>[0],
  response: ObservedResponse,
  check: Failure['check'],
  subject: string,
): Failure[] {
  if (response.truncated) return [];
  if (response.json === undefined) {
    if (response.bodyText.trim() === '') {
      return [
        {
          check,
          message: 'body is empty where a JSON document is documented',
          expected: 'a JSON body',
          actual: '(empty)',
          jsonPath: '$',
        },
      ];
    }
    return [
      {
        check,
        message: `body is not valid JSON: ${response.jsonError ?? 'unparsable'}`,
        expected: 'a JSON body',
        actual: snippet(response.bodyText),
        jsonPath: '$',
      },
    ];
  }
  const contentType = response.headers['content-type'] ?? '(no Content-Type)';
  return contract.validator.validate(schema, response.json).map((error) => {
    const value = valueAt(response.json, error.jsonPath);
    return {
      check,
      message: describeSchemaError(error, subject),
      expected: expectedOf(error, subject),
      actual: `${response.status} ${contentType}: ${value === undefined ? '(absent)' : snippet(JSON.stringify(value))}`,
      jsonPath: error.jsonPath,
      schema: { keyword: error.keyword, path: error.schemaPath },
    };
  });
}

/**
 * A JSON item stream (NDJSON, JSON Lines, JSON text sequences): the schema
 * describes each item, so every complete item read is validated on its own.
 * The first failing item is reported, with its index.
 */
function checkItems(
  contract: Contract,
  schema: Parameters<Contract['validator']['validate']>[0],
  response: ObservedResponse,
  mediaType: string,
  status: string,
): Failure[] {
  const items = jsonItems(response.bodyText, mediaType, response.truncated);
  for (const [index, text] of items.entries()) {
    let item: unknown;
    try {
      item = JSON.parse(text);
    } catch {
      return [
        {
          check: 'response_schema_conformance',
          message: `stream item ${index} is not valid JSON`,
          expected: `one JSON text per ${mediaType} item`,
          actual: snippet(text),
          jsonPath: `$[${index}]`,
        },
      ];
    }
    const errors = contract.validator.validate(schema, item);
    const first = errors[0];
    if (first) {
      const path = `$[${index}]${first.jsonPath.slice(1)}`;
      const subject = `the item schema of the ${status} ${mediaType} response`;
      return [
        {
          check: 'response_schema_conformance',
          message: `stream item ${index}: ${describeSchemaError({ ...first, jsonPath: path }, subject, `item ${index}`)}`,
          expected: expectedOf(first, subject),
          actual: snippet(JSON.stringify(valueAt(item, first.jsonPath)) ?? 'undefined'),
          jsonPath: path,
        },
      ];
    }
  }
  return [];
}

function valueAt(root: unknown, jsonPath: string): unknown {
  const tokens = [...jsonPath.matchAll(/\.([A-Za-z_$][\w$]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/g)].map(
    (match) => match[1] ?? (match[2] !== undefined ? Number(match[2]) : JSON.parse(match[3] ?? '""')),
  );
  let current = root;
  for (const token of tokens) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[token];
  }
  return current;
}

export function snippet(text: string, limit = 200): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > limit ? `${flat.slice(0, limit)}…` : flat;
}
