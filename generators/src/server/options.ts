/** Options of the `server` target, from `specloom.config.ts` (`targets.server`). */

export interface ServerImports {
  /** Module specifier of the `types` target's output, relative to `server/`. */
  types: string;
  /** Module specifier of the `zod` target's `operations.ts`, relative to `server/`. */
  zodOperations: string;
}

export interface ServerOptions {
  imports: ServerImports;
  /** Import path of the generated `handlers.ts` as seen from a scaffolded `<tag>/<tag>.service.ts`. */
  scaffoldImport: string;
  /** Emit `openapi-validator.ts` and accept `validateRequests: 'openapi-validator'` (needs express-openapi-validator). */
  openApiValidator: boolean;
}

export const DEFAULT_SERVER_OPTIONS: ServerOptions = {
  imports: { types: '../types.js', zodOperations: '../zod/operations.js' },
  scaffoldImport: '../generated/server/handlers.js',
  openApiValidator: true,
};

/**
 * Reads the target's options, keeping defaults for anything not given.
 * Throws with the option's name when a value has the wrong type.
 */
export function readServerOptions(raw: Record<string, unknown>): ServerOptions {
  const text = (name: string, fallback: string): string => {
    const value = raw[name];
    if (value === undefined) return fallback;
    if (typeof value !== 'string' || value === '')
      throw new Error(`server target: option \`${name}\` must be a non-empty string.`);
    return value;
  };
  const flag = raw.openApiValidator;
  if (flag !== undefined && typeof flag !== 'boolean')
    throw new Error('server target: option `openApiValidator` must be true or false.');
  return {
    imports: {
      types: text('typesImport', DEFAULT_SERVER_OPTIONS.imports.types),
      zodOperations: text('zodImport', DEFAULT_SERVER_OPTIONS.imports.zodOperations),
    },
    scaffoldImport: text('scaffoldImport', DEFAULT_SERVER_OPTIONS.scaffoldImport),
    openApiValidator: flag ?? DEFAULT_SERVER_OPTIONS.openApiValidator,
  };
}
