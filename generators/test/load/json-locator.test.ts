import { describe, expect, it } from 'vitest';
import { JsonLocator } from '../../src/load/json-locator.js';

const text = [
  '{',
  '  "a\\"b": { "x": "}\\\\", "y": [1, {"z": "\\"]"}] },',
  '  "c": {',
  '    "d": true',
  '  }',
  '}',
].join('\n');

describe('JsonLocator', () => {
  it.each([
    ['a key with an escaped quote', ['a"b'], { line: 2, column: 3 }],
    ['past a string ending in an escaped backslash', ['a"b', 'y'], { line: 2, column: 25 }],
    ['inside an array, past a string holding a bracket', ['a"b', 'y', '1', 'z'], { line: 2, column: 35 }],
    ['the next member after the tricky one', ['c', 'd'], { line: 4, column: 5 }],
    ['a missing key: the deepest existing ancestor', ['c', 'nope'], { line: 3, column: 3 }],
  ])('locates %s', (_name, tokens, want) => {
    expect(JSON.parse(text)).toBeTruthy();
    expect(new JsonLocator(text).locate(tokens)).toEqual(want);
  });
});
