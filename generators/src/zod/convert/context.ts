import type ts from 'typescript';
import { parsePointer } from '../../model/json-pointer.js';
import type { JsonSchema, Pointer } from '../../model/types.js';

/**
 * Which side of the wire a schema describes. `request` drops readOnly
 * properties and applies defaults; `response` drops writeOnly properties;
 * `base` keeps everything as written (OAS 3.1 §4.8.24 readOnly/writeOnly).
 */
export type Side = 'base' | 'request' | 'response';

/** What the schema converter needs from the file it is emitting into. */
export interface ConvertContext {
  side: Side;
  /** Local name of the zod namespace import (normally `z`). */
  z: string;
  /**
   * The expression for a `#/components/schemas/<name>` reference on this side,
   * or `undefined` when no such component exists.
   */
  reference(componentName: string): ts.Expression | undefined;
  /** The component's schema, to look through references (allOf merging, discriminators, readOnly). */
  component(componentName: string): JsonSchema | undefined;
  /** True when the component's declaration on this side is a plain `z.object(...)` usable as a union option. */
  isPlainObjectComponent(componentName: string): boolean;
  /**
   * How a `format: binary` string is validated: `string` in JSON bodies
   * (JSON can only carry it as text), `unknown` in multipart/form bodies,
   * where files travel outside the parsed body.
   */
  binary: 'string' | 'unknown';
  /**
   * A JavaScript global the emitted code calls (`Object`, `JSON`, `Set`,
   * `RegExp`, `Number`, `Array`): `globalThis.<name>` when a generated
   * export of the same name shadows it (a component called `Object`).
   */
  builtin(name: string): ts.Expression;
  /**
   * A helper of the generated `json-schema.ts` module (`jsonSchema.notMatching`),
   * for keywords zod has no method for; using one makes the file import it.
   */
  runtime(name: string): ts.Expression;
  /** Reports a construct that was degraded. */
  warn(message: string, pointer: Pointer): void;
  /**
   * The name of a module-level const holding `schema`'s translation when the file shares repeated
   * subschemas (built with `build` on first use), or `undefined` to translate it in place.
   */
  shared?(schema: JsonSchema, pointer: Pointer, build: () => ts.Expression): ts.Expression | undefined;
}

/** The component name a `$ref` points at, or `undefined` for any other reference. */
export function componentName(ref: string): string | undefined {
  if (!ref.startsWith('#/')) return undefined;
  const tokens = parsePointer(ref);
  return tokens.length === 3 && tokens[0] === 'components' && tokens[1] === 'schemas' ? tokens[2] : undefined;
}
