/** RFC 6901 JSON Pointer helpers for `#/a/b~1c` style references. */

/** Escapes one reference token: `~` -> `~0`, `/` -> `~1`. */
export function escapePointerToken(token: string): string {
  return token.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** Parses `#/a/b~1c` (or `/a/b~1c`) into `['a', 'b/c']`. Percent-decoding follows RFC 6901 §6 for fragments. */
export function parsePointer(pointer: string): string[] {
  const body = pointer.startsWith('#') ? pointer.slice(1) : pointer;
  if (body === '') return [];
  return body
    .slice(1)
    .split('/')
    .map((token) => safeDecode(token).replace(/~1/g, '/').replace(/~0/g, '~'));
}

function safeDecode(token: string): string {
  try {
    return decodeURIComponent(token);
  } catch {
    return token;
  }
}

/** Builds `#/a/b~1c` from tokens. */
export function pointerOf(tokens: readonly (string | number)[]): string {
  return `#${tokens.map((token) => `/${escapePointerToken(String(token))}`).join('')}`;
}

/** Appends tokens to an existing `#/...` pointer. */
export function childPointer(pointer: string, ...tokens: (string | number)[]): string {
  return `${pointer}${tokens.map((token) => `/${escapePointerToken(String(token))}`).join('')}`;
}

/** Reads the value at `pointer` in `document`, or `undefined` when any step is missing. */
export function resolvePointer(document: unknown, pointer: string): unknown {
  let current: unknown = document;
  for (const token of parsePointer(pointer)) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[token];
  }
  return current;
}
