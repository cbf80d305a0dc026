import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LineCounter, parseDocument } from 'yaml';
import { parseYamlFast } from '../../src/load/yaml-fast.js';
import { YamlLocator } from '../../src/load/yaml-locator.js';
import { YamlPositions } from '../../src/load/yaml-positions.js';

const fixtures = join(import.meta.dirname, '..', 'fixtures');

function yamlFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return yamlFiles(path);
    return /\.ya?ml$/.test(name) ? [path] : [];
  });
}

/** Every pointer into `value` (as token lists), plus one missing child under each container. */
function pointers(value: unknown, prefix: string[] = [], out: string[][] = []): string[][] {
  out.push(prefix);
  if (value === null || typeof value !== 'object') return out;
  out.push([...prefix, 'no such key']);
  for (const [key, child] of Object.entries(value)) pointers(child, [...prefix, key], out);
  return out;
}

/** The `yaml` syntax tree's answer, which the positions read from js-yaml must match. */
function reference(text: string): YamlLocator {
  const lineCounter = new LineCounter();
  return new YamlLocator(parseDocument(text, { lineCounter, merge: true }), lineCounter);
}

describe('YAML positions', () => {
  it('locates keys, items, merged keys (where written) and keys behind aliases', () => {
    const text = [
      '# a comment first',
      'base: &base',
      '  a: 1',
      '  nested: { deep: [x, y] }',
      'list:',
      '  - one',
      '  - k: v',
      '    l: w',
      'merged:',
      '  <<: *base',
      '  b: 2',
      'alias: *base',
      '"quoted key": 3',
      '',
    ].join('\n');
    const positions = new YamlPositions(text);
    expect.soft(positions.locate([])).toEqual({ line: 2, column: 1 });
    expect.soft(positions.locate(['list', '1', 'l'])).toEqual({ line: 8, column: 5 });
    expect.soft(positions.locate(['merged', 'a'])).toEqual({ line: 3, column: 3 });
    expect.soft(positions.locate(['merged', 'b'])).toEqual({ line: 11, column: 3 });
    expect.soft(positions.locate(['alias', 'nested', 'deep', '1'])).toEqual({ line: 4, column: 23 });
    expect.soft(positions.locate(['quoted key'])).toEqual({ line: 13, column: 1 });
    expect.soft(positions.locate(['merged', 'missing'])).toEqual({ line: 9, column: 1 });
    const syntaxTree = reference(text);
    const parsed = parseYamlFast(text)?.value;
    for (const tokens of pointers(parsed))
      expect(positions.locate(tokens)).toEqual(syntaxTree.locate(tokens));
  });

  it('agrees with the `yaml` syntax tree on every pointer of every YAML fixture', () => {
    const files = yamlFiles(fixtures);
    expect(files.length).toBeGreaterThan(20);
    let compared = 0;
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      const fast = parseYamlFast(text);
      if (fast === undefined) continue;
      const positions = new YamlPositions(text);
      const syntaxTree = reference(text);
      for (const tokens of pointers(fast.value)) {
        expect(positions.locate(tokens), `${file} ${tokens.join('/')}`).toEqual(syntaxTree.locate(tokens));
        compared += 1;
      }
    }
    expect(compared).toBeGreaterThan(1000);
  });
});
