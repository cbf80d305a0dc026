import { createDiagnostic } from '../diagnostics/codes.js';
import { SpecLoadError } from './errors.js';

/**
 * Upgrades a bundled Swagger 2.0 document to OpenAPI 3.0 (the model is
 * defined on 3.x). Minor 2.0 mistakes are patched rather than fatal.
 * @throws SpecLoadError SPEC_CONVERSION_FAILED
 */
export async function convertSwagger2(document: Record<string, unknown>): Promise<Record<string, unknown>> {
  try {
    // Loaded on demand: the converter and its dependencies cost every OpenAPI 3 load a few hundred ms.
    const { convertObj } = await import('swagger2openapi');
    // `text` is only used for error excerpts; skip serializing the whole document for it.
    const result = await convertObj(structuredClone(document), {
      patch: true,
      warnOnly: true,
      resolve: false,
      direct: true,
      text: '',
    });
    const converted =
      'openapi' in result && typeof result.openapi === 'object'
        ? (result.openapi as Record<string, unknown>)
        : result;
    return converted as Record<string, unknown>;
  } catch (error) {
    throw new SpecLoadError([
      createDiagnostic('SPEC_CONVERSION_FAILED', {
        reason: error instanceof Error ? error.message : String(error),
      }),
    ]);
  }
}

/**
 * Maps a pointer of the converted 3.0 document to where the same node stands
 * in the 2.0 source, as closely as the two shapes allow.
 */
export function swagger2Pointer(tokens: string[]): string[] {
  const [first, second, ...rest] = tokens;
  if (first === 'components') {
    const section: Record<string, string> = {
      schemas: 'definitions',
      parameters: 'parameters',
      responses: 'responses',
      securitySchemes: 'securityDefinitions',
    };
    const mapped = second === undefined ? undefined : section[second];
    return mapped ? [mapped, ...dropContent(rest)] : [];
  }
  if (first === 'servers') return ['host'];
  return dropContent(tokens);
}

/** 2.0 responses hold `schema`/`examples` directly where 3.0 has `content/<media type>/...`. */
function dropContent(tokens: string[]): string[] {
  const index = tokens.indexOf('content');
  if (index === -1 || tokens[index - 2] !== 'responses') return tokens;
  return [...tokens.slice(0, index), ...tokens.slice(index + 2)];
}
