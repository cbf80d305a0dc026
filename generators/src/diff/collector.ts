import type { OperationModel, SourceLocation } from '../model/types.js';
import { DIFF_RULES, type DiffRuleId } from './rules.js';
import type { Change, ChangeSide } from './types.js';

/** Turns a bundled-document pointer into file:line, when the side was loaded from files. */
export type Locator = (pointer: string) => SourceLocation | undefined;

/** Gathers changes, attaching the rule's class and direction and each side's location. */
export class ChangeCollector {
  readonly changes: Change[] = [];
  private readonly seen = new Set<string>();

  constructor(
    private readonly locateBase?: Locator,
    private readonly locateHead?: Locator,
  ) {}

  add(
    id: DiffRuleId,
    message: string,
    where: { operation?: OperationModel; basePointer?: string; headPointer?: string },
  ): void {
    const rule = DIFF_RULES[id];
    const operation = where.operation
      ? `${where.operation.method.toUpperCase()} ${where.operation.path}`
      : undefined;
    // A component shared by several places of one operation is reported once per operation.
    const key = `${id}\u0000${operation ?? ''}\u0000${where.basePointer ?? ''}\u0000${where.headPointer ?? ''}\u0000${message}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    const change: Change = { id, class: rule.class, direction: rule.direction, message };
    if (operation !== undefined) change.operation = operation;
    if (where.operation) change.operationId = where.operation.operationId;
    if (where.basePointer !== undefined) change.base = side(where.basePointer, this.locateBase);
    if (where.headPointer !== undefined) change.head = side(where.headPointer, this.locateHead);
    this.changes.push(change);
  }
}

function side(pointer: string, locate: Locator | undefined): ChangeSide {
  const location = locate?.(pointer);
  return location === undefined ? { pointer } : { pointer, location };
}
