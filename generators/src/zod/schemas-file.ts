import type { JsonSchema, NamedSchema, Pointer } from '../model/types.js';
import { joinStatements, printStatement } from '../print/index.js';
import ts from '../targets/typescript.cjs';
import { builtins, withDocs, zCall } from './ast.js';
import { type ConvertContext, convertSchema, type Side } from './convert/index.js';
import { declaredTypes } from './convert/keywords.js';
import type { Declaration, DeclarationPlan } from './graph.js';
import { typeOfSchema } from './output-types.js';
import { RuntimeUse } from './runtime.js';
import { SharedSubschemas } from './shared.js';
import { zodImport } from './zod-import.js';

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
export function schemasFile({ plan, schemas, warn }: SchemasFileOptions): {
  contents: string;
  usesRuntime: boolean;
} {
  const byName = new Map(schemas.map((schema) => [schema.name, schema.schema]));
  const identifiers = new Set(plan.ordered.map((declaration) => declaration.identifier));
  const runtime = new RuntimeUse(identifiers.has('jsonSchema') ? 'jsonSchema_' : 'jsonSchema');
  // Printed as they are built (see `joinStatements`).
  const printed: string[] = [];
  const builtin = builtins(identifiers);
  const shared = new SharedSubschemas({
    taken: identifiers,
    cyclicReference: (name, side) => plan.resolve(name, side)?.cyclic === true,
  });
  for (const declaration of plan.ordered) shared.count(declaration.component.schema, declaration.side);
  for (const declaration of plan.ordered) {
    const declared = declare(declaration, plan, byName, warn, builtin, runtime, shared);
    for (const statement of [...shared.takePending(), ...declared]) printed.push(printStatement(statement));
  }
  const imports = [zodImport('z'), ...runtime.imports()].map(printStatement);
  return {
    contents: joinStatements([...imports, ...printed]),
    usesRuntime: runtime.used,
  };
}

function declare(
  declaration: Declaration,
  plan: DeclarationPlan,
  byName: Map<string, JsonSchema>,
  warn: SchemasFileOptions['warn'],
  builtin: ConvertContext['builtin'],
  runtime: RuntimeUse,
  shared: SharedSubschemas,
): ts.Statement[] {
  const { component, side, identifier } = declaration;
  // Only the base form reports degraded constructs: the variants repeat the same schema.
  const context: ConvertContext = {
    ...schemaContext(plan, byName, side, side === 'base' ? warn : () => {}, declaration, builtin, runtime),
    // The declaration itself is never replaced by a shared const: only what it nests.
    shared: (schema, pointer, build) =>
      schema === component.schema ? undefined : shared.use(schema, side, pointer, build),
  };
  const initializer = convertSchema(component.schema, component.pointer, context);
  const docs = typeof component.schema === 'object' ? component.schema : {};
  const note = SIDE_NOTE[side];
  const constant = f.createVariableStatement(
    exportModifier(),
    f.createVariableDeclarationList(
      [f.createVariableDeclaration(identifier, undefined, undefined, initializer)],
      ts.NodeFlags.Const,
    ),
  );
  const typeAlias = f.createTypeAliasDeclaration(
    exportModifier(),
    identifier,
    undefined,
    // Written out rather than `z.infer<typeof X>`: see output-types.ts.
    typeOfSchema(component.schema, {
      side,
      component: (name) => byName.get(name),
      referenceType: (name) => {
        const target = plan.resolve(name, side);
        return target === undefined ? undefined : f.createTypeReferenceNode(target.identifier);
      },
    }),
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
  runtime: RuntimeUse,
): ConvertContext {
  return {
    side,
    z: 'z',
    binary: 'string',
    builtin,
    runtime: (name) => runtime.access(name),
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
      return plan.sameCycle(from, target) ? lazyReference(target.identifier) : identifier;
    },
  };
}

/**
 * `z.lazy((): z.core.$ZodType<Name> => Name)`: a reference back into the cycle.
 * The arrow's declared return type breaks the circularity, so the const itself
 * needs no annotation and keeps its inferred zod type (`.shape`, `.extend`, ...).
 * TypeScript still proves, once per reference, that the schema's output fits the
 * written type `Name`. The core interface is the target because it is small: an
 * annotation with the full `z.ZodType` makes tsc compare every method of the
 * schema class, which tripled the type-check time of specs with many cycles.
 */
function lazyReference(identifier: string): ts.Expression {
  const coreType = f.createQualifiedName(f.createQualifiedName(f.createIdentifier('z'), 'core'), '$ZodType');
  const getter = f.createArrowFunction(
    undefined,
    undefined,
    [],
    f.createTypeReferenceNode(coreType, [f.createTypeReferenceNode(identifier)]),
    f.createToken(ts.SyntaxKind.EqualsGreaterThanToken),
    f.createIdentifier(identifier),
  );
  return zCall('z', 'lazy', [getter]);
}

/** Keywords emitted as checks around the object (which then is no bare `z.object`). */
const CHECKED_KEYWORDS = [
  'minProperties',
  'maxProperties',
  'not',
  'if',
  'then',
  'else',
  'dependentRequired',
  'dependentSchemas',
  'dependencies',
  'propertyNames',
  'patternProperties',
  'unevaluatedProperties',
  'unevaluatedItems',
  'enum',
  'const',
];

/** A property name an object literal also finds on `Object.prototype` (checked as an own property). */
function inheritedName(name: string): boolean {
  return name === '__proto__' || name in Object.prototype;
}

/** The schema is emitted as a bare `z.object`-family call (a valid discriminated-union option). */
export function isPlainObject(schema: JsonSchema): boolean {
  if (typeof schema === 'boolean') return false;
  const types = declaredTypes(schema);
  return (
    types.length === 1 &&
    types[0] === 'object' &&
    schema.$ref === undefined &&
    !schema.allOf &&
    !schema.oneOf &&
    !schema.anyOf &&
    Object.keys(schema.properties ?? {}).length > 0 &&
    CHECKED_KEYWORDS.every((key) => schema[key] === undefined) &&
    Object.keys(schema.properties ?? {}).every((name) => !inheritedName(name))
  );
}
