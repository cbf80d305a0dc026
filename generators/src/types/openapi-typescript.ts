import type { GlobalContext, OpenAPI3, OpenAPITSOptions } from 'openapi-typescript';
import type ts from 'typescript';
import { resolvePointer } from '../model/json-pointer.js';
import { openapiTypescript } from './openapi-typescript-module.js';

const { resolveRef, scanDiscriminators, transformSchema } = openapiTypescript;

/**
 * openapi-typescript's rendering of a bundled document: the `paths`,
 * `webhooks`, `components`, `$defs` and `operations` declarations, as AST nodes.
 *
 * `openapiTS()` would first re-parse, lint and re-bundle the document with
 * Redocly. Our loader has already bundled and validated it, and Redocly's lint
 * rejects valid documents (OAS 3.1 §4.8.25.1 allows discriminator mapping
 * values that are bare schema names, Redocly reports them as unresolved refs),
 * so this calls openapi-typescript's document transform directly with the
 * same defaults `openapiTS()` uses.
 */
export function openapiTypescriptNodes(document: Record<string, unknown>): ts.Node[] {
  const schema = prepareDocument(document) as unknown as OpenAPI3;
  const options: OpenAPITSOptions = { silent: true };
  const resolved = new Map<string, unknown>();
  const context: GlobalContext = {
    additionalProperties: false,
    alphabetize: false,
    arrayLength: false,
    // A property with a `default` may still be omitted by a client (the server
    // fills it in), so it stays optional; required-ness comes from `required` only.
    // This also matches the zod target, whose request schemas apply defaults.
    defaultNonNullable: false,
    discriminators: hasDiscriminator(schema) ? scanDiscriminators(schema, options) : noDiscriminators(),
    // `{}` / `type: object` without properties means "any object" (JSON Schema), not `Record<string, never>`.
    emptyObjectsUnknown: true,
    enum: false,
    enumValues: false,
    conditionalEnums: false,
    dedupeEnums: false,
    excludeDeprecated: false,
    exportType: false,
    immutable: false,
    rootTypes: false,
    rootTypesNoSchemaPrefix: false,
    rootTypesKeepCasing: false,
    injectFooter: [],
    pathParamsAsTypes: false,
    postTransform: undefined,
    propertiesRequiredByDefault: false,
    // Only `openapiTS()`'s Redocly step reads this; the transforms never do.
    redoc: undefined as unknown as GlobalContext['redoc'],
    silent: true,
    inject: undefined,
    transform: undefined,
    transformProperty: undefined,
    makePathsEnum: false,
    generatePathParams: false,
    readWriteMarkers: false,
    // The transforms resolve the same few thousand refs over and over (every parameter and request body of
    // every operation); they never change the document, so each ref is resolved once.
    resolve<T>($ref: string): T | undefined {
      if (!resolved.has($ref)) resolved.set($ref, resolveRef(schema, $ref, { silent: true }));
      return resolved.get($ref) as T | undefined;
    },
  };
  return transformSchema(schema, context);
}

/** What `scanDiscriminators` returns for a document without any `discriminator.propertyName`. */
function noDiscriminators(): GlobalContext['discriminators'] {
  return { objects: {}, refsHandled: [] };
}

/**
 * Whether any object in the document has a `discriminator` with a
 * `propertyName`: only those make `scanDiscriminators` record or patch
 * anything. Its two walks copy the path at every node, which on a large spec
 * without discriminators costs about 0.1 s for nothing; this walk allocates nothing.
 */
function hasDiscriminator(node: unknown): boolean {
  if (node === null || typeof node !== 'object') return false;
  if (Array.isArray(node)) return node.some(hasDiscriminator);
  const discriminator = (node as { discriminator?: { propertyName?: unknown } }).discriminator;
  if (typeof discriminator === 'object' && discriminator !== null && discriminator.propertyName) return true;
  for (const key in node) if (hasDiscriminator((node as Record<string, unknown>)[key])) return true;
  return false;
}

/**
 * A deep copy of the document (openapi-typescript's transforms annotate the
 * objects they walk) in which discriminator mapping values written as bare
 * schema names (OAS 3.1 §4.8.25.1) become `#/components/schemas/<name>` refs,
 * the form openapi-typescript matches against `oneOf` members.
 */
function prepareDocument(document: unknown): unknown {
  const prepare = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(prepare);
    if (value === null || typeof value !== 'object') return value;
    const copy: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value)) {
      if (key === 'discriminator') copy[key] = prepareDiscriminator(prepare(inner));
      else if (key === 'allOf' && Array.isArray(inner))
        copy[key] = inner.map((member) =>
          declareRequiredMembers(prepareAllOfMember(member, prepare), inner, document, prepare),
        );
      else copy[key] = prepare(inner);
    }
    return copy.type === 'null' ? dropNonNullBranches(copy) : copy;
  };
  return prepare(document);
}

/**
 * `type: null` next to `oneOf`/`anyOf` admits only the branches that admit
 * null (the rest intersect to `never`). openapi-typescript writes
 * `null & (string | ... | Self[])`, and TypeScript cannot resolve such an
 * intersection when a branch refers back to the schema (TS2502), so the
 * branches that cannot be null are left out before it renders the schema:
 * the same type, without the cycle.
 */
function dropNonNullBranches(schema: Record<string, unknown>): Record<string, unknown> {
  const admitsNull = (branch: unknown) => {
    if (branch === true) return true;
    if (branch === null || typeof branch !== 'object') return false;
    const type = (branch as { type?: unknown }).type;
    return type === undefined || type === 'null' || (Array.isArray(type) && type.includes('null'));
  };
  const result = { ...schema };
  for (const key of ['oneOf', 'anyOf'] as const) {
    const branches = result[key];
    if (!Array.isArray(branches)) continue;
    const kept = branches.filter(admitsNull);
    // No value passes: `never` (openapi-typescript renders a oneOf of `false` so).
    if (kept.length === 0) return { description: schema.description, oneOf: [false] };
    result[key] = kept;
  }
  return result;
}

/**
 * openapi-typescript's allOf transform looks for `$ref` in every member and
 * throws on boolean schemas (JSON Schema 2020-12 §4.3.2), so they become the
 * object forms it renders the same way: `true` is `{}` (unknown), `false` is
 * a `oneOf` with no possible branch (never).
 */
function prepareAllOfMember(member: unknown, prepare: (value: unknown) => unknown): unknown {
  if (member === true) return {};
  if (member === false) return { oneOf: [false] };
  return prepare(member);
}

/**
 * An allOf member may make a sibling's optional property required by naming
 * it in `required` alone (`allOf: [NewPet, {required: [id, nickname]}]`).
 * openapi-typescript renders only the member's own `properties`, so the
 * property would stay optional in the types while the validators require it.
 * Each such name is declared in the member with the sibling's schema for it
 * (`unknown` when no sibling declares it), so the intersection makes it
 * required with the sibling's type. Left alone when the member has a `$ref`
 * or constrains its other properties (a declared member could clash with an
 * index signature).
 */
function declareRequiredMembers(
  prepared: unknown,
  siblings: unknown[],
  document: unknown,
  prepare: (value: unknown) => unknown,
): unknown {
  if (prepared === null || typeof prepared !== 'object' || Array.isArray(prepared)) return prepared;
  const schema = prepared as Record<string, unknown>;
  const { required, properties } = schema;
  if (!Array.isArray(required) || '$ref' in schema) return prepared;
  if (schema.additionalProperties !== undefined && schema.additionalProperties !== true) return prepared;
  if (schema.patternProperties !== undefined) return prepared;
  const own = isRecord(properties) ? properties : {};
  const missing = required.filter(
    (name): name is string => typeof name === 'string' && !Object.hasOwn(own, name),
  );
  if (missing.length === 0) return prepared;
  const declared = { ...own };
  for (const name of missing) {
    const found = siblings
      .map((sibling) => propertySchema(sibling, name, document, 0))
      .find((s) => s !== undefined);
    declared[name] = found === undefined ? {} : prepare(found);
  }
  return { ...schema, properties: declared };
}

/** The schema `schema` (following local refs and allOf) declares for property `name`, if any. */
function propertySchema(schema: unknown, name: string, document: unknown, depth: number): unknown {
  // Deep enough for real allOf chains; a cycle of refs ends here.
  if (depth > 8 || !isRecord(schema)) return undefined;
  if (typeof schema.$ref === 'string') {
    if (!schema.$ref.startsWith('#/')) return undefined;
    return propertySchema(resolvePointer(document, schema.$ref), name, document, depth + 1);
  }
  if (isRecord(schema.properties) && Object.hasOwn(schema.properties, name)) return schema.properties[name];
  if (!Array.isArray(schema.allOf)) return undefined;
  for (const member of schema.allOf) {
    const found = propertySchema(member, name, document, depth + 1);
    if (found !== undefined) return found;
  }
  return undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function prepareDiscriminator(copy: unknown): unknown {
  if (copy === null || typeof copy !== 'object' || Array.isArray(copy)) return copy;
  const { propertyName, mapping } = copy as { propertyName?: unknown; mapping?: unknown };
  // A property that happens to be named `discriminator` is a schema, not a Discriminator Object.
  if (typeof propertyName !== 'string') return copy;
  if (mapping === null || typeof mapping !== 'object' || Array.isArray(mapping)) return copy;
  const rewritten: Record<string, unknown> = {};
  for (const [tag, target] of Object.entries(mapping)) {
    rewritten[tag] =
      typeof target === 'string' && !target.includes('/') && !target.includes('#')
        ? `#/components/schemas/${target}`
        : target;
  }
  return { ...copy, mapping: rewritten };
}
