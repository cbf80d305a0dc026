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

  it('gives the same places whatever was looked up before (scanning resumes where it stopped)', () => {
    const cases: [string[], { line: number; column: number }][] = [
      [['c', 'd'], { line: 4, column: 5 }],
      [['a"b', 'y', '1', 'z'], { line: 2, column: 35 }],
      [['c', 'nope'], { line: 3, column: 3 }],
      [['a"b', 'x'], { line: 2, column: 13 }],
      [['nope'], { line: 1, column: 1 }],
      [['a"b', 'y', '0'], { line: 2, column: 31 }],
    ];
    const fresh = (tokens: string[]) => new JsonLocator(text).locate(tokens);
    // Every order of look-ups on one locator agrees with a fresh locator per look-up.
    for (const order of [cases, [...cases].reverse()]) {
      const shared = new JsonLocator(text);
      for (const [tokens, want] of order) {
        expect(fresh(tokens)).toEqual(want);
        expect(shared.locate(tokens)).toEqual(want);
      }
    }
  });

  it('locates the last line of a text without a final line break', () => {
    const flat = '{"a": 1,\n "b": {"c": 2}}';
    expect(new JsonLocator(flat).locate(['b', 'c'])).toEqual({ line: 2, column: 8 });
    expect(new JsonLocator(flat).locate(['a'])).toEqual({ line: 1, column: 2 });
  });
});
