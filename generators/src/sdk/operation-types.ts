/**
 * The types of one operation written out directly, as indexed accesses into
 * openapi-typescript's `paths[path][method]`: `Op["parameters"]["path"]`,
 * `Op["responses"]["200"]["content"]["application/json"]`, one `ProblemError`
 * per documented error status. The runtime's generic views (`Params<Op>`,
 * `Data<Op>`, `OperationError<Op>`) compute the same types through conditional
 * and mapped types, which every user's compiler then re-evaluates for every
 * operation; the generator already knows which parameter groups, statuses and
 * media types exist, so it writes the answer instead (GitHub's 1,200 operations
 * type-check in a fraction of the time). The SDK file collects them in one
 * exported `OperationTypes` table that the query target reads too.
 */
import ts from '../targets/typescript.cjs';
import { f, literalType, typeRef } from './ast.js';
import type { PlannedOperation } from './plan.js';

/** `200`..`208`, `226` and `2XX`: what the runtime's `Data<Op>` counts as success. */
const SUCCESS = /^(20[0-8]|226|2XX)$/;
/** Redirects are followed by `fetch`, so they never reach the caller as errors. */
const REDIRECTS = new Set(['300', '301', '302', '303', '304', '307', '308']);
/** Ranges and `default` can carry any status: they add a `ProblemError<number, unknown>`. */
const CATCH_ALL = /^([45]XX|default)$/i;

const keyword = (kind: ts.KeywordTypeSyntaxKind) => f.createKeywordTypeNode(kind);

/** `base["a"]["b"]...`; string keys work for numeric ones too (`["200"]` is the `200` member). */
function indexed(base: ts.TypeNode, ...keys: string[]): ts.TypeNode {
  return keys.reduce<ts.TypeNode>(
    (object, key) => f.createIndexedAccessTypeNode(object, literalType(key)),
    base,
  );
}

function union(types: ts.TypeNode[]): ts.TypeNode {
  if (types.length === 0) return keyword(ts.SyntaxKind.NeverKeyword);
  return types.length === 1 ? (types[0] as ts.TypeNode) : f.createUnionTypeNode(types);
}

/** The body of one response: the union over its media types, `undefined` when it has no content. */
function responseBody(planned: PlannedOperation, status: string): ts.TypeNode {
  const response = planned.operation.responses.find((candidate) => candidate.status === status);
  const content = response?.content ?? [];
  if (content.length === 0) return keyword(ts.SyntaxKind.UndefinedKeyword);
  const op = typeRef(planned.typeAlias);
  return union(content.map((media) => indexed(op, 'responses', status, 'content', media.mediaType)));
}

/** The local helper that shows path and query parameters as one flat object rather than an intersection. */
export const FLAT = 'Flat';

/** `type Flat<T> = { [K in keyof T]: T[K] } & {};` (a mapped type over `keyof T` keeps `?` and `readonly`). */
export function flatHelper(): ts.Statement {
  const key = f.createTypeParameterDeclaration(
    undefined,
    'K',
    f.createTypeOperatorNode(ts.SyntaxKind.KeyOfKeyword, typeRef('T')),
  );
  const mapped = f.createMappedTypeNode(
    undefined,
    key,
    undefined,
    undefined,
    f.createIndexedAccessTypeNode(typeRef('T'), typeRef('K')),
    undefined,
  );
  return f.createTypeAliasDeclaration(
    undefined,
    FLAT,
    [f.createTypeParameterDeclaration(undefined, 'T')],
    f.createIntersectionTypeNode([mapped, f.createTypeLiteralNode([])]),
  );
}

/** Whether the operation takes both path and query parameters (its params type needs `Flat`). */
export function mergesParams(planned: PlannedOperation): boolean {
  return parameterGroups(planned).length > 1;
}

function parameterGroups(planned: PlannedOperation) {
  return (['path', 'query'] as const).filter((location) =>
    planned.operation.parameters.some((parameter) => parameter.in === location),
  );
}

/** Path and query parameters as one object (`NonNullable` drops the `undefined` of an all-optional group). */
export function paramsType(planned: PlannedOperation): ts.TypeNode {
  const op = typeRef(planned.typeAlias);
  const parts = parameterGroups(planned).map((location) =>
    typeRef('NonNullable', [indexed(op, 'parameters', location)]),
  );
  return parts.length === 1
    ? (parts[0] as ts.TypeNode)
    : typeRef(FLAT, [f.createIntersectionTypeNode(parts)]);
}

/** The request body the method takes, with files accepted where the spec marks them binary. */
export function bodyType(planned: PlannedOperation): ts.TypeNode {
  const body = planned.body;
  if (!body) return keyword(ts.SyntaxKind.NeverKeyword);
  const declared = indexed(
    typeRef('NonNullable', [indexed(typeRef(planned.typeAlias), 'requestBody')]),
    'content',
    body.mediaType,
  );
  if (body.kind === 'multipart') {
    const fields = union(body.binaryFields.map(literalType));
    return typeRef('MultipartBody', [declared, fields]);
  }
  if (body.kind === 'raw')
    return f.createUnionTypeNode([declared, typeRef('BinaryInput'), keyword(ts.SyntaxKind.StringKeyword)]);
  return declared;
}

/** Whether the options argument carries header parameters (`ifMatch`), which need the runtime's mapping. */
export function hasHeaderOptions(planned: PlannedOperation): boolean {
  return planned.operation.parameters.some((parameter) => parameter.in === 'header');
}

/** The options argument: the call options, plus the operation's headers as camelCase options. */
export function optionsType(planned: PlannedOperation): ts.TypeNode {
  const op = typeRef(planned.typeAlias);
  if (planned.sse) return typeRef('StreamOptions', [op]);
  return hasHeaderOptions(planned) ? typeRef('Options', [op]) : typeRef('CallOptions');
}

/** What a call resolves to: the documented 2xx bodies, or the text or bytes the method reads. */
export function dataType(planned: PlannedOperation): ts.TypeNode {
  if (planned.parseAs === 'blob') return typeRef('Blob');
  if (planned.parseAs === 'text') return keyword(ts.SyntaxKind.StringKeyword);
  const statuses = planned.operation.responses
    .map((response) => response.status)
    .filter((status) => SUCCESS.test(status));
  return union(statuses.map((status) => responseBody(planned, status)));
}

/** The errors a call can throw: one `ProblemError` per documented error status, so `status` narrows `body`. */
export function errorType(planned: PlannedOperation): ts.TypeNode {
  return union(errorMembers(planned));
}

/** Whether the operation documents any error its `ProblemError`s can describe. */
export function documentsErrors(planned: PlannedOperation): boolean {
  return errorMembers(planned).length > 0;
}

function errorMembers(planned: PlannedOperation): ts.TypeNode[] {
  const statuses = planned.operation.responses.map((response) => response.status);
  const members = statuses
    .filter((status) => /^\d+$/.test(status) && !SUCCESS.test(status) && !REDIRECTS.has(status))
    .map((status) =>
      typeRef('ProblemError', [
        f.createLiteralTypeNode(f.createNumericLiteral(Number(status))),
        responseBody(planned, status),
      ]),
    );
  if (statuses.some((status) => CATCH_ALL.test(status)))
    members.push(
      typeRef('ProblemError', [keyword(ts.SyntaxKind.NumberKeyword), keyword(ts.SyntaxKind.UnknownKeyword)]),
    );
  return members;
}

/** The data of one event of a streaming operation. */
export function eventType(planned: PlannedOperation): ts.TypeNode {
  const schema = planned.sse?.dataSchema;
  if (schema !== undefined) return indexed(typeRef('components'), 'schemas', schema);
  return keyword(planned.sse?.json ? ts.SyntaxKind.UnknownKeyword : ts.SyntaxKind.StringKeyword);
}

/** The members of one operation's `OperationTypes` entry, in a fixed order. */
export function operationTypeMembers(planned: PlannedOperation): [string, ts.TypeNode][] {
  const has = (name: 'params' | 'body') => planned.args.some((arg) => arg.name === name);
  const members: [string, ts.TypeNode][] = [];
  if (has('params')) members.push(['params', paramsType(planned)]);
  if (has('body')) members.push(['body', bodyType(planned)]);
  members.push(['options', optionsType(planned)]);
  if (planned.sse) members.push(['event', eventType(planned)]);
  else members.push(['data', dataType(planned)], ['error', errorType(planned)]);
  return members;
}

/** `OperationTypes["listTasks"]["params"]` */
export function tableEntry(planned: PlannedOperation, member: string): ts.TypeNode {
  return indexed(typeRef('OperationTypes'), planned.operation.name, member);
}
