import type { CaseContext } from '../cases/context.js';
import { cloneValues, identityKeys } from '../cases/values.js';
import type { RequestValues } from '../http/serialize.js';
import { flatten, type OperationModel } from '../specloom.js';

/**
 * An update built on what the server already accepted: the create's body as
 * the base (so rules written only in prose, such as `startsAt` before
 * `endsAt`, still hold), with the update's generated scalar members written
 * over it, except dates and times, which stay as accepted. Used only when
 * the result is valid by the update's own schema; otherwise the generated
 * update is sent as it is.
 */
export function basedOnCreate(
  context: CaseContext,
  update: OperationModel,
  generated: RequestValues,
  accepted: unknown,
): RequestValues {
  const body = generated.body;
  if (!body || body.raw || !isRecord(accepted) || !isRecord(body.value)) return generated;
  const media = update.requestBody?.content.find((entry) => entry.mediaType === body.mediaType);
  if (!media?.schema) return generated;
  const document = context.contract.spec.document;
  const properties = flatten(media.schema, { document }).properties ?? {};
  const identity = new Set(Object.keys(generated.path).flatMap(identityKeys));
  const merged: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(accepted))
    if (name in properties || Object.keys(properties).length === 0) merged[name] = value;
  for (const [name, value] of Object.entries(body.value)) {
    const property = properties[name];
    const format = property === undefined ? undefined : flatten(property, { document }).format;
    const scalar = value === null || typeof value !== 'object';
    if (
      identity.has(name) ||
      !(name in merged) ||
      (scalar && !['date', 'date-time', 'time'].includes(String(format)))
    )
      merged[name] = value;
  }
  if (context.contract.requestValidator.validate(media.schema, merged).length > 0) return generated;
  const values = cloneValues(generated);
  values.body = { ...body, value: merged };
  return values;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
