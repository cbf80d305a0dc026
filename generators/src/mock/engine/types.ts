import type { NamedSchema, OperationModel, SecuritySchemeModel } from '../../model/types.js';
import type { EventSubscription } from '../stateful/events.js';

/**
 * What the engine needs of a spec: the slice of the normalized model it reads.
 * Plain JSON, so a generated MSW module can embed it and a browser can run it.
 */
export interface MockSpec {
  operations: OperationModel[];
  schemas: NamedSchema[];
  securitySchemes: SecuritySchemeModel[];
  /** The bundled document, for `$ref`s the model keeps (`#/components/schemas/X`). */
  document: Record<string, unknown>;
}

/** A request as the engine sees it, whatever carried it (node:http or a fetch `Request` in MSW). */
export interface MockRequest {
  method: string;
  /** Path without the server's base path, e.g. `/projects/p1/tasks`. */
  path: string;
  /** Query parameters; repeated keys keep every value in order. */
  query: Record<string, string[]>;
  /** Header names in lower case. */
  headers: Record<string, string>;
  /** The raw body text, undefined when there is none. */
  body?: string;
  /** Byte size of the body, when the transport knows it. */
  bodyBytes?: number;
}

/** The engine's answer; `body` is the exact text to send. */
export interface MockResponse {
  status: number;
  headers: Record<string, string>;
  body?: string;
  /** An event stream to keep open: the transport follows it with `MockEngine.subscribe`. */
  stream?: EventSubscription;
}

/** Engine-wide settings. */
export interface EngineOptions {
  /** Generate data from schemas instead of serving examples. */
  dynamic?: boolean;
  /** Seed of generated data: the same seed gives the same responses. */
  seed?: string;
  /** Keep created resources in memory. */
  stateful?: boolean;
  /** Credentials accepted on secured operations (bearer tokens, API keys); any when absent. */
  tokens?: string[];
  /** Initial stateful resources: concrete collection path -> resources. */
  seedData?: Record<string, Record<string, unknown>[]>;
  /** Request bodies above this many bytes get 413. */
  maxBodyBytes?: number;
  /** Reference time for generated timestamps; default now. */
  now?: () => number;
}
