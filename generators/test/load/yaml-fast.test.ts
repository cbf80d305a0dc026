import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseYamlFast } from '../../src/load/yaml-fast.js';

/** What the `yaml` package (YAML 1.2 core schema, merge keys on) gives: the fast path must agree. */
const reference = (text: string): unknown => parse(text, { merge: true, maxAliasCount: -1 });

const fixtures = join(import.meta.dirname, '..', 'fixtures');

function yamlFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return yamlFiles(path);
    return /\.ya?ml$/.test(name) ? [path] : [];
  });
}

describe('fast YAML parse', () => {
  it.each([
    // YAML 1.2: the YAML 1.1 booleans are strings.
    ['yes', 'yes'],
    ['no', 'no'],
    ['on', 'on'],
    ['off', 'off'],
    ['True', true],
    ['FALSE', false],
    ['~', null],
    ['', null],
    ['NULL', null],
    // Dates stay strings (js-yaml's default schema would build a Date).
    ['2020-01-01', '2020-01-01'],
    ['2020-01-01T10:00:00Z', '2020-01-01T10:00:00Z'],
    ['12:30:00', '12:30:00'],
    // Core-schema numbers only: binary, signed hex and underscores are strings.
    ['0o17', 15],
    ['0x1F', 31],
    ['017', 17],
    ['0b101', '0b101'],
    ['+0x10', '+0x10'],
    ['1_000', '1_000'],
    ['+.5', 0.5],
    ['1e3', 1000],
    ['-.Inf', -Infinity],
    ['.NaN', Number.NaN],
    ['1.0', 1],
  ])('reads `v: %s` as YAML 1.2 does', (scalar, want) => {
    const text = `v: ${scalar}\n`;
    expect(parseYamlFast(text)?.value).toEqual({ v: want });
    expect(reference(text)).toEqual({ v: want });
  });

  it('merges `<<` keys, written keys winning, and resolves aliases', () => {
    const text = [
      'base: &base { a: 1, b: 2 }',
      'more: &more { c: 3 }',
      'one: { <<: *base, b: 20 }',
      'two:',
      '  <<: [*base, *more]',
      '  a: 10',
      'same: *base',
      '',
    ].join('\n');
    expect(parseYamlFast(text)?.value).toEqual(reference(text));
    expect(parseYamlFast(text)?.value).toMatchObject({ one: { a: 1, b: 20 }, two: { a: 10, b: 2, c: 3 } });
  });

  it.each([
    ['a duplicate key', 'a: 1\na: 2\n'],
    ['a bad indent', 'a:\n  b: 1\n c: 2\n'],
    ['two documents', 'a: 1\n---\nb: 2\n'],
    ['an unknown alias', 'a: *nowhere\n'],
  ])('refuses %s (the caller then asks `yaml` for a located error)', (_name, text) => {
    expect(parseYamlFast(text)).toBeUndefined();
  });

  it('agrees with `yaml` on every YAML fixture it accepts', () => {
    const files = yamlFiles(fixtures);
    expect(files.length).toBeGreaterThan(20);
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      const fast = parseYamlFast(text);
      if (fast !== undefined) expect(fast.value, file).toEqual(reference(text));
    }
  });
});
