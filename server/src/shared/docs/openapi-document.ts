import { readFile } from 'node:fs/promises';

/** The parts of an OpenAPI document the platform reads; the rest passes through untouched. */
export interface OpenApiDocument {
  openapi: string;
  info: { title: string; version: string };
  paths?: Record<string, Record<string, unknown>>;
  [key: string]: unknown;
}

const cache = new Map<string, Promise<OpenApiDocument>>();

/**
 * Loads the API's OpenAPI document as ONE self-contained JSON object (every
 * external `$ref` bundled in), as served at `/openapi.json` and used for
 * response validation. A `.json` path is read as is (the build writes
 * `dist/openapi.json`); a YAML path is bundled on the fly, which needs the
 * development dependency `@readme/openapi-parser`. Cached per path: the spec
 * does not change while the process runs.
 */
export function loadOpenApiDocument(specPath: string): Promise<OpenApiDocument> {
  let loading = cache.get(specPath);
  if (!loading) {
    loading = specPath.endsWith('.json') ? readJson(specPath) : bundleYaml(specPath);
    cache.set(specPath, loading);
    loading.catch(() => cache.delete(specPath));
  }
  return loading;
}

async function readJson(specPath: string): Promise<OpenApiDocument> {
  return JSON.parse(await readFile(specPath, 'utf8')) as OpenApiDocument;
}

async function bundleYaml(specPath: string): Promise<OpenApiDocument> {
  const { bundle } = await import('@readme/openapi-parser');
  return (await bundle(specPath)) as unknown as OpenApiDocument;
}

const HTTP_METHODS = new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']);

/** The OpenAPI path templates (`/auth/login`) of the given operationIds, in document order. */
export function pathsOfOperations(document: OpenApiDocument, operationIds: readonly string[]): string[] {
  const wanted = new Set(operationIds);
  const found: string[] = [];
  for (const [template, item] of Object.entries(document.paths ?? {})) {
    const matches = Object.entries(item).some(
      ([method, operation]) =>
        HTTP_METHODS.has(method) && wanted.has((operation as { operationId?: string }).operationId ?? ''),
    );
    if (matches) found.push(template);
  }
  return found;
}

/**
 * Every response header name the document declares, so browsers may read them
 * cross-origin (`Access-Control-Expose-Headers`) without a hand-kept list.
 */
export function documentedResponseHeaders(document: OpenApiDocument): string[] {
  const names = new Set<string>();
  const visit = (node: unknown, key?: string): void => {
    if (Array.isArray(node)) {
      for (const item of node) visit(item);
      return;
    }
    if (typeof node !== 'object' || node === null) return;
    for (const [name, value] of Object.entries(node)) {
      if (key === 'headers') names.add(name);
      visit(value, name);
    }
  };
  for (const item of Object.values(document.paths ?? {})) visit(item);
  const components = document.components as { responses?: unknown; headers?: unknown } | undefined;
  visit(components?.responses);
  return [...names].sort();
}
