import ts from 'typescript';
import type { JsonSchema, NamedSchema, Pointer } from '../model/types.js';
import { arrow, builtins, withDocs, zCall } from './ast.js';
import { type ConvertContext, convertSchema, type Side } from './convert/index.js';
import { impliedTypes } from './convert/keywords.js';
import { typeOfSchema } from './cycle-types.js';
import type { Declaration, DeclarationPlan } from './graph.js';
import { printStatements, zodImport } from './print.js';

const f = ts.factory;
const exportModifier = () => [f.createModifier(ts.SyntaxKind.ExportKeyword)];

export interface SchemasFileOptions {
  plan: DeclarationPlan;
  schemas: readonly NamedSchema[];
  warn(message: string, pointer: Pointer): void;
}

const SIDE_NOTE: Record<Side, string | undefined> = {
  base: undefined,
  request: 'Request form: readOnly properties left out, defaults applied.',
  response: 'Response form: writeOnly properties left out.',
};

/** The source of `zod/schemas.ts`: one const (and type) per declaration, in dependency order. */
export function schemasFile({ plan, schemas, warn }: SchemasFileOptions): string {
  const byName = new Map(schemas.map((schema) => [schema.name, schema.schema]));
  const statements: ts.Statement[] = [zodImport('z')];
  const builtin = builtins(plan.ordered.map((declaration) => declaration.identifier));
  for (const declaration of plan.ordered)
    statements.push(...declare(declaration, plan, byName, warn, builtin));
  return printStatements(statements);
}

function declare(
  declaration: Declaration,
  plan: DeclarationPlan,
  byName: Map<string, JsonSchema>,
  warn: SchemasFileOptions['warn'],
  builtin: ConvertContext['builtin'],
): ts.Statement[] {
  const { component, side, identifier } = declaration;
  // Only the base form reports degraded constructs: the variants repeat the same schema.
  const context = schemaContext(plan, byName, side, side === 'base' ? warn : () => {}, declaration, builtin);
  const initializer = convertSchema(component.schema, component.pointer, context);
  const docs = typeof component.schema === 'object' ? component.schema : {};
  const note = SIDE_NOTE[side];
  const typeNode = f.createTypeReferenceNode(identifier);
  const constant = f.createVariableStatement(
    exportModifier(),
    f.createVariableDeclarationList(
      [
        f.createVariableDeclaration(
          identifier,
          undefined,
          declaration.cyclic
            ? f.createTypeReferenceNode(f.createQualifiedName(f.createIdentifier('z'), 'ZodType'), [typeNode])
            : undefined,
          initializer,
        ),
      ],
      ts.NodeFlags.Const,
    ),
  );
  const typeAlias = f.createTypeAliasDeclaration(
    exportModifier(),
    identifier,
    undefined,
    declaration.cyclic
      ? typeOfSchema(component.schema, {
          side,
          component: (name) => byName.get(name),
          referenceType: (name) => {
            const target = plan.resolve(name, side);
            return target === undefined ? undefined : f.createTypeReferenceNode(target.identifier);
          },
        })
      : f.createTypeReferenceNode(f.createQualifiedName(f.createIdentifier('z'), 'infer'), [
          f.createTypeQueryNode(f.createIdentifier(identifier)),
        ]),
  );
  return [
    withDocs(constant, {
      description: docs.description,
      deprecated: docs.deprecated === true,
      notes: note ? [note] : [],
    }),
    typeAlias,
  ];
}

/** A converter context for code inside `schemas.ts`: references are bare identifiers, lazy within a cycle. */
export function schemaContext(
  plan: DeclarationPlan,
  byName: Map<string, JsonSchema>,
  side: Side,
  warn: ConvertContext['warn'],
  from: Declaration,
  builtin: ConvertContext['builtin'],
): ConvertContext {
  return {
    side,
    z: 'z',
    binary: 'string',
    builtin,
    warn,
    component: (name) => byName.get(name),
    isPlainObjectComponent: (name) => {
      const target = plan.resolve(name, side);
      return target !== undefined && !target.cyclic && isPlainObject(target.component.schema);
    },
    reference: (name) => {
      const target = plan.resolve(name, side);
      if (target === undefined) return undefined;
      const identifier = f.createIdentifier(target.identifier);
      return plan.sameCycle(from, target) ? zCall('z', 'lazy', [arrow([], identifier)]) : identifier;
    },
  };
}

/** The schema is emitted as a bare `z.object`-family call (a valid discriminated-union option). */
export function isPlainObject(schema: JsonSchema): boolean {
  if (typeof schema === 'boolean') return false;
  const types = impliedTypes(schema);
  return (
    types.length === 1 &&
    types[0] === 'object' &&
    schema.$ref === undefined &&
    !schema.allOf &&
    !schema.oneOf &&
    !schema.anyOf &&
    Object.keys(schema.properties ?? {}).length > 0 &&
    schema.minProperties === undefined &&
    schema.maxProperties === undefined
  );
}
