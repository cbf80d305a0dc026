import { joinUrl } from '../http/serialize.js';
import type { OperationModel } from '../specloom.js';
import type { TestCase } from '../types.js';
import type { CaseContext } from './context.js';
import { parameterValue } from './values.js';

/** Methods probed on every documented path. HEAD/OPTIONS/TRACE are left out: servers answer them implicitly (RFC 9110 §9.3.2, CORS). */
const PROBED_METHODS = ['get', 'put', 'post', 'patch', 'delete'] as const;

/** Whether some documented operation with this method has a path template matching `concretePath`. */
export function matchedByTemplate(
  operations: OperationModel[],
  method: string,
  concretePath: string,
): boolean {
  return operations.some(
    (operation) => operation.method === method && templateRegExp(operation.path).test(concretePath),
  );
}

function templateRegExp(template: string): RegExp {
  const source = template
    .split(/\{[^}]+\}/)
    .map((literal) => literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('[^/]+');
  return new RegExp(`^${source}/?$`);
}

/** For each path, each common method it does not document: must be 405 with Allow, or 404. */
export function methodCases(context: CaseContext, operations: OperationModel[]): TestCase[] {
  const byPath = new Map<string, OperationModel[]>();
  for (const operation of operations)
    byPath.set(operation.path, [...(byPath.get(operation.path) ?? []), operation]);
  const cases: TestCase[] = [];
  for (const [path, pathOperations] of byPath) {
    const documented = pathOperations.map((operation) => operation.method);
    const sample = pathOperations[0] as OperationModel;
    const concretePath = path.replace(/\{([^}]+)\}/g, (_match, name: string) => {
      const parameter = sample.parameters.find((entry) => entry.in === 'path' && entry.name === name);
      const value = parameter
        ? parameterValue(
            parameter,
            { spec: context.contract.spec, seed: context.seed, pool: context.pool },
            'generated',
          )
        : 'x';
      return encodeURIComponent(String(value));
    });
    for (const method of PROBED_METHODS) {
      if (documented.includes(method)) continue;
      // `DELETE /articles/feed` is documented when `DELETE /articles/{slug}` is: probing it would
      // send a real, documented request. Only methods no documented template matches are probed.
      if (matchedByTemplate(context.contract.spec.operations, method, concretePath)) continue;
      const sendsBody = method === 'post' || method === 'put' || method === 'patch';
      cases.push({
        id: `${method.toUpperCase()} ${path}:method:undocumented`,
        kind: 'method',
        description: `undocumented method ${method.toUpperCase()} on ${path}`,
        request: {
          method: method.toUpperCase(),
          url: joinUrl(context.baseUrl, concretePath),
          headers: {
            accept: 'application/json, application/problem+json',
            ...context.headers,
            ...context.authHeaders,
            ...(sendsBody ? { 'content-type': 'application/json' } : {}),
          },
          ...(sendsBody ? { body: { kind: 'text' as const, text: '{}' } } : {}),
        },
        expectation: { kind: 'method-not-allowed', allowed: documented.map((entry) => entry.toUpperCase()) },
      });
    }
  }
  return cases;
}
