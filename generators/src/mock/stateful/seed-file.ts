import { readFile } from 'node:fs/promises';
import { parse as parseYaml } from 'yaml';
import type { SeedData } from './store.js';

/** A seed file that cannot be used; the message names the file and the offending entry. */
export class SeedFileError extends Error {}

/**
 * Reads a stateful seed file (JSON or YAML): an object whose keys are concrete
 * collection paths and whose values are arrays of resources, each with an `id`:
 * `{ "/projects": [{ "id": "p1", "name": "Website" }] }`.
 */
export async function readSeedFile(path: string): Promise<SeedData> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new SeedFileError(
      `${path}: cannot read the seed file (${(error as NodeJS.ErrnoException).code ?? 'error'}).`,
    );
  }
  let data: unknown;
  try {
    data = parseYaml(text);
  } catch (error) {
    throw new SeedFileError(`${path}: not valid JSON or YAML: ${(error as Error).message}`);
  }
  return validateSeed(data, path);
}

/** Checks the seed's shape; `source` names where it came from in error messages. */
export function validateSeed(data: unknown, source: string): SeedData {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new SeedFileError(
      `${source}: the seed must be an object of collection path -> array of resources.`,
    );
  }
  for (const [collection, items] of Object.entries(data)) {
    if (!collection.startsWith('/'))
      throw new SeedFileError(`${source}: key "${collection}" must be a path starting with "/".`);
    if (!Array.isArray(items))
      throw new SeedFileError(`${source}: "${collection}" must be an array of resources.`);
    items.forEach((item, index) => {
      const record = item as Record<string, unknown> | null;
      if (
        typeof record !== 'object' ||
        record === null ||
        Array.isArray(record) ||
        (record.id ?? record._id) === undefined
      ) {
        throw new SeedFileError(`${source}: "${collection}"[${index}] must be an object with an "id".`);
      }
    });
  }
  return data as SeedData;
}
