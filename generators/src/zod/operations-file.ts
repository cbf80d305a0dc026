import type {
  JsonSchema,
  MediaTypeModel,
  OperationModel,
  ParameterLocation,
  Pointer,
} from '../model/types.js';
import { joinStatements, printStatement } from '../print/index.js';
import ts from '../targets/typescript.cjs';
import { builtins, call, objectLiteral, propertyName, withDocs, zCall } from './ast.js';
import { type ConvertContext, convertSchema, type Side } from './convert/index.js';
import type { DeclarationPlan } from './graph.js';
import type { TypeContext } from './output-types.js';
import { parameterSchema } from './parameters.js';
import { mediaOutput, objectTypeOf, parameterOutput } from './request-types.js';
import { RuntimeUse } from './runtime.js';
import { isPlainObject } from './schemas-file.js';
import { zodImport } from './zod-import.js';

const f = ts.factory;

export interface OperationsFileOptions {
  plan: DeclarationPlan;
  operations: readonly OperationModel[];
  component(name: string): JsonSchema | undefined;
  warn(message: string, pointer: Pointer): void;
}

const LOCATIONS: readonly [ParameterLocation, string][] = [
  ['path', 'path'],
  ['query', 'query'],
  ['header', 'headers'],
  ['cookie', 'cookies'],
];

/** OAS 3.x §4.8.12.1: header parameters with these names are ignored (they are described elsewhere). */
const IGNORED_HEADERS = new Set(['accept', 'content-type', 'authorization']);

const FORM_MEDIA = /^(multipart\/|application\/x-www-form-urlencoded)/i;

/** The source of `zod/operations.ts`: per operation, the request parts and the responses by status and media type. */
export function operationsFile(options: OperationsFileOptions): { contents: string; usesRuntime: boolean } {
  const names = new Set(options.operations.map((operation) => operation.name));
  // Operation names are camelCase and could be `z` or `schemas`: the imports then step aside.
  const z = names.has('z') ? 'zod_' : 'z';
  const schemas = names.has('schemas') ? 'schemas_' : 'schemas';
  const runtime = new RuntimeUse(names.has('jsonSchema') ? 'jsonSchema_' : 'jsonSchema');
  // Printed as they are built (see `joinStatements`).
  const printed: string[] = [];
  const requestOutputs: ts.TypeElement[] = [];
  for (const operation of options.operations) {
    const { statement, requestOutput } = operationConst(operation, options, z, schemas, runtime);
    printed.push(printStatement(statement));
    if (requestOutput !== undefined)
      requestOutputs.push(
        f.createPropertySignature(undefined, propertyName(operation.name), undefined, requestOutput),
      );
  }
  printed.push(printStatement(requestOutputsInterface(requestOutputs)));
  const imports: ts.Statement[] = [
    zodImport(z),
    ...runtime.imports(),
    f.createImportDeclaration(
      undefined,
      f.createImportClause(false, undefined, f.createNamespaceImport(f.createIdentifier(schemas))),
      f.createStringLiteral('./schemas.js'),
    ),
  ];
  return {
    contents: joinStatements([...imports.map(printStatement), ...printed]),
    usesRuntime: runtime.used,
  };
}

function operationConst(
  operation: OperationModel,
  options: OperationsFileOptions,
  z: string,
  schemas: string,
  runtime: RuntimeUse,
): { statement: ts.Statement; requestOutput: ts.TypeNode | undefined } {
  const context = (side: Side, binary: ConvertContext['binary'] = 'string'): ConvertContext => ({
    side,
    z,
    binary,
    runtime: (name) => runtime.access(name),
    // Operation names are camelCase, so no export here shadows the PascalCase globals the code uses.
    builtin: builtins([]),
    warn: options.warn,
    component: options.component,
    isPlainObjectComponent: (name) => {
      const target = options.plan.resolve(name, side);
      return target !== undefined && !target.cyclic && isPlainObject(target.component.schema);
    },
    reference: (name) => {
      const target = options.plan.resolve(name, side);
      return target === undefined
        ? undefined
        : f.createPropertyAccessExpression(f.createIdentifier(schemas), target.identifier);
    },
  });

  const types = (binary: ConvertContext['binary'] = 'string'): TypeContext => ({
    side: 'request',
    binary,
    component: options.component,
    referenceType: (name) => {
      const target = options.plan.resolve(name, 'request');
      return target === undefined
        ? undefined
        : f.createTypeReferenceNode(f.createQualifiedName(f.createIdentifier(schemas), target.identifier));
    },
  });

  const request: (readonly [string, ts.Expression])[] = [];
  const requestTypes: { name: ts.PropertyName; type: ts.TypeNode; optional: boolean }[] = [];
  for (const [location, key] of LOCATIONS) {
    const seen = new Set<string>();
    const members: ts.PropertyAssignment[] = [];
    const memberTypes: { name: ts.PropertyName; type: ts.TypeNode; optional: boolean }[] = [];
    for (const parameter of operation.parameters) {
      if (parameter.in !== location) continue;
      // Node.js lower-cases incoming header names.
      const name = location === 'header' ? parameter.name.toLowerCase() : parameter.name;
      if (seen.has(name) || (location === 'header' && IGNORED_HEADERS.has(name))) continue;
      seen.add(name);
      const member = f.createPropertyAssignment(
        propertyName(name),
        parameterSchema(parameter, context('request')),
      );
      members.push(
        withDocs(member, { description: parameter.description, deprecated: parameter.deprecated }),
      );
      memberTypes.push({
        name: propertyName(name),
        ...parameterOutput(parameter, context('request'), types()),
      });
    }
    if (members.length > 0) {
      request.push([key, zCall(z, 'object', [f.createObjectLiteralExpression(members, true)])]);
      requestTypes.push({ name: propertyName(key), type: objectTypeOf(memberTypes), optional: false });
    }
  }
  if (operation.requestBody) {
    const body = operation.requestBody;
    const media = mediaTypes(body.content, (binary) => context('request', binary), body.required);
    request.push(['body', media]);
    requestTypes.push({
      name: propertyName('body'),
      type: bodyType(body.content, types, body.required),
      optional: false,
    });
  }

  const responses = operation.responses.map(
    (response) =>
      [response.status, mediaTypes(response.content, (binary) => context('response', binary), true)] as const,
  );
  const value = objectLiteral([
    ...(request.length > 0 ? [['request', objectLiteral(request)] as const] : []),
    ['responses', objectLiteral(responses)] as const,
  ]);
  const declaration = f.createVariableStatement(
    [f.createModifier(ts.SyntaxKind.ExportKeyword)],
    f.createVariableDeclarationList(
      [
        f.createVariableDeclaration(
          operation.name,
          undefined,
          undefined,
          f.createAsExpression(value, f.createTypeReferenceNode('const')),
        ),
      ],
      ts.NodeFlags.Const,
    ),
  );
  const summary = [operation.summary, operation.description]
    .filter((text): text is string => text !== undefined && text.trim() !== '')
    .join('\n\n');
  const statement = withDocs(declaration, {
    description: summary,
    deprecated: operation.deprecated,
    notes: [`${operation.method.toUpperCase()} ${operation.path}`],
  });
  return { statement, requestOutput: request.length > 0 ? objectTypeOf(requestTypes) : undefined };
}

/**
 * `export interface RequestOutputs`: per operation with request parts, what
 * each part is once parsed (`z.output` of its schema), as plain types.
 */
function requestOutputsInterface(members: ts.TypeElement[]): ts.Statement {
  return withDocs(
    f.createInterfaceDeclaration(
      [f.createModifier(ts.SyntaxKind.ExportKeyword)],
      'RequestOutputs',
      undefined,
      undefined,
      members,
    ),
    {
      description:
        'Per operation, each request part as its schema parses it (`z.output` of the part), written out so that code typed by it needs no inference from the schemas.',
    },
  );
}

/** The parsed body per media type, as `mediaTypes` builds its schemas. */
function bodyType(
  content: readonly MediaTypeModel[],
  types: (binary: ConvertContext['binary']) => TypeContext,
  required: boolean,
): ts.TypeNode {
  return objectTypeOf(
    content.map((media) => {
      const { kind } = mediaKind(media);
      const type = mediaOutput(
        kind,
        media.schema,
        types(FORM_MEDIA.test(media.mediaType) ? 'unknown' : 'string'),
      );
      return {
        name: propertyName(media.mediaType),
        type: required
          ? type
          : f.createUnionTypeNode([type, f.createKeywordTypeNode(ts.SyntaxKind.UndefinedKeyword)]),
        optional: false,
      };
    }),
  );
}

/** How `mediaSchema` treats a media type: as text, as unknown bytes or values, or by its schema. */
function mediaKind(media: MediaTypeModel): { kind: 'text' | 'unknown' | 'schema'; note?: string } {
  if (/^text\/event-stream/i.test(media.mediaType))
    return {
      kind: 'text',
      note: 'A stream of server-sent events: the body is text, events are not validated one by one.',
    };
  if (media.schema === undefined) return { kind: 'unknown', note: 'No schema is given for this media type.' };
  if (isBinary(media.schema))
    return { kind: 'unknown', note: 'Binary payload: the bytes are passed through, not validated.' };
  return { kind: 'schema' };
}

/** `{ 'application/json': schema, ... }` for a request body or response. */
function mediaTypes(
  content: readonly MediaTypeModel[],
  contextFor: (binary: ConvertContext['binary']) => ConvertContext,
  required: boolean,
): ts.Expression {
  const members = content.map((media) => {
    const { expression, note } = mediaSchema(
      media,
      contextFor(FORM_MEDIA.test(media.mediaType) ? 'unknown' : 'string'),
    );
    const value = required ? expression : call(expression, 'optional');
    return withDocs(f.createPropertyAssignment(propertyName(media.mediaType), value), {
      notes: note ? [note] : [],
    });
  });
  return f.createObjectLiteralExpression(members, true);
}

function mediaSchema(
  media: MediaTypeModel,
  context: ConvertContext,
): { expression: ts.Expression; note?: string } {
  const { kind, note } = mediaKind(media);
  if (kind === 'text') return { expression: zCall(context.z, 'string'), ...(note ? { note } : {}) };
  if (kind === 'unknown' || media.schema === undefined)
    return { expression: zCall(context.z, 'unknown'), ...(note ? { note } : {}) };
  return { expression: convertSchema(media.schema, media.pointer, context) };
}

/** OAS 3.0 `format: binary` / OAS 3.1 `contentMediaType` or `contentEncoding` on a string body. */
function isBinary(schema: JsonSchema): boolean {
  if (typeof schema !== 'object') return false;
  const isString = schema.type === 'string' || (Array.isArray(schema.type) && schema.type.includes('string'));
  return (
    isString &&
    (schema.format === 'binary' ||
      schema.contentMediaType !== undefined ||
      schema.contentEncoding !== undefined)
  );
}
