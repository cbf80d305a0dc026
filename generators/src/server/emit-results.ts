/**
 * The `<Op>Result` union: one variant per documented status (and media type),
 * so returning an undocumented status or a body of the wrong type does not compile.
 */

import type { HeaderModel } from '../model/types.js';
import ts from '../targets/typescript.cjs';
import {
  indexedType,
  keyword,
  type Member,
  numberType,
  objectType,
  stringType,
  typeRef,
  unionType,
} from './ast.js';
import type { ImportUsage } from './emit-handlers.js';
import type { OperationPlan, ResponseMediaPlan, ResponsePlan } from './plan.js';
import { schemaTypes } from './schema-lookup.js';

const f = ts.factory;

/** The union of every variant the operation may return. */
export function resultType(operation: OperationPlan, usage: ImportUsage): ts.TypeNode {
  if (operation.responses.length === 0) {
    // Nothing documented: any status, any JSON body.
    usage.runtime.add('HttpStatus');
    return objectType([
      { name: 'status', type: typeRef('HttpStatus') },
      { name: 'body', type: keyword(ts.SyntaxKind.UnknownKeyword), optional: true },
      {
        name: 'headers',
        type: typeRef('Record', [keyword(ts.SyntaxKind.StringKeyword), keyword(ts.SyntaxKind.StringKeyword)]),
        optional: true,
      },
    ]);
  }
  return unionType(operation.responses.flatMap((response) => responseVariants(operation, response, usage)));
}

function responseVariants(
  operation: OperationPlan,
  response: ResponsePlan,
  usage: ImportUsage,
): ts.TypeNode[] {
  const status: Member = { name: 'status', type: statusType(operation, response, usage) };
  const headers = headersMember(response.headers);
  if (response.media.length === 0) return [objectType([status, ...headers])];
  return response.media.map((media, index) => {
    const contentType: Member[] =
      response.media.length > 1
        ? [{ name: 'contentType', type: stringType(media.mediaType), optional: index === 0 }]
        : [];
    return objectType([status, ...contentType, bodyMember(operation, response, media, usage), ...headers]);
  });
}

/** `200`; `Exclude<StatusClass<'4'>, 400 | 404>` for `4XX`; `Exclude<HttpStatus, ...>` for `default`. */
function statusType(operation: OperationPlan, response: ResponsePlan, usage: ImportUsage): ts.TypeNode {
  const match = response.match;
  if (match.kind === 'code') return numberType(match.code);
  const codes = operation.responses.flatMap((other) =>
    other.match.kind === 'code' ? [other.match.code] : [],
  );
  if (match.kind === 'class') {
    usage.runtime.add('StatusClass');
    const inClass = codes.filter((code) => String(code)[0] === match.digit);
    return exclude(typeRef('StatusClass', [stringType(match.digit)]), inClass.map(numberType));
  }
  usage.runtime.add('HttpStatus');
  const classes = operation.responses.flatMap((other) =>
    other.match.kind === 'class' ? [typeRef('StatusClass', [stringType(other.match.digit)])] : [],
  );
  return exclude(typeRef('HttpStatus'), [...codes.map(numberType), ...classes]);
}

function exclude(type: ts.TypeNode, excluded: ts.TypeNode[]): ts.TypeNode {
  return excluded.length === 0 ? type : typeRef('Exclude', [type, unionType(excluded)]);
}

function bodyMember(
  operation: OperationPlan,
  response: ResponsePlan,
  media: ResponseMediaPlan,
  usage: ImportUsage,
): Member {
  switch (media.kind) {
    case 'sse': {
      usage.runtime.add('SseEvent');
      let data: ts.TypeNode[] = [];
      if (media.sseDataSchema !== undefined) {
        usage.components = true;
        data = [indexedType(typeRef('components'), ['schemas', media.sseDataSchema])];
      }
      return { name: 'events', type: typeRef('AsyncIterable', [typeRef('SseEvent', data)]) };
    }
    case 'binary':
      usage.runtime.add('BinaryBody');
      return { name: 'body', type: typeRef('BinaryBody') };
    case 'text':
      return { name: 'body', type: keyword(ts.SyntaxKind.StringKeyword) };
    case 'json':
      usage.paths = true;
      return {
        name: 'body',
        type: indexedType(typeRef('paths'), [
          operation.operation.path,
          operation.operation.method,
          'responses',
          response.status,
          'content',
          media.mediaType,
        ]),
      };
  }
}

/** `headers: { ETag: string; 'Retry-After'?: number }`, required when any documented header is. */
function headersMember(headers: readonly HeaderModel[]): Member[] {
  if (headers.length === 0) return [];
  return [
    {
      name: 'headers',
      type: objectType(
        headers.map((header) => ({
          name: header.name,
          type: headerType(header),
          optional: !header.required,
        })),
      ),
      optional: !headers.some((header) => header.required),
    },
  ];
}

/** A header value's type from its schema: numbers, booleans, string lists, else text. */
export function headerType(header: HeaderModel): ts.TypeNode {
  const types = schemaTypes(header.schema);
  if (types.has('array')) return f.createArrayTypeNode(keyword(ts.SyntaxKind.StringKeyword));
  const scalar: ts.TypeNode[] = [];
  if (types.has('integer') || types.has('number')) scalar.push(keyword(ts.SyntaxKind.NumberKeyword));
  if (types.has('boolean')) scalar.push(keyword(ts.SyntaxKind.BooleanKeyword));
  if (scalar.length === 0 || types.has('string') || types.has('object'))
    scalar.unshift(keyword(ts.SyntaxKind.StringKeyword));
  return unionType(scalar);
}
