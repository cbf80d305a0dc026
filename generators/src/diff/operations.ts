import { childPointer } from '../model/json-pointer.js';
import type { MediaTypeModel, OperationModel, ParameterModel } from '../model/types.js';
import type { ChangeCollector } from './collector.js';
import type { DiffRuleId } from './rules.js';
import { compareSchemas, type SchemaDirection } from './schema-compare.js';
import type { SchemaIndex } from './schema-index.js';
import { compareSecurity } from './security.js';

/** Both sides' schema indexes plus where changes go. */
export interface OperationDiffContext {
  base: SchemaIndex;
  head: SchemaIndex;
  collector: ChangeCollector;
}

/** Method plus the path template with parameter names erased: `/a/{id}` and `/a/{key}` are one route. */
export function routeKey(operation: OperationModel): string {
  return `${operation.method} ${operation.path.replace(/\{[^}]*\}/g, '{}')}`;
}

/** Compares one matched operation: parameters, request body, responses, security, metadata. */
export function compareOperation(
  context: OperationDiffContext,
  base: OperationModel,
  head: OperationModel,
): void {
  const { collector } = context;
  const where = { operation: head, basePointer: base.pointer, headPointer: head.pointer };
  if (base.operationId !== head.operationId && !base.operationIdDerived && !head.operationIdDerived) {
    collector.add('operation-id-changed', `operationId ${base.operationId} -> ${head.operationId}`, where);
  }
  if (!base.deprecated && head.deprecated)
    collector.add('operation-deprecated', 'operation deprecated', where);
  compareParameters(context, base, head);
  compareRequestBody(context, base, head);
  compareResponses(context, base, head);
  compareSecurity(collector, base, head);
}

function schemaCompare(
  context: OperationDiffContext,
  operation: OperationModel,
  direction: SchemaDirection,
): Parameters<typeof compareSchemas>[0] {
  return {
    base: context.base,
    head: context.head,
    direction,
    visited: new Set(),
    report: (id: DiffRuleId, message, basePointer, headPointer) =>
      context.collector.add(id, message, { operation, basePointer, headPointer }),
  };
}

function pathParameterNames(path: string): string[] {
  return [...path.matchAll(/\{([^}]*)\}/g)].map((match) => match[1] ?? '');
}

function compareParameters(context: OperationDiffContext, base: OperationModel, head: OperationModel): void {
  const { collector } = context;
  // Path parameters are matched by position in the template, so a rename is not a removal.
  const basePathNames = pathParameterNames(base.path);
  const headPathNames = pathParameterNames(head.path);
  const renamed = new Map<string, string>();
  basePathNames.forEach((name, position) => {
    const next = headPathNames[position];
    if (next !== undefined && next !== name) renamed.set(name, next);
  });
  const keyOf = (parameter: ParameterModel, side: 'base' | 'head') =>
    `${parameter.in}:${parameter.in === 'path' && side === 'base' ? (renamed.get(parameter.name) ?? parameter.name) : parameter.name}`;
  const headByKey = new Map(head.parameters.map((parameter) => [keyOf(parameter, 'head'), parameter]));
  const baseByKey = new Map(base.parameters.map((parameter) => [keyOf(parameter, 'base'), parameter]));
  const request = schemaCompare(context, head, 'request');

  for (const [key, parameter] of baseByKey) {
    const next = headByKey.get(key);
    const label = `${parameter.in} parameter ${parameter.name}`;
    if (next === undefined) {
      const moved = head.parameters.find(
        (candidate) => candidate.name === parameter.name && candidate.in !== parameter.in,
      );
      if (moved) {
        collector.add('request-parameter-moved', `${label} moved to ${moved.in}`, {
          operation: head,
          basePointer: parameter.pointer,
          headPointer: moved.pointer,
        });
      } else {
        collector.add('request-parameter-removed', `${label} was removed`, {
          operation: head,
          basePointer: parameter.pointer,
          headPointer: head.pointer,
        });
      }
      continue;
    }
    const where = { operation: head, basePointer: parameter.pointer, headPointer: next.pointer };
    if (parameter.in === 'path' && parameter.name !== next.name) {
      collector.add(
        'path-parameter-renamed',
        `path parameter ${parameter.name} renamed to ${next.name}`,
        where,
      );
    }
    if (!parameter.required && next.required)
      collector.add('request-parameter-became-required', `${label} became required`, where);
    if (parameter.required && !next.required)
      collector.add('request-parameter-became-optional', `${label} became optional`, where);
    compareSchemas(
      request,
      { schema: parameter.schema, pointer: childPointer(parameter.pointer, 'schema') },
      { schema: next.schema, pointer: childPointer(next.pointer, 'schema') },
      label,
    );
  }
  for (const [key, parameter] of headByKey) {
    if (baseByKey.has(key)) continue;
    if (
      base.parameters.some((candidate) => candidate.name === parameter.name && candidate.in !== parameter.in)
    )
      continue;
    const label = `${parameter.in} parameter ${parameter.name}`;
    const where = { operation: head, basePointer: base.pointer, headPointer: parameter.pointer };
    if (!parameter.required) collector.add('request-parameter-added', `${label} was added`, where);
    else if (typeof parameter.schema === 'object' && parameter.schema.default !== undefined) {
      collector.add(
        'request-parameter-required-with-default-added',
        `${label} was added as required with a default`,
        where,
      );
    } else collector.add('request-parameter-required-added', `${label} was added as required`, where);
  }
}

function compareRequestBody(context: OperationDiffContext, base: OperationModel, head: OperationModel): void {
  const { collector } = context;
  const from = base.requestBody;
  const to = head.requestBody;
  if (from === undefined && to === undefined) return;
  if (from === undefined && to !== undefined) {
    const where = { operation: head, basePointer: base.pointer, headPointer: to.pointer };
    collector.add(
      to.required ? 'request-body-added-required' : 'request-body-added',
      'request body was added',
      where,
    );
    return;
  }
  if (from !== undefined && to === undefined) {
    collector.add('request-body-removed', 'request body was removed', {
      operation: head,
      basePointer: from.pointer,
      headPointer: head.pointer,
    });
    return;
  }
  if (from === undefined || to === undefined) return;
  const where = { operation: head, basePointer: from.pointer, headPointer: to.pointer };
  if (!from.required && to.required)
    collector.add('request-body-became-required', 'request body became required', where);
  if (from.required && !to.required)
    collector.add('request-body-became-optional', 'request body became optional', where);
  compareContent(context, head, from.content, to.content, 'request', 'body', where);
}

function compareContent(
  context: OperationDiffContext,
  operation: OperationModel,
  from: MediaTypeModel[],
  to: MediaTypeModel[],
  direction: SchemaDirection,
  label: string,
  where: { basePointer: string; headPointer: string },
): void {
  const { collector } = context;
  const normalizeType = (mediaType: string) => mediaType.split(';')[0]?.trim().toLowerCase() ?? mediaType;
  const headByType = new Map(to.map((media) => [normalizeType(media.mediaType), media]));
  const baseTypes = new Set(from.map((media) => normalizeType(media.mediaType)));
  for (const media of from) {
    const next = headByType.get(normalizeType(media.mediaType));
    if (next === undefined) {
      const id = direction === 'request' ? 'request-media-type-removed' : 'response-media-type-removed';
      collector.add(id, `${label} content type ${media.mediaType} was removed`, {
        operation,
        basePointer: media.pointer,
        headPointer: where.headPointer,
      });
      continue;
    }
    if (media.schema !== undefined && next.schema !== undefined) {
      compareSchemas(
        schemaCompare(context, operation, direction),
        { schema: media.schema, pointer: childPointer(media.pointer, 'schema') },
        { schema: next.schema, pointer: childPointer(next.pointer, 'schema') },
        `${label} (${normalizeType(media.mediaType)})`,
      );
    }
  }
  for (const media of to) {
    if (baseTypes.has(normalizeType(media.mediaType))) continue;
    const id = direction === 'request' ? 'request-media-type-added' : 'response-media-type-added';
    collector.add(id, `${label} content type ${media.mediaType} was added`, {
      operation,
      basePointer: where.basePointer,
      headPointer: media.pointer,
    });
  }
}

function compareResponses(context: OperationDiffContext, base: OperationModel, head: OperationModel): void {
  const { collector } = context;
  const headByStatus = new Map(head.responses.map((response) => [response.status.toUpperCase(), response]));
  const baseStatuses = new Set(base.responses.map((response) => response.status.toUpperCase()));
  for (const response of base.responses) {
    const next = headByStatus.get(response.status.toUpperCase());
    if (next === undefined) {
      collector.add('response-status-removed', `response ${response.status} was removed`, {
        operation: head,
        basePointer: response.pointer,
        headPointer: head.pointer,
      });
      continue;
    }
    const where = { basePointer: response.pointer, headPointer: next.pointer };
    compareContent(
      context,
      head,
      response.content,
      next.content,
      'response',
      `response ${response.status}`,
      where,
    );
    const headHeaders = new Map(next.headers.map((header) => [header.name.toLowerCase(), header]));
    for (const header of response.headers) {
      const match = headHeaders.get(header.name.toLowerCase());
      const label = `response ${response.status} header ${header.name}`;
      if (match === undefined) {
        if (header.required)
          collector.add('response-header-removed', `${label} was removed`, {
            operation: head,
            basePointer: header.pointer,
            headPointer: next.pointer,
          });
        continue;
      }
      if (header.required && !match.required) {
        collector.add('response-header-became-optional', `${label} became optional`, {
          operation: head,
          basePointer: header.pointer,
          headPointer: match.pointer,
        });
      }
      compareSchemas(
        schemaCompare(context, head, 'response'),
        { schema: header.schema, pointer: childPointer(header.pointer, 'schema') },
        { schema: match.schema, pointer: childPointer(match.pointer, 'schema') },
        label,
      );
    }
    const baseHeaderNames = new Set(response.headers.map((header) => header.name.toLowerCase()));
    for (const header of next.headers) {
      if (baseHeaderNames.has(header.name.toLowerCase())) continue;
      collector.add('response-header-added', `response ${response.status} header ${header.name} was added`, {
        operation: head,
        basePointer: response.pointer,
        headPointer: header.pointer,
      });
    }
  }
  for (const response of head.responses) {
    if (baseStatuses.has(response.status.toUpperCase())) continue;
    collector.add('response-status-added', `response ${response.status} was added`, {
      operation: head,
      basePointer: base.pointer,
      headPointer: response.pointer,
    });
  }
}
