import type { SpecModel } from '../model/types.js';
import { ChangeCollector, type Locator } from './collector.js';
import { compareOperation, routeKey } from './operations.js';
import { SchemaIndex } from './schema-index.js';
import { compareSecuritySchemes } from './security.js';
import { CHANGE_CLASSES, type Change, type ChangeClass, type DiffResult } from './types.js';

export interface DiffOptions {
  /** file:line for base pointers. */
  locateBase?: Locator;
  /** file:line for head pointers. */
  locateHead?: Locator;
}

/**
 * Compares two normalized specs and classifies every change (see `DIFF_RULES`).
 * Operations are matched by method and path template with parameter names
 * erased; an operation that moved but kept its operationId is reported as
 * moved rather than as one removal plus one addition.
 */
export function diffSpecs(base: SpecModel, head: SpecModel, options: DiffOptions = {}): DiffResult {
  const collector = new ChangeCollector(options.locateBase, options.locateHead);
  const context = { base: new SchemaIndex(base), head: new SchemaIndex(head), collector };
  const headByRoute = new Map(head.operations.map((operation) => [routeKey(operation), operation]));
  const baseRoutes = new Set(base.operations.map(routeKey));
  const removed = base.operations.filter((operation) => !headByRoute.has(routeKey(operation)));
  const added = head.operations.filter((operation) => !baseRoutes.has(routeKey(operation)));

  for (const operation of base.operations) {
    const next = headByRoute.get(routeKey(operation));
    if (next) compareOperation(context, operation, next);
  }
  const addedById = new Map(
    added
      .filter((operation) => !operation.operationIdDerived)
      .map((operation) => [operation.operationId, operation]),
  );
  const moved = new Set<string>();
  for (const operation of removed) {
    const target = operation.operationIdDerived ? undefined : addedById.get(operation.operationId);
    if (target) {
      moved.add(routeKey(target));
      collector.add(
        'operation-path-changed',
        `${operation.method.toUpperCase()} ${operation.path} moved to ${target.method.toUpperCase()} ${target.path}`,
        { operation, basePointer: operation.pointer, headPointer: target.pointer },
      );
      compareOperation(context, operation, target);
    } else {
      collector.add('operation-removed', 'operation was removed', {
        operation,
        basePointer: operation.pointer,
      });
    }
  }
  for (const operation of added) {
    if (!moved.has(routeKey(operation)))
      collector.add('operation-added', 'operation was added', { operation, headPointer: operation.pointer });
  }
  compareSecuritySchemes(collector, base, head);
  return { changes: sortChanges(collector.changes), counts: countChanges(collector.changes) };
}

function sortChanges(changes: Change[]): Change[] {
  const rank = (change: Change) => CHANGE_CLASSES.indexOf(change.class);
  return [...changes].sort(
    (a, b) =>
      rank(a) - rank(b) ||
      (a.operation ?? '').localeCompare(b.operation ?? '') ||
      a.id.localeCompare(b.id) ||
      a.message.localeCompare(b.message),
  );
}

/** Number of changes per class. */
export function countChanges(changes: readonly Change[]): Record<ChangeClass, number> {
  const counts: Record<ChangeClass, number> = { breaking: 0, 'potentially-breaking': 0, 'non-breaking': 0 };
  for (const change of changes) counts[change.class] += 1;
  return counts;
}
