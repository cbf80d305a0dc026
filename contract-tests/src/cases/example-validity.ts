import type { Contract } from '../contract.js';
import type { RequestValues } from '../http/serialize.js';
import type { OperationModel } from '../specloom.js';

/**
 * Whether request values built from the spec's examples break the spec's own
 * schemas: a body or parameter example outside its pattern, enum or bounds
 * (GitHub documents an SSH key example that fails the key's pattern). Such a
 * request is not a valid one, so a server that refuses it is right and an
 * acceptance is not expected of it. Multipart bodies (file parts) are not judged.
 */
export function examplesBreakSchema(
  contract: Contract,
  operation: OperationModel,
  values: RequestValues,
): boolean {
  for (const parameter of operation.parameters) {
    const value = values[parameter.in][parameter.name];
    if (value === undefined || parameter.in === 'path') continue;
    if (contract.requestValidator.validate(parameter.schema, value).length > 0) return true;
  }
  const body = values.body;
  if (!body || body.raw || body.mediaType.startsWith('multipart/')) return false;
  const schema = operation.requestBody?.content.find((entry) => entry.mediaType === body.mediaType)?.schema;
  return schema !== undefined && contract.requestValidator.validate(schema, body.value).length > 0;
}
