/**
 * The output type of the zod schema `convert/` builds for a JSON Schema,
 * written as a plain TypeScript type. `schemas.ts` declares every schema's
 * type with it (and `operations.ts` the parsed request parts), so neither the
 * compiler nor an editor has to infer them from the zod expressions, which for
 * a large spec costs more than compiling all the rest. It must agree with
 * `z.output` of the schema: the tests compile a check of mutual assignability
 * for every declaration and request part of the goldens, the generated test
 * apps and GitHub's spec. References back into a cycle need it as well
 * (`lazyReference` in schemas-file.ts).
 */

import type { JsonSchema, JsonSchemaObject } from '../model/types.js';
import ts from '../targets/typescript.cjs';
import { propertyName } from './ast.js';
import { isPrimitive, withParentType } from './convert/checks.js';
import { mergeObjects } from './convert/composition.js';
import { type ConvertContext, componentName } from './convert/context.js';
import { appliedDefault } from './convert/defaults.js';
import { admissibleValues } from './convert/enum-values.js';
import { declaredTypes, hasConstraints, omitKeys } from './convert/keywords.js';
import { inheritedName, isFilePart, isOnThisSide } from './convert/object.js';

const f = ts.factory;
const keyword = (kind: ts.KeywordTypeSyntaxKind) => f.createKeywordTypeNode(kind);
const unknownType = () => keyword(ts.SyntaxKind.UnknownKeyword);

export interface TypeContext extends Pick<ConvertContext, 'side' | 'component'> {
  /** As in `ConvertContext`: form bodies take `format: binary` values as unknown (default `'string'`). */
  binary?: ConvertContext['binary'];
  /** The type name a component reference resolves to on this side. */
  referenceType(componentName: string): ts.TypeNode | undefined;
}

/** The output type of the zod schema emitted for `schema`. */
export function typeOfSchema(schema: JsonSchema, context: TypeContext): ts.TypeNode {
  if (schema === true) return unknownType();
  if (schema === false) return keyword(ts.SyntaxKind.NeverKeyword);
  // Values zod cannot list (objects, arrays) are checked aside; the type comes from the rest (`splitChecks`).
  const written =
    schema.const !== undefined ? [schema.const] : Array.isArray(schema.enum) ? schema.enum : undefined;
  if (written !== undefined && !written.every(isPrimitive))
    return typeOfSchema(omitKeys(schema, ['enum', 'const']), context);
  if (typeof schema.$ref === 'string') {
    const name = componentName(schema.$ref);
    const target = (name === undefined ? undefined : context.referenceType(name)) ?? unknownType();
    const siblings = omitKeys(schema, ['$ref']);
    return hasConstraints(siblings)
      ? f.createIntersectionTypeNode([target, typeOfSchema(siblings, context)])
      : target;
  }
  if (Array.isArray(schema.allOf)) {
    const rest = omitKeys(schema, ['allOf']);
    const parts = [...schema.allOf, ...(hasConstraints(rest) ? [rest] : [])].filter(hasConstraints);
    // Object parts are merged into one object, as `convertAllOf` does (which also types untyped parts).
    const merged = mergeObjects(parts, context);
    if (merged !== undefined && parts.length > 1) return typeOfSchema(merged, context);
    return parts.length === 0
      ? unknownType()
      : intersection(parts.map((part) => typeOfSchema(part, context)));
  }
  if (Array.isArray(schema.oneOf) || Array.isArray(schema.anyOf)) {
    const rest = omitKeys(schema, ['oneOf', 'anyOf', 'discriminator']);
    const unions: ts.TypeNode[] = [schema.oneOf, schema.anyOf]
      .filter((branches): branches is JsonSchema[] => Array.isArray(branches))
      .map((branches) =>
        union(branches.map((branch) => typeOfSchema(withParentType(branch, schema), context))),
      );
    if (hasConstraints(rest)) unions.unshift(typeOfSchema(rest, context));
    return intersection(unions);
  }
  if (schema.const !== undefined || Array.isArray(schema.enum)) {
    const values = [
      ...new Set(
        admissibleValues(schema.const !== undefined ? [schema.const] : (schema.enum as unknown[]), schema),
      ),
    ];
    return values.length === 0 ? keyword(ts.SyntaxKind.NeverKeyword) : union(values.map(literalType));
  }
  const types = [...new Set(declaredTypes(schema))];
  if (types.length === 0) return unknownType();
  return union(types.map((type) => typeOfType(type, schema, context)));
}

/** `A | B`, with nested unions flattened and a single member left bare (the printer would parenthesize them). */
function union(types: readonly ts.TypeNode[]): ts.TypeNode {
  const members = types.flatMap((type) => (ts.isUnionTypeNode(type) ? [...type.types] : [type]));
  return members.length === 1 ? (members[0] as ts.TypeNode) : f.createUnionTypeNode(members);
}

function intersection(types: ts.TypeNode[]): ts.TypeNode {
  return types.length === 1 ? (types[0] as ts.TypeNode) : f.createIntersectionTypeNode(types);
}

function literalType(value: unknown): ts.TypeNode {
  if (value === null) return f.createLiteralTypeNode(f.createNull());
  if (typeof value === 'string') return f.createLiteralTypeNode(f.createStringLiteral(value));
  if (typeof value === 'boolean') return f.createLiteralTypeNode(value ? f.createTrue() : f.createFalse());
  if (typeof value === 'number' && Number.isFinite(value)) {
    const magnitude = f.createNumericLiteral(Math.abs(value));
    return f.createLiteralTypeNode(
      value < 0 ? f.createPrefixUnaryExpression(ts.SyntaxKind.MinusToken, magnitude) : magnitude,
    );
  }
  return unknownType();
}

function typeOfType(type: string, schema: JsonSchemaObject, context: TypeContext): ts.TypeNode {
  switch (type) {
    case 'string':
      return schema.format === 'binary' && context.binary === 'unknown'
        ? unknownType()
        : keyword(ts.SyntaxKind.StringKeyword);
    case 'number':
    case 'integer':
      return keyword(ts.SyntaxKind.NumberKeyword);
    case 'boolean':
      return keyword(ts.SyntaxKind.BooleanKeyword);
    case 'null':
      return f.createLiteralTypeNode(f.createNull());
    case 'array': {
      const items =
        Array.isArray(schema.prefixItems) || schema.items === undefined
          ? unknownType()
          : typeOfSchema(schema.items, context);
      return f.createTypeReferenceNode('Array', [items]);
    }
    case 'object':
      return objectType(schema, context);
    default:
      return unknownType();
  }
}

function objectType(schema: JsonSchemaObject, context: TypeContext): ts.TypeNode {
  const required = new Set(schema.required ?? []);
  const properties = { ...(schema.properties ?? {}) };
  for (const name of required) if (!(name in properties)) properties[name] = true;
  const members: ts.TypeElement[] = [];
  for (const [name, property] of Object.entries(properties)) {
    // The zod object checks these names outside its shape (see `convertObject`), so its output lacks them.
    if (inheritedName(name) || !isOnThisSide(property, context)) continue;
    // As `convertObject` decides between a bare, a `.default()` and an `.optional()` property.
    const filePart = context.binary === 'unknown' && isFilePart(property);
    const present =
      (required.has(name) && !filePart) ||
      (context.side === 'request' && appliedDefault(property, context) !== undefined);
    members.push(
      f.createPropertySignature(
        undefined,
        propertyName(name),
        present ? undefined : f.createToken(ts.SyntaxKind.QuestionToken),
        typeOfSchema(property, context),
      ),
    );
  }
  // With `patternProperties` the extra keys are checked aside and kept (`splitChecks`): the object is open.
  const additional = schema.patternProperties !== undefined ? true : schema.additionalProperties;
  const open = additional === true || (additional === undefined && schema.patternProperties !== undefined);
  const index = (value: ts.TypeNode) =>
    f.createTypeLiteralNode([
      f.createIndexSignature(
        undefined,
        [
          f.createParameterDeclaration(
            undefined,
            undefined,
            'key',
            undefined,
            keyword(ts.SyntaxKind.StringKeyword),
          ),
        ],
        value,
      ),
    ]);
  if (additional === undefined && !open && members.length === 0) return index(unknownType());
  // `z.strictObject({})` admits only `{}`; zod types it as an object whose every key is `never`.
  if (additional === false && members.length === 0) return index(keyword(ts.SyntaxKind.NeverKeyword));
  if (typeof additional === 'object') {
    const values = typeOfSchema(additional, context);
    return members.length === 0
      ? index(values)
      : f.createIntersectionTypeNode([f.createTypeLiteralNode(members), index(values)]);
  }
  return open
    ? f.createIntersectionTypeNode([f.createTypeLiteralNode(members), index(unknownType())])
    : f.createTypeLiteralNode(members);
}
