import type { Contract } from './contract.js';
import type { RequestValues } from './http/serialize.js';
import { flatten, type JsonSchema, type OperationModel } from './specloom.js';

/** Schema branches of one operation's request, and whether a case that got an answer exercised each. */
interface Branch {
  id: string;
  /** Whether `values` takes this branch. */
  taken: (values: RequestValues) => boolean;
}

/**
 * Counts the request-side branches the spec offers and the cases took:
 * each optional parameter sent and omitted, each enum value of a parameter
 * or of a top-level body member, and each `oneOf`/`anyOf` alternative of the
 * body or of its top-level members (an alternative is taken when the value
 * sent is valid against it).
 */
export class BranchTracker {
  private readonly branches = new Map<string, { branch: Branch; exercised: boolean }[]>();

  constructor(
    private readonly contract: Contract,
    operations: OperationModel[],
  ) {
    for (const operation of operations) this.branches.set(operation.operationId, this.derive(operation));
  }

  record(operation: OperationModel, values: RequestValues | undefined): void {
    if (!values) return;
    for (const entry of this.branches.get(operation.operationId) ?? [])
      if (!entry.exercised && entry.branch.taken(values)) entry.exercised = true;
  }

  /** Totals over every operation, and per operation. */
  result(): {
    total: number;
    exercised: number;
    byOperation: Record<string, { total: number; exercised: number }>;
  } {
    const byOperation: Record<string, { total: number; exercised: number }> = {};
    let total = 0;
    let exercised = 0;
    for (const [operation, entries] of this.branches) {
      const done = entries.filter((entry) => entry.exercised).length;
      byOperation[operation] = { total: entries.length, exercised: done };
      total += entries.length;
      exercised += done;
    }
    return { total, exercised, byOperation };
  }

  private derive(operation: OperationModel): { branch: Branch; exercised: boolean }[] {
    const document = this.contract.spec.document;
    const list: Branch[] = [];
    for (const parameter of operation.parameters) {
      const where = parameter.in;
      const has = (values: RequestValues) => values[where][parameter.name] !== undefined;
      if (!parameter.required) {
        list.push({ id: `${where}.${parameter.name} sent`, taken: has });
        list.push({ id: `${where}.${parameter.name} omitted`, taken: (values) => !has(values) });
      }
      for (const value of flatten(parameter.schema, { document }).enum ?? [])
        list.push({
          id: `${where}.${parameter.name}=${JSON.stringify(value)}`,
          taken: (values) => String(values[where][parameter.name]) === String(value),
        });
    }
    const schema = operation.requestBody?.content[0]?.schema;
    if (schema !== undefined) {
      list.push(...this.alternatives('body', schema, (values) => values.body?.value));
      const properties = flatten(schema, { document }).properties ?? {};
      for (const [name, property] of Object.entries(properties)) {
        const member = (values: RequestValues) => {
          const body = values.body?.value;
          return body !== null && typeof body === 'object'
            ? (body as Record<string, unknown>)[name]
            : undefined;
        };
        for (const value of flatten(property, { document }).enum ?? [])
          list.push({
            id: `body.${name}=${JSON.stringify(value)}`,
            taken: (values) => member(values) === value,
          });
        list.push(...this.alternatives(`body.${name}`, property, member));
      }
    }
    return list.map((branch) => ({ branch, exercised: false }));
  }

  private alternatives(at: string, schema: JsonSchema, pick: (values: RequestValues) => unknown): Branch[] {
    const flat = flatten(schema, { document: this.contract.spec.document });
    const options = flat.oneOf ?? flat.anyOf ?? [];
    return options.map((option, index) => ({
      id: `${at} alternative ${index + 1}`,
      taken: (values) => {
        const value = pick(values);
        return value !== undefined && this.contract.requestValidator.validate(option, value).length === 0;
      },
    }));
  }
}
