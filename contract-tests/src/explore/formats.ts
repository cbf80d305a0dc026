import type { Contract } from '../contract.js';
import { flatten, type JsonSchema, KNOWN_STRING_FORMATS, type OperationModel } from '../specloom.js';

const cache = new WeakMap<OperationModel, Set<string>>();

/**
 * String formats in an operation's request schemas (parameters and bodies,
 * nested members and alternatives included) that no generator produces, e.g. a
 * vendor `format: phone`. A value sent for one is plain text the server may
 * rightly refuse, so requests carrying one claim no acceptance.
 */
export function unsatisfiableFormats(contract: Contract, operation: OperationModel): Set<string> {
  const hit = cache.get(operation);
  if (hit) return hit;
  const found = new Set<string>();
  const document = contract.spec.document;
  const seen = new Set<unknown>();
  const visit = (schema: JsonSchema | undefined, depth: number) => {
    if (schema === undefined || typeof schema !== 'object' || depth > 8 || seen.has(schema)) return;
    seen.add(schema);
    const flat = flatten(schema, { document });
    const types = flat.type === undefined ? ['string'] : Array.isArray(flat.type) ? flat.type : [flat.type];
    if (
      flat.format !== undefined &&
      types.includes('string') &&
      flat.enum === undefined &&
      flat.const === undefined
    )
      if (!KNOWN_STRING_FORMATS.has(flat.format) && flat.readOnly !== true) found.add(flat.format);
    for (const child of [
      ...Object.values(flat.properties ?? {}),
      ...(flat.oneOf ?? []),
      ...(flat.anyOf ?? []),
      ...(flat.prefixItems ?? []),
      flat.items,
      typeof flat.additionalProperties === 'object' ? flat.additionalProperties : undefined,
    ])
      visit(child as JsonSchema | undefined, depth + 1);
  };
  for (const parameter of operation.parameters) visit(parameter.schema, 0);
  for (const media of operation.requestBody?.content ?? []) visit(media.schema, 0);
  cache.set(operation, found);
  return found;
}
