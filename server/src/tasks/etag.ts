/*
 * Entity tags of tasks (RFC 9110 §8.8.3): the task's version as a strong,
 * quoted tag. If-Match uses the strong comparison (§13.1.1), so weak tags
 * (`W/"3"`) never match.
 */

/** The ETag header value of a task at `version`. */
export function etagOf(version: number): string {
  return `"${version}"`;
}

/**
 * Turns an If-Match header into a test of the current version: `*` accepts
 * any existing task, otherwise one of the listed strong tags must be the
 * current version. `undefined` when there is no header (no precondition).
 */
export function ifMatchPrecondition(header: string | undefined): ((version: number) => boolean) | undefined {
  if (header === undefined) return undefined;
  if (header.trim() === '*') return () => true;
  const versions = new Set<number>();
  for (const match of header.matchAll(/(W\/)?"([^"]*)"/g)) {
    if (match[1] === undefined && match[2] !== undefined && /^\d+$/.test(match[2])) {
      versions.add(Number(match[2]));
    }
  }
  return (version) => versions.has(version);
}
