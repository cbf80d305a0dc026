import type { JsonSchema } from '../../model/types.js';
import type { ConvertContext } from './context.js';
import { componentName } from './context.js';
import { declaredTypes } from './keywords.js';

/**
 * True when a `default` can be handed to zod's `.default()` without a type
 * error: the emitted code must compile even when a spec's default does not
 * match its schema (defaults are not validated by OAS tooling). Object
 * defaults are left out: their inferred type rarely matches exactly.
 */
export function defaultFits(
  schema: JsonSchema,
  value: unknown,
  context: Pick<ConvertContext, 'component'>,
  depth = 0,
): boolean {
  if (typeof schema === 'boolean' || depth > 8) return false;
  if (typeof schema.$ref === 'string') {
    const name = componentName(schema.$ref);
    const target = name === undefined ? undefined : context.component(name);
    return target !== undefined && defaultFits(target, value, context, depth + 1);
  }
  if (schema.allOf || schema.oneOf || schema.anyOf || schema.not) return false;
  if (schema.const !== undefined) return schema.const === value;
  if (Array.isArray(schema.enum)) return schema.enum.includes(value);
  const types = declaredTypes(schema);
  if (value === null) return types.includes('null');
  if (typeof value === 'string') return types.includes('string');
  if (typeof value === 'boolean') return types.includes('boolean');
  if (typeof value === 'number')
    return types.includes('number') || (types.includes('integer') && Number.isInteger(value));
  if (Array.isArray(value)) return types.includes('array') && value.length === 0;
  return false;
}

/**
 * The default the generated schema applies when the value is missing: the
 * schema's own `default`, when it fits (see `defaultFits`); `undefined` when
 * none is applied. The validators (`.default()`) and the written-out output
 * types (a key that is always present) both decide by it.
 */
export function appliedDefault(schema: JsonSchema, context: Pick<ConvertContext, 'component'>): unknown {
  const fallback = typeof schema === 'object' ? schema.default : undefined;
  return fallback !== undefined && defaultFits(schema, fallback, context) ? fallback : undefined;
}
