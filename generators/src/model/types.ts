/**
 * The normalized spec model: the one shape every emitter, lint rule and
 * runtime tool reads. It is produced by `normalize()` from a loaded, bundled
 * OpenAPI document (3.0, 3.1, or Swagger 2.0 after conversion).
 *
 * Invariants (hold for every model, whatever the input version):
 * - Schemas follow OAS 3.1 / JSON Schema 2020-12 semantics: `nullable: true`
 *   is folded into `type` arrays (or `anyOf` with `{type: 'null'}`),
 *   boolean `exclusiveMinimum/Maximum` become numbers, `example` becomes
 *   `examples: [example]`.
 * - Schema `$ref`s stay as references of the form `#/components/schemas/Name`
 *   so emitters can refer to one named export per component. Every other kind
 *   of `$ref` (parameters, responses, request bodies, headers, examples) is
 *   resolved in the model; `ref` records which component it came from.
 * - Operations are ordered by path, then by method in `HTTP_METHODS` order;
 *   component schemas are ordered by name. Emitters must not re-sort.
 */

/** JSON Schema (2020-12 dialect as used by OAS 3.1), kept loosely typed on purpose. */
export type JsonSchema = boolean | JsonSchemaObject;

export interface JsonSchemaObject {
  $ref?: string;
  type?: JsonType | JsonType[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: JsonSchema;
  patternProperties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  prefixItems?: JsonSchema[];
  allOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  anyOf?: JsonSchema[];
  not?: JsonSchema;
  discriminator?: { propertyName: string; mapping?: Record<string, string> };
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  multipleOf?: number;
  minItems?: number;
  maxItems?: number;
  uniqueItems?: boolean;
  minProperties?: number;
  maxProperties?: number;
  default?: unknown;
  examples?: unknown[];
  readOnly?: boolean;
  writeOnly?: boolean;
  deprecated?: boolean;
  title?: string;
  description?: string;
  contentMediaType?: string;
  contentEncoding?: string;
  [extension: string]: unknown;
}

export type JsonType = 'string' | 'number' | 'integer' | 'boolean' | 'object' | 'array' | 'null';

export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

export type ParameterLocation = 'path' | 'query' | 'header' | 'cookie';

/** A JSON pointer into the bundled document, e.g. `#/paths/~1tasks/get`. */
export type Pointer = string;

export interface SourceLocation {
  /** Absolute path of the source file that holds the node. */
  file: string;
  /** 1-based line and column. */
  line: number;
  column: number;
}

export interface NamedSchema {
  /** Name as written under `components.schemas`. */
  name: string;
  /** A valid, unique TypeScript identifier derived from `name` (PascalCase). */
  identifier: string;
  schema: JsonSchema;
  pointer: Pointer;
}

export interface ExampleModel {
  /** Key under `examples`, or `default` for a single `example`. */
  name: string;
  summary?: string;
  value: unknown;
  pointer: Pointer;
}

export interface MediaTypeModel {
  /** e.g. `application/json`, `application/problem+json`, `multipart/form-data`, `text/event-stream`. */
  mediaType: string;
  schema?: JsonSchema;
  examples: ExampleModel[];
  /** Multipart/form encoding object, passed through as written. */
  encoding?: Record<string, unknown>;
  /** Vendor extensions (`x-*`) on the media type object, e.g. `x-sse-data` naming the event schema of a stream. */
  extensions?: Record<string, unknown>;
  pointer: Pointer;
}

export interface ParameterModel {
  name: string;
  in: ParameterLocation;
  required: boolean;
  schema: JsonSchema;
  description?: string;
  deprecated: boolean;
  style?: string;
  explode?: boolean;
  examples: ExampleModel[];
  /** Component this parameter came from (`#/components/parameters/X`), if any. */
  ref?: string;
  pointer: Pointer;
}

export interface RequestBodyModel {
  required: boolean;
  description?: string;
  content: MediaTypeModel[];
  /** Vendor extensions (`x-*`) on the request body, e.g. `x-max-size` in bytes. */
  extensions?: Record<string, unknown>;
  ref?: string;
  pointer: Pointer;
}

export interface HeaderModel {
  name: string;
  required: boolean;
  schema: JsonSchema;
  description?: string;
  pointer: Pointer;
}

export interface ResponseModel {
  /** `200`, `4XX`, or `default`, as written in the spec. */
  status: string;
  description: string;
  headers: HeaderModel[];
  content: MediaTypeModel[];
  /** Links as written (OAS 3.x link objects), keyed by link name. */
  links: Record<string, LinkModel>;
  ref?: string;
  pointer: Pointer;
}

export interface LinkModel {
  operationId?: string;
  operationRef?: string;
  parameters?: Record<string, unknown>;
  requestBody?: unknown;
  description?: string;
}

/** One alternative of a security requirement: all listed schemes must be satisfied together. */
export type SecurityRequirement = Record<string, string[]>;

export interface OperationModel {
  /** operationId as written, or derived from method + path when the spec has none. */
  operationId: string;
  /** True when `operationId` was derived rather than written in the spec. */
  operationIdDerived: boolean;
  /** A valid, unique camelCase TypeScript identifier derived from `operationId`. */
  name: string;
  method: HttpMethod;
  /** Path template as written, e.g. `/projects/{projectId}/tasks`. */
  path: string;
  tags: string[];
  summary?: string;
  description?: string;
  deprecated: boolean;
  /** Path-level and operation-level parameters merged (operation wins), in spec order. */
  parameters: ParameterModel[];
  requestBody?: RequestBodyModel;
  /** In spec order. */
  responses: ResponseModel[];
  /** Effective security: the operation's own, else the document's. `[]` means public. */
  security: SecurityRequirement[];
  /** Vendor extensions (`x-*`) on the operation object. */
  extensions: Record<string, unknown>;
  pointer: Pointer;
}

export interface SecuritySchemeModel {
  name: string;
  type: 'apiKey' | 'http' | 'oauth2' | 'openIdConnect' | 'mutualTLS';
  /** For `http`: `bearer`, `basic`, ... */
  scheme?: string;
  bearerFormat?: string;
  /** For `apiKey`. */
  in?: 'query' | 'header' | 'cookie';
  paramName?: string;
  pointer: Pointer;
}

export interface SpecModel {
  /** The bundled document (external refs internalized under `#/components`), in its original OAS version. */
  document: Record<string, unknown>;
  /** `2.0`, `3.0.x` or `3.1.x`: the version the author wrote (2.0 is converted before normalizing). */
  sourceVersion: string;
  title: string;
  version: string;
  /** sha256 (hex) of the bundled document's canonical JSON: the value stamped into generated headers. */
  hash: string;
  servers: { url: string; description?: string }[];
  schemas: NamedSchema[];
  operations: OperationModel[];
  securitySchemes: SecuritySchemeModel[];
  tags: { name: string; description?: string }[];
}
