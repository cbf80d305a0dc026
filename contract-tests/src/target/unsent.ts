import type { ClientRefusal } from '../http/send.js';
import type { TestCase } from '../types.js';

/**
 * Requests the HTTP client refused to send. They never reached the server,
 * so they are no finding; the report names them once, per operation, so a
 * reader knows what was not tested and why.
 */
export class UnsentTracker {
  private readonly byOperation = new Map<string, { count: number; reason: string }>();

  record(testCase: TestCase, error: ClientRefusal): void {
    const operation =
      testCase.operation?.operationId ??
      `${testCase.request.method} ${new URL(testCase.request.url).pathname}`;
    const entry = this.byOperation.get(operation);
    if (entry) entry.count += 1;
    else this.byOperation.set(operation, { count: 1, reason: reasonOf(error) });
  }

  /** One note naming every operation with unsent requests, or nothing when all were sent. */
  note(): string | undefined {
    if (this.byOperation.size === 0) return undefined;
    const total = [...this.byOperation.values()].reduce((sum, entry) => sum + entry.count, 0);
    const list = [...this.byOperation]
      .map(([operation, entry]) => `${operation} (${entry.count}: ${entry.reason})`)
      .join('; ');
    return `${total} request(s) were not sent because the HTTP client refused them, so the server never saw them and they are not findings: ${list}`;
  }
}

/** The client's own words, without the request line the message starts with. */
function reasonOf(error: ClientRefusal): string {
  const cause = error.cause instanceof Error ? error.cause.message : error.message;
  return cause.replace(/^[A-Z]+ \S+: /, '').replace(/\s+/g, ' ');
}
