import { validValues } from './cases/values.js';
import type { Contract } from './contract.js';
import { send } from './http/send.js';
import { buildRequest } from './http/serialize.js';
import type { AuthSetup, CallInput, ObservedResponse } from './types.js';

/** A setup step that failed: the message says which and why. */
export class AuthSetupFailure extends Error {
  override name = 'AuthSetupFailure';
}

/**
 * Resolves the credential headers for the run: fixed headers as given, or
 * whatever the hook returns after calling the API (e.g. register + login).
 */
export async function resolveAuth(
  setup: AuthSetup | undefined,
  contract: Contract,
  baseUrl: string,
  timeout: number,
): Promise<Record<string, string>> {
  if (!setup) return {};
  if ('headers' in setup) return lowerCaseKeys(setup.headers);
  const call = (operationId: string, input: CallInput = {}): Promise<ObservedResponse> => {
    const operation = contract.spec.operations.find((entry) => entry.operationId === operationId);
    if (!operation) throw new AuthSetupFailure(`auth hook: the spec has no operation "${operationId}"`);
    const values = validValues(operation, { spec: contract.spec, seed: 0, pool: new Map() }, 'example');
    for (const [name, value] of Object.entries(input.params ?? {})) {
      const parameter = operation.parameters.find((entry) => entry.name === name);
      if (parameter) values[parameter.in][name] = value;
    }
    if (input.body !== undefined && values.body) values.body = { ...values.body, value: input.body };
    const request = buildRequest(baseUrl, operation, values, {
      accept: 'application/json',
      ...(input.headers ?? {}),
    });
    return send(request, { timeout, streamReadTime: 500 });
  };
  try {
    return lowerCaseKeys(await setup.hook({ baseUrl, spec: contract.spec, call }));
  } catch (error) {
    if (error instanceof AuthSetupFailure) throw error;
    throw new AuthSetupFailure(`auth hook failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function lowerCaseKeys(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]));
}
