import type { JsonSchema, SpecModel } from '../model/types.js';
import { componentResolver, type Direction, SchemaChecker, type ValueProblem } from './schema-check.js';

export type { Direction } from './schema-check.js';

/** Problems named in a message before the rest are only counted. */
const SHOWN = 3;

/**
 * Validates example values against schemas of one spec, with OAS semantics
 * (readOnly/writeOnly by direction, component references), and describes
 * what is wrong in plain words.
 */
export class ExampleValidator {
  private readonly checker: SchemaChecker;

  constructor(model: SpecModel) {
    const schemas = new Map(model.schemas.map((entry) => [entry.name, entry.schema]));
    this.checker = new SchemaChecker(componentResolver(schemas, model.document as Record<string, unknown>));
  }

  /** What is wrong with `value`, or `undefined` when it matches `schema`. */
  check(value: unknown, schema: JsonSchema, direction: Direction): string | undefined {
    if (this.checker.matches(value, schema, direction)) return undefined;
    return describe(this.checker.problems(value, schema, direction));
  }
}

function describe(problems: ValueProblem[]): string {
  const real = problems.filter((problem) => problem.message !== 'and more');
  const shown = real
    .slice(0, SHOWN)
    .map((problem) => `${problem.path === '' ? 'value' : problem.path} ${problem.message}`);
  const hidden = real.length - shown.length;
  const more = hidden > 0 ? ` (and ${hidden}${real.length < problems.length ? '+' : ''} more)` : '';
  return `${shown.join('; ')}${more}`;
}
