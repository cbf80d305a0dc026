/** In-memory resources by concrete collection path (`/projects/p1/tasks`) then id, in creation order. */
export class ResourceStore {
  private collections = new Map<string, Map<string, Record<string, unknown>>>();
  private counter = 0;

  constructor(private readonly seed: SeedData = {}) {
    this.reset();
  }

  /** Restores the seed state (empty without a seed file). */
  reset(): void {
    this.collections = new Map();
    this.counter = 0;
    for (const [collection, items] of Object.entries(this.seed)) {
      const map = new Map<string, Record<string, unknown>>();
      for (const item of items) map.set(seedId(item), structuredClone(item));
      this.collections.set(trimSlash(collection), map);
    }
  }

  list(collection: string): Record<string, unknown>[] {
    return [...(this.collections.get(trimSlash(collection))?.values() ?? [])];
  }

  /** Key and resource of every item of a collection, in creation order. */
  entries(collection: string): [string, Record<string, unknown>][] {
    return [...(this.collections.get(trimSlash(collection))?.entries() ?? [])];
  }

  get(collection: string, id: string): Record<string, unknown> | undefined {
    return this.collections.get(trimSlash(collection))?.get(id);
  }

  put(collection: string, id: string, resource: Record<string, unknown>): void {
    const key = trimSlash(collection);
    const map = this.collections.get(key) ?? new Map<string, Record<string, unknown>>();
    map.set(id, resource);
    this.collections.set(key, map);
  }

  delete(collection: string, id: string): boolean {
    return this.collections.get(trimSlash(collection))?.delete(id) ?? false;
  }

  /** Removes every collection below an item (`/projects/p1/...` when `/projects/p1` goes): children die with their parent. */
  deleteBelow(itemPath: string): void {
    const prefix = `${trimSlash(itemPath)}/`;
    for (const key of [...this.collections.keys()]) if (key.startsWith(prefix)) this.collections.delete(key);
  }

  /** A sequence number for generated ids, restarted by `reset`. */
  next(): number {
    this.counter += 1;
    return this.counter;
  }
}

/** A seed file: concrete collection path -> resources, each with an `id` (or `_id`) member. */
export type SeedData = Record<string, Record<string, unknown>[]>;

function seedId(item: Record<string, unknown>): string {
  const id = item.id ?? item._id;
  return String(id);
}

function trimSlash(path: string): string {
  return path.length > 1 && path.endsWith('/') ? path.slice(0, -1) : path;
}
