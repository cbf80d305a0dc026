/**
 * What kind of OpenAPI object stands at a position of the document. The
 * bundler needs it to decide where an external `$ref` target goes: a target
 * referenced from a schema position becomes a `components.schemas` entry, from
 * a response position a `components.responses` entry, and so on.
 */
export type RefContext =
  | 'document'
  | 'paths'
  | 'pathItem'
  | 'operation'
  | 'parameterList'
  | 'parameterMap'
  | 'parameter'
  | 'requestBodyMap'
  | 'requestBody'
  | 'responseMap'
  | 'response'
  | 'contentMap'
  | 'mediaType'
  | 'encodingMap'
  | 'encoding'
  | 'schema'
  | 'schemaMap'
  | 'schemaList'
  | 'exampleMap'
  | 'example'
  | 'headerMap'
  | 'header'
  | 'linkMap'
  | 'link'
  | 'callbackMap'
  | 'callback'
  | 'securitySchemeMap'
  | 'securityScheme'
  | 'components'
  /** Literal data (examples, defaults, enums): a `$ref` key here is a value, not a reference. */
  | 'data'
  /** Anything else: references found here are followed and inlined. */
  | 'other';

const HTTP_METHOD_KEYS = new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']);
const SUB_SCHEMA_KEYS = new Set([
  'items',
  'additionalItems',
  'additionalProperties',
  'not',
  'contains',
  'if',
  'then',
  'else',
  'propertyNames',
  'unevaluatedItems',
  'unevaluatedProperties',
  'contentSchema',
]);
const SCHEMA_MAP_KEYS = new Set([
  'properties',
  'patternProperties',
  '$defs',
  'definitions',
  'dependentSchemas',
]);
const SCHEMA_LIST_KEYS = new Set(['allOf', 'oneOf', 'anyOf', 'prefixItems']);
const SCHEMA_DATA_KEYS = new Set(['example', 'examples', 'default', 'enum', 'const']);

const NAME_MAPS = new Set<RefContext>([
  'schemaMap',
  'parameterMap',
  'requestBodyMap',
  'responseMap',
  'headerMap',
  'exampleMap',
  'linkMap',
  'callbackMap',
  'securitySchemeMap',
  'contentMap',
  'encodingMap',
  'callback',
]);

const COMPONENT_CONTEXTS: Record<string, RefContext> = {
  schemas: 'schemaMap',
  responses: 'responseMap',
  parameters: 'parameterMap',
  examples: 'exampleMap',
  requestBodies: 'requestBodyMap',
  headers: 'headerMap',
  securitySchemes: 'securitySchemeMap',
  links: 'linkMap',
  callbacks: 'callbackMap',
  pathItems: 'paths',
};

/** Context of the value under `key` of a value whose context is `parent`. */
export function childContext(parent: RefContext, key: string): RefContext {
  if (parent === 'data') return 'data';
  // In name-keyed maps (headers, properties, ...) `x-...` is a name, elsewhere an extension: its
  // references are still followed (authors point extensions at components) but never hoisted.
  if (key.startsWith('x-') && !NAME_MAPS.has(parent)) return 'other';
  switch (parent) {
    case 'document':
      if (key === 'paths' || key === 'webhooks') return 'paths';
      if (key === 'components') return 'components';
      // Swagger 2.0 keeps its reusable objects at the top level.
      if (key === 'definitions') return 'schemaMap';
      if (key === 'parameters') return 'parameterMap';
      if (key === 'responses') return 'responseMap';
      if (key === 'securityDefinitions') return 'securitySchemeMap';
      return 'other';
    case 'components':
      return COMPONENT_CONTEXTS[key] ?? 'other';
    case 'paths':
      return 'pathItem';
    case 'pathItem':
      if (HTTP_METHOD_KEYS.has(key)) return 'operation';
      return key === 'parameters' ? 'parameterList' : 'other';
    case 'operation':
      if (key === 'parameters') return 'parameterList';
      if (key === 'requestBody') return 'requestBody';
      if (key === 'responses') return 'responseMap';
      if (key === 'callbacks') return 'callbackMap';
      return 'other';
    case 'parameterList':
    case 'parameterMap':
      return 'parameter';
    case 'parameter':
    case 'header':
      if (key === 'schema' || key === 'items') return 'schema';
      if (key === 'content') return 'contentMap';
      if (key === 'examples') return 'exampleMap';
      return key === 'example' || key === 'default' || key === 'enum' ? 'data' : 'other';
    case 'requestBodyMap':
      return 'requestBody';
    case 'requestBody':
      return key === 'content' ? 'contentMap' : 'other';
    case 'responseMap':
      return 'response';
    case 'response':
      if (key === 'content') return 'contentMap';
      if (key === 'headers') return 'headerMap';
      if (key === 'links') return 'linkMap';
      if (key === 'schema') return 'schema';
      return key === 'examples' ? 'data' : 'other';
    case 'contentMap':
      return 'mediaType';
    case 'mediaType':
      if (key === 'schema') return 'schema';
      if (key === 'examples') return 'exampleMap';
      if (key === 'encoding') return 'encodingMap';
      return key === 'example' ? 'data' : 'other';
    case 'encodingMap':
      return 'encoding';
    case 'encoding':
      return key === 'headers' ? 'headerMap' : 'other';
    case 'exampleMap':
      return 'example';
    case 'example':
      return 'data';
    case 'headerMap':
      return 'header';
    case 'linkMap':
      return 'link';
    case 'link':
      return 'data';
    case 'callbackMap':
      return 'callback';
    case 'callback':
      return 'pathItem';
    case 'securitySchemeMap':
      return 'securityScheme';
    case 'schemaMap':
    case 'schemaList':
      return 'schema';
    case 'schema':
      if (SUB_SCHEMA_KEYS.has(key)) return 'schema';
      if (SCHEMA_MAP_KEYS.has(key)) return 'schemaMap';
      if (SCHEMA_LIST_KEYS.has(key)) return 'schemaList';
      return SCHEMA_DATA_KEYS.has(key) ? 'data' : 'other';
    default:
      return 'other';
  }
}

/** Context of the items of an array whose own context is `parent`. */
export function itemContext(parent: RefContext): RefContext {
  if (parent === 'schema' || parent === 'schemaList') return 'schema';
  if (parent === 'parameterList') return 'parameter';
  if (parent === 'data') return 'data';
  return 'other';
}

/** Where a `$ref` standing in `context` can be hoisted, as `[section..., ]` tokens, or undefined when it must be inlined. */
export function componentSection(context: RefContext, swagger2: boolean): string[] | undefined {
  if (swagger2) {
    if (context === 'schema') return ['definitions'];
    if (context === 'parameter') return ['parameters'];
    if (context === 'response') return ['responses'];
    return undefined;
  }
  const kinds: Partial<Record<RefContext, string>> = {
    schema: 'schemas',
    parameter: 'parameters',
    response: 'responses',
    requestBody: 'requestBodies',
    example: 'examples',
    header: 'headers',
    link: 'links',
    callback: 'callbacks',
    securityScheme: 'securitySchemes',
    // Path items are inlined even in 3.1 (which has components.pathItems): a path file referenced
    // from `paths` is the usual way to split a spec, and operations should stay under `#/paths`.
  };
  const kind = kinds[context];
  return kind === undefined ? undefined : ['components', kind];
}

/** Context of the values directly under a component section (`components.schemas`, `definitions`, ...). */
export function sectionItemContext(section: readonly string[]): RefContext {
  const last = section[section.length - 1] ?? '';
  if (section.length === 1) return childContext(childContext('document', last), 'item');
  return childContext(childContext('components', last), 'item');
}
