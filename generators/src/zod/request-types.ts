/**
 * `RequestOutputs` in `operations.ts`: per operation, the plain TypeScript
 * type of each parsed request part (what `z.output` of the part's schema is),
 * so the server's handler input types need no inference from zod expressions.
 * Each function mirrors the schema code next to it: `parameterSchema`
 * (parameters.ts) and `mediaSchema` (operations-file.ts).
 */

import type { JsonSchema, ParameterModel } from '../model/types.js';
import ts from '../targets/typescript.cjs';
import { appliedDefault } from './convert/defaults.js';
import type { ConvertContext } from './convert/index.js';
import { omitKeys } from './convert/keywords.js';
import { type TypeContext, typeOfSchema } from './output-types.js';
import { resolveReference, valueTypes } from './parameters.js';

const f = ts.factory;
const unknownType = () => f.createKeywordTypeNode(ts.SyntaxKind.UnknownKeyword);

/** One parameter's parsed value, and whether its key may be missing (not required and no default). */
export function parameterOutput(
  parameter: ParameterModel,
  context: ConvertContext,
  types: TypeContext,
): { type: ts.TypeNode; optional: boolean } {
  const schema: JsonSchema =
    typeof parameter.schema === 'object' ? omitKeys(parameter.schema, ['default']) : parameter.schema;
  const resolved = resolveReference(schema, context);
  const kinds = valueTypes(resolved);
  // Arrays are preprocessed from text into a `z.array` of the item schema.
  const type =
    kinds.length === 1 && kinds[0] === 'array' && typeof resolved === 'object'
      ? f.createTypeReferenceNode('Array', [typeOfSchema(resolved.items ?? true, types)])
      : typeOfSchema(schema, types);
  return { type, optional: !parameter.required && appliedDefault(parameter.schema, context) === undefined };
}

/** A body media type's parsed value; `kind` is what `mediaSchema` decided for it. */
export function mediaOutput(
  kind: 'text' | 'unknown' | 'schema',
  schema: JsonSchema | undefined,
  types: TypeContext,
): ts.TypeNode {
  if (kind === 'text') return f.createKeywordTypeNode(ts.SyntaxKind.StringKeyword);
  if (kind === 'unknown' || schema === undefined) return unknownType();
  return typeOfSchema(schema, types);
}

/** `{ name: T; other?: U }` */
export function objectTypeOf(
  members: readonly { name: ts.PropertyName; type: ts.TypeNode; optional: boolean }[],
) {
  return f.createTypeLiteralNode(
    members.map((member) =>
      f.createPropertySignature(
        undefined,
        member.name,
        member.optional ? f.createToken(ts.SyntaxKind.QuestionToken) : undefined,
        member.type,
      ),
    ),
  );
}
