import type { GlobalContext, OpenAPI3, OpenAPITSOptions } from 'openapi-typescript';
import type ts from 'typescript';
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
    discriminators: scanDiscriminators(schema, options),
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

/**
 * A deep copy of the document (openapi-typescript's transforms annotate the
 * objects they walk) in which discriminator mapping values written as bare
 * schema names (OAS 3.1 §4.8.25.1) become `#/components/schemas/<name>` refs,
 * the form openapi-typescript matches against `oneOf` members.
 */
function prepareDocument(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(prepareDocument);
  if (value === null || typeof value !== 'object') return value;
  const copy: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) {
    if (key === 'discriminator') copy[key] = prepareDiscriminator(inner);
    else if (key === 'allOf' && Array.isArray(inner)) copy[key] = inner.map(prepareAllOfMember);
    else copy[key] = prepareDocument(inner);
  }
  return copy.type === 'null' ? dropNonNullBranches(copy) : copy;
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
function prepareAllOfMember(member: unknown): unknown {
  if (member === true) return {};
  if (member === false) return { oneOf: [false] };
  return prepareDocument(member);
}

function prepareDiscriminator(discriminator: unknown): unknown {
  const copy = prepareDocument(discriminator);
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
