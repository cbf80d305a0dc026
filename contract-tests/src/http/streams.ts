/**
 * Media types whose body is a stream of items rather than one document: a
 * server may keep the connection open for as long as it likes, so they are
 * read for a bounded time, then closed, and each complete item is checked.
 */
const STREAMING_TYPES = new Set([
  'text/event-stream',
  'application/x-ndjson',
  'application/ndjson',
  'application/jsonl',
  'application/x-jsonlines',
  'application/jsonlines',
  'application/json-seq',
  'application/stream+json',
  'multipart/x-mixed-replace',
]);

/** Line- or record-delimited JSON: one JSON text per item. */
const JSON_ITEM_TYPES = new Set([
  'application/x-ndjson',
  'application/ndjson',
  'application/jsonl',
  'application/x-jsonlines',
  'application/jsonlines',
  'application/json-seq',
  'application/stream+json',
]);

function base(mediaType: string): string {
  return (mediaType.split(';')[0] ?? '').trim().toLowerCase();
}

export function isStreamingMediaType(mediaType: string): boolean {
  return STREAMING_TYPES.has(base(mediaType));
}

export function isJsonItemStream(mediaType: string): boolean {
  return JSON_ITEM_TYPES.has(base(mediaType));
}

/**
 * The complete items of a JSON item stream (RFC 7464 records separated by
 * RS, or NDJSON/JSON Lines separated by newlines). When the read was cut
 * off, the last, possibly partial, item is dropped.
 */
export function jsonItems(text: string, mediaType: string, truncated: boolean): string[] {
  const separator = base(mediaType) === 'application/json-seq' ? '\u001e' : '\n';
  const pieces = text.split(separator);
  if (truncated || !text.endsWith(separator)) {
    // A stream that ended cleanly may omit the final separator; a cut-off one keeps a partial tail.
    if (truncated) pieces.pop();
  }
  return pieces.map((piece) => piece.trim()).filter((piece) => piece !== '');
}
