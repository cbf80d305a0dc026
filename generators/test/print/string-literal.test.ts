import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { stringLiteralText } from '../../src/print/string-literal.js';

/** What TypeScript's printer writes for a string literal: the reference `stringLiteralText` must match byte for byte. */
function printed(text: string): string {
  const file = ts.factory.createSourceFile(
    [ts.factory.createExpressionStatement(ts.factory.createStringLiteral(text))],
    ts.factory.createToken(ts.SyntaxKind.EndOfFileToken),
    ts.NodeFlags.None,
  );
  return ts.createPrinter({ newLine: ts.NewLineKind.LineFeed }).printFile(file).slice(0, -';\n'.length);
}

/** A small seeded generator, so a failure names a reproducible input. */
function randomText(seed: number): string {
  let state = seed;
  const next = () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
  const pieces = [
    '\\',
    '"',
    "'",
    '`',
    '\0',
    '7',
    'u000b',
    '\\u0000',
    '\u2028',
    '\u0085',
    'é',
    '\ud83d\ude00',
    '\ud800',
  ];
  let text = '';
  for (let length = Math.floor(next() * 40); length > 0; length--) {
    const pick = next();
    text +=
      pick < 0.5
        ? (pieces[Math.floor(next() * pieces.length)] as string)
        : String.fromCharCode(Math.floor(next() * (pick < 0.8 ? 0x80 : 0x10000)));
  }
  return text;
}

describe('stringLiteralText', () => {
  it.each([
    ['plain text', 'hello'],
    ['JSON', JSON.stringify({ a: 'b "c" \\ d\n', e: [1, null] })],
    ['a NUL before a digit and before a letter', '\u00001\u0000a\u0000'],
    ['vertical tab and other control characters', '\v\u0001\u001f\u007f'],
    ['an escaped-looking backslash sequence', '\\u000b\\\\u0000'],
    ['line and paragraph separators, NEL', '\u2028\u2029\u0085'],
    ['non-ASCII, a surrogate pair and lone surrogates', 'é日本\ud83d\ude00\ude00\ud83d'],
  ])('writes %s as the TypeScript printer does', (_name, text) => {
    expect(stringLiteralText(text)).toBe(printed(text));
  });

  it('writes every UTF-16 code unit, each before a digit and before a letter, as the TypeScript printer does', () => {
    let text = '';
    for (let code = 0; code < 0x10000; code++)
      text += `${String.fromCharCode(code)}${code % 2 === 0 ? '5' : 'x'}`;
    expect(stringLiteralText(text)).toBe(printed(text));
  });

  it('writes 2,000 random mixtures of escapes as the TypeScript printer does', () => {
    for (let seed = 1; seed <= 2000; seed++) {
      const text = randomText(seed);
      expect(stringLiteralText(text), `seed ${seed}`).toBe(printed(text));
    }
  });
});
