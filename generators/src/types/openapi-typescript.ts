import {
  type GlobalContext,
  type OpenAPI3,
  type OpenAPITSOptions,
  resolveRef,
  scanDiscriminators,
  transformSchema,
} from 'openapi-typescript';
import type ts from 'typescript';

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
    resolve<T>($ref: string): T | undefined {
      return resolveRef<T>(schema, $ref, { silent: true });
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
    copy[key] = key === 'discriminator' ? prepareDiscriminator(inner) : prepareDocument(inner);
  }
  return copy;
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
