import { ValidationError } from '../shared/errors/index.js';

/** One page of a list, as every list operation of the API returns it. */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** Where the previous page stopped: the last row's sort key and id (the tie-breaker). */
export interface CursorPosition {
  key: string | number;
  id: string;
}

interface CursorPayload {
  /** Sort key of the last row of the previous page. */
  k: string | number;
  /** Id of that row: ties on the sort key are broken by id, so the order is total. */
  i: string;
  /** The list's filters and sort: a cursor is only valid for the query that issued it. */
  q: string;
}

const invalidCursor = (message: string) =>
  new ValidationError(400, [{ path: 'query/cursor', message, code: 'invalid_cursor' }]);

/**
 * Encodes a keyset position as an opaque cursor (base64url JSON). Opaque on
 * purpose: clients pass it back untouched, so the format may change later.
 */
export function encodeCursor(position: CursorPosition, queryFingerprint: string): string {
  const payload: CursorPayload = { k: position.key, i: position.id, q: queryFingerprint };
  return Buffer.from(JSON.stringify(payload), 'utf8').toString('base64url');
}

/**
 * Decodes a cursor issued by {@link encodeCursor} for the same query; anything
 * else (garbage, tampering, another filter or sort, a sort key of the wrong
 * type) is a 400 on `query/cursor`, never a database error.
 */
export function decodeCursor(
  cursor: string,
  queryFingerprint: string,
  keyType: 'string' | 'number' = 'string',
): CursorPosition {
  let payload: unknown;
  try {
    payload = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalidCursor('is not one this API issued; pass back nextCursor unchanged');
  }
  if (
    typeof payload !== 'object' ||
    payload === null ||
    !('k' in payload && 'i' in payload && 'q' in payload) ||
    (typeof payload.k !== 'string' && typeof payload.k !== 'number') ||
    typeof payload.i !== 'string' ||
    typeof payload.q !== 'string'
  ) {
    throw invalidCursor('is not one this API issued; pass back nextCursor unchanged');
  }
  if (typeof payload.k !== keyType || (typeof payload.k === 'number' && !Number.isSafeInteger(payload.k))) {
    throw invalidCursor('is not one this API issued; pass back nextCursor unchanged');
  }
  if (payload.q !== queryFingerprint) {
    throw invalidCursor('was issued for other filters or another sort order');
  }
  return { key: payload.k, id: payload.i };
}

/**
 * Turns `limit + 1` fetched rows into a page: the extra row only proves that a
 * next page exists, the cursor points at the last row actually returned.
 */
export function toPage<Row, Item>(
  rows: readonly Row[],
  limit: number,
  positionOf: (row: Row) => CursorPosition,
  toItem: (row: Row) => Item,
  queryFingerprint: string,
): Page<Item> {
  const pageRows = rows.slice(0, limit);
  const last = pageRows.at(-1);
  const nextCursor =
    rows.length > limit && last !== undefined ? encodeCursor(positionOf(last), queryFingerprint) : null;
  return { items: pageRows.map(toItem), nextCursor };
}
