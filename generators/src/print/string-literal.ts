/**
 * The source text of a double-quoted string literal holding `text`, byte for
 * byte what TypeScript's printer writes for `ts.factory.createStringLiteral(text)`
 * (its `escapeNonAsciiString`: `\\`, `"`, `\b\t\n\v\f\r`, `\0` (`\x00` before a
 * digit), `\uXXXX` in upper case for the other control characters, U+0085,
 * U+2028, U+2029 and every code unit outside ASCII).
 *
 * The printer escapes with one regular-expression callback per character to
 * escape, which for a multi-megabyte JSON string (a quote every few
 * characters) costs more than everything else in the file. `JSON.stringify`
 * escapes quotes and backslashes natively; what it writes differently (lower-case
 * `\u` escapes, `\u000b`, `\u0000`, non-ASCII left as is) is rare and fixed here.
 */
export function stringLiteralText(text: string): string {
  // Most literals the emitters write (names, paths, status codes) need no escape at all.
  if (NOTHING_TO_ESCAPE.test(text)) return `"${text}"`;
  return JSON.stringify(text).replace(
    JSON_DIFFERENCES,
    (match, hex: string | undefined, offset: number, out: string) => {
      // An escaped backslash: what follows it is text, not an escape.
      if (match === '\\\\') return match;
      if (hex === undefined) return unicodeEscape(match.charCodeAt(0));
      const code = Number.parseInt(hex, 16);
      if (code === 0x0b) return '\\v';
      if (code === 0) {
        // Digits are never escaped, so the next output character is the next input character.
        const next = out.charCodeAt(offset + match.length);
        return next >= 0x30 && next <= 0x39 ? '\\x00' : '\\0';
      }
      return unicodeEscape(code);
    },
  );
}

/** Printable ASCII other than `"` and `\\`. */
const NOTHING_TO_ESCAPE = /^[ !#-[\]-~]*$/;

/** In `JSON.stringify` output: an escaped backslash, a `\u` escape (control characters, lone surrogates), or a non-ASCII code unit. */
const JSON_DIFFERENCES = /\\\\|\\u([0-9a-f]{4})|[\u0080-\uffff]/g;

function unicodeEscape(code: number): string {
  return `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`;
}
