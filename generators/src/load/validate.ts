import { validate } from '@readme/openapi-parser';
import { createDiagnostic } from '../diagnostics/codes.js';
import type { Diagnostic } from '../diagnostics/types.js';
import { childPointer } from '../model/json-pointer.js';
import type { SourceLocation } from '../model/types.js';
import { schemaErrors } from './schema-errors.js';

/**
 * Validates a bundled document with `@readme/openapi-parser` (schema plus
 * its semantic checks). Its messages carry no position, so when it fails the
 * document is checked again against the same OpenAPI schema directly, which
 * yields a pointer per error, mapped to file:line through `locate`.
 */
export async function validateBundled(
  document: Record<string, unknown>,
  version: string,
  locate: (pointer: string) => SourceLocation | undefined,
): Promise<Diagnostic[]> {
  // The parser dereferences (mutates) its input. Its operationId and path-parameter checks are
  // downgraded: the lint rules report the same problems with locations and configurable severity.
  const result = await validate(structuredClone(document) as never, {
    validate: { rules: { openapi: LINTED, swagger: LINTED } },
  });
  if (result.valid) return [];
  const located = schemaErrors(document, version).map(({ pointer, message }) =>
    createDiagnostic('SPEC_SCHEMA_INVALID', { message }, { location: locate(pointer), pointer }),
  );
  if (located.length > 0) return located;
  // Semantic checks (duplicate parameters, array without items, ...): locate by the path they name.
  return result.errors.map(({ message }) => {
    const headline = (message.split('\n')[0] ?? message).trim();
    const named = /`(\/[^`]*)`/.exec(headline)?.[1];
    const pointer = named === undefined ? undefined : parserPathToPointer(named);
    return createDiagnostic(
      'SPEC_SCHEMA_INVALID',
      { message: headline },
      { location: pointer ? locate(pointer) : locate('#'), pointer },
    );
  });
}

const LINTED = {
  'duplicate-operation-id': 'warning',
  'path-parameters-not-in-parameters': 'warning',
  'path-parameters-not-in-path': 'warning',
} as const;

/**
 * The parser names nodes as `/paths/<raw path>/<method>/...` without
 * escaping the path's slashes; turn that into a JSON pointer.
 */
function parserPathToPointer(named: string): string {
  const operation = /^\/paths(\/.*?)\/(get|put|post|delete|options|head|patch|trace)(\/.*)?$/.exec(named);
  if (operation)
    return `${childPointer('#/paths', operation[1] ?? '', operation[2] ?? '')}${operation[3] ?? ''}`;
  return `#${named}`;
}
