import { isSecured } from '../contract.js';
import type { OperationModel, SpecModel } from '../specloom.js';
import type { TestCase, UnauthorizedRun } from '../types.js';

/** RFC 9110 §15.5.2 and §15.5.4: the server wants (other) credentials. */
const REFUSED = new Set([401, 403]);

/**
 * Watches the valid requests of each operation. An operation whose every
 * valid request was answered 401 or 403 was never tested behind its
 * authentication: its findings (none, usually) say nothing about it, and the
 * run must say so loudly rather than pass.
 */
export class AuthWall {
  private readonly answers = new Map<string, { refused: number; total: number }>();

  constructor(private readonly operations: OperationModel[]) {}

  record(testCase: TestCase, status: number): void {
    if (!testCase.operation || !isValidRequest(testCase)) return;
    const id = testCase.operation.operationId;
    const entry = this.answers.get(id) ?? { refused: 0, total: 0 };
    entry.total += 1;
    if (REFUSED.has(status)) entry.refused += 1;
    this.answers.set(id, entry);
  }

  /** The operations that never got past authentication, with advice; undefined when there are none. */
  result(spec: SpecModel, credentialsGiven: string[]): UnauthorizedRun | undefined {
    const walled = this.operations.filter((operation) => {
      const entry = this.answers.get(operation.operationId);
      return entry !== undefined && entry.total > 0 && entry.refused === entry.total;
    });
    if (walled.length === 0) return undefined;
    return {
      operations: walled.map((operation) => operation.operationId),
      secured: walled.filter(isSecured).length,
      securedTotal: this.operations.filter(isSecured).length,
      credentialsGiven,
      advice: advice(spec, credentialsGiven),
    };
  }
}

/** Cases that send a request the spec allows, with the run's credentials (not negative, method or credential-less ones). */
function isValidRequest(testCase: TestCase): boolean {
  if (testCase.kind === 'negative' || testCase.kind === 'method') return false;
  return testCase.expectation.kind === 'accepted' || testCase.expectation.kind === 'exploratory';
}

/** What to do next, in the words of the options that exist, naming the header the spec's schemes use. */
function advice(spec: SpecModel, credentialsGiven: string[]): string {
  if (credentialsGiven.length > 0)
    return `the credentials given (${credentialsGiven.join(', ')}) were refused: check they are valid and unexpired for this server, or obtain fresh ones with a test.auth hook in specloom.config.ts`;
  const examples = new Set<string>();
  for (const scheme of spec.securitySchemes) {
    if (scheme.type === 'http' && scheme.scheme?.toLowerCase() === 'basic')
      examples.add("'Authorization: Basic …'");
    else if (scheme.type === 'apiKey' && scheme.in === 'header' && scheme.paramName)
      examples.add(`'${scheme.paramName}: …'`);
    else if (scheme.type === 'apiKey' && scheme.in === 'cookie' && scheme.paramName)
      examples.add(`'Cookie: ${scheme.paramName}=…'`);
    else if (scheme.type !== 'apiKey' && scheme.type !== 'mutualTLS')
      examples.add("'Authorization: Bearer …'");
  }
  if (examples.size === 0) examples.add("'Authorization: Bearer …'");
  const headers = [...examples].map((example) => `--header ${example}`).join(' or ');
  return `no credentials were given: pass one with ${headers}, set test.headers in specloom.config.ts, or obtain one from the API with a test.auth hook there`;
}
