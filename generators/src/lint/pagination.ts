import type { OperationModel, SpecModel } from '../model/types.js';
import { isArraySchema, objectProperties, resolveSchema } from './helpers.js';
import type { LintRule } from './types.js';

/** How one list operation pages: the cursor query parameter and the response property with the next cursor. */
interface Convention {
  cursorParam?: string;
  nextCursorProperty?: string;
}

const CURSOR_PARAM = /cursor|page_?token|^after$|starting_?after|^page$|^offset$/i;
const NEXT_PROPERTY = /^next|next_?(cursor|page|token)|_next$/i;

/**
 * List operations page the same way. A list operation is a GET on a
 * collection path (the last segment is not a `{parameter}`) whose success
 * response is a JSON object with an array-of-objects property. The expected
 * convention is `lint.pagination` when configured, else the most common one
 * among the spec's paginated list operations.
 */
export const paginationInconsistent: LintRule = {
  codes: ['PAGINATION_INCONSISTENT'],
  category: 'style',
  why: 'Clients page every list the same way when list operations share one cursor parameter and one next-cursor property.',
  check({ model }, options, report) {
    const lists = model.operations.filter((operation) => isListOperation(model, operation));
    const detected = lists.map((operation) => ({ operation, convention: conventionOf(model, operation) }));
    const expected = options.pagination ?? mostCommon(detected.map((entry) => entry.convention));
    if (expected === undefined) return;
    const source = options.pagination
      ? 'the configured convention (lint.pagination)'
      : `the convention of ${detected.filter((entry) => same(entry.convention, expected)).length} of ${detected.length} list operations`;
    // A configured convention may fix only one of the two names; the other is then free.
    const matches = (convention: Convention): boolean =>
      options.pagination
        ? (expected.cursorParam === undefined || convention.cursorParam === expected.cursorParam) &&
          (expected.nextCursorProperty === undefined ||
            convention.nextCursorProperty === expected.nextCursorProperty)
        : same(convention, expected);
    for (const { operation, convention } of detected) {
      if (matches(convention)) continue;
      const reason = `${describe(convention)}, but ${source} is ${describe(expected).replace(/^uses /, '')}; page the same way`;
      report(
        'PAGINATION_INCONSISTENT',
        { method: operation.method.toUpperCase(), path: operation.path, reason },
        operation.pointer,
      );
    }
  },
};

function isListOperation(model: SpecModel, operation: OperationModel): boolean {
  if (operation.method !== 'get') return false;
  const lastSegment = operation.path.split('/').filter(Boolean).pop() ?? '';
  if (lastSegment.startsWith('{')) return false;
  const body = successJsonSchema(operation);
  if (body === undefined) return false;
  return Object.values(objectProperties(model, body)).some((property) => {
    if (!isArraySchema(model, property)) return false;
    const items = resolveSchema(model, resolveSchema(model, property)?.items);
    return (
      items !== undefined &&
      (items.type === 'object' || items.properties !== undefined || items.allOf !== undefined)
    );
  });
}

function successJsonSchema(operation: OperationModel) {
  const success =
    operation.responses.find((response) => response.status === '200') ??
    operation.responses.find((response) => /^2/.test(response.status));
  const media = success?.content.find((entry) => /json/i.test(entry.mediaType));
  return media?.schema;
}

function conventionOf(model: SpecModel, operation: OperationModel): Convention {
  const cursor = operation.parameters.filter(
    (parameter) => parameter.in === 'query' && CURSOR_PARAM.test(parameter.name),
  );
  const cursorParam = (cursor.find((parameter) => /cursor/i.test(parameter.name)) ?? cursor[0])?.name;
  const properties = objectProperties(model, successJsonSchema(operation));
  let nextCursorProperty = Object.keys(properties).find((name) => NEXT_PROPERTY.test(name));
  if (nextCursorProperty === undefined) {
    // One level down: `{ items: [...], page: { nextCursor } }`.
    for (const [name, property] of Object.entries(properties)) {
      const nested = Object.keys(objectProperties(model, property)).find((inner) =>
        NEXT_PROPERTY.test(inner),
      );
      if (nested !== undefined) {
        nextCursorProperty = `${name}.${nested}`;
        break;
      }
    }
  }
  return { ...(cursorParam ? { cursorParam } : {}), ...(nextCursorProperty ? { nextCursorProperty } : {}) };
}

/** The convention most paginated list operations use (first seen wins a tie); undefined when none paginates. */
function mostCommon(conventions: Convention[]): Convention | undefined {
  const counts = new Map<string, { convention: Convention; count: number }>();
  for (const convention of conventions) {
    if (convention.cursorParam === undefined && convention.nextCursorProperty === undefined) continue;
    const key = JSON.stringify([convention.cursorParam, convention.nextCursorProperty]);
    const entry = counts.get(key) ?? { convention, count: 0 };
    entry.count += 1;
    counts.set(key, entry);
  }
  let best: { convention: Convention; count: number } | undefined;
  for (const entry of counts.values()) if (best === undefined || entry.count > best.count) best = entry;
  return best?.convention;
}

function same(a: Convention, b: Convention): boolean {
  return a.cursorParam === b.cursorParam && a.nextCursorProperty === b.nextCursorProperty;
}

function describe(convention: Convention): string {
  const param =
    convention.cursorParam === undefined
      ? 'no cursor query parameter'
      : `query parameter "${convention.cursorParam}"`;
  const property =
    convention.nextCursorProperty === undefined
      ? 'no next-cursor property'
      : `response property "${convention.nextCursorProperty}"`;
  return `uses ${param} and ${property}`;
}
