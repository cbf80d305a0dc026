import { documentedResponse } from './contract.js';
import type { OperationModel } from './specloom.js';
import type { CoverageRow } from './types.js';

/** Tracks which documented statuses of which operations some response exercised. */
export class CoverageTracker {
  private readonly rows = new Map<string, CoverageRow>();

  constructor(operations: OperationModel[]) {
    for (const operation of operations) {
      this.rows.set(operation.operationId, {
        operation: operation.operationId,
        method: operation.method.toUpperCase(),
        path: operation.path,
        statuses: Object.fromEntries(operation.responses.map((response) => [response.status, false])),
        undocumented: [],
        cases: 0,
      });
    }
  }

  record(operation: OperationModel, status: number): void {
    const row = this.rows.get(operation.operationId);
    if (!row) return;
    row.cases += 1;
    const response = documentedResponse(operation, status);
    if (response) row.statuses[response.status] = true;
    else if (!row.undocumented.includes(status)) row.undocumented.push(status);
  }

  result(): CoverageRow[] {
    return [...this.rows.values()];
  }
}
