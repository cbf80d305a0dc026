import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Express } from 'express';
import { loadSpecModel, type Report, type RunOptions, runContractTests } from '../../src/index.js';

/** A real-world pattern: a spec, and a server that keeps it correctly. */
export interface Pattern {
  name: string;
  /** The OpenAPI 3.x or Swagger 2.0 document. */
  document: Record<string, unknown>;
  app: () => Express;
  /** Where the server is mounted, relative to the base URL the run is given. */
  options?: Partial<RunOptions>;
}

/** Starts the pattern's server on an ephemeral port, runs every case kind against it, stops it. */
export async function runPattern(pattern: Pattern): Promise<Report> {
  const directory = await mkdtemp(join(tmpdir(), 'specloom-pattern-'));
  const file = join(directory, 'openapi.json');
  await writeFile(file, JSON.stringify(pattern.document));
  const spec = await loadSpecModel(file);
  const server = pattern.app().listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const { port } = server.address() as AddressInfo;
  try {
    return await runContractTests({
      spec,
      baseUrl: `http://127.0.0.1:${port}`,
      seed: 3,
      workers: 2,
      streamReadTime: 300,
      ...pattern.options,
    });
  } finally {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    await rm(directory, { recursive: true, force: true });
  }
}

/** A problem+json answer, as every pattern server sends for errors. */
export function problem(status: number, title: string) {
  return { type: 'about:blank', title, status };
}

/** The problem schema every pattern spec shares (so error bodies are checked too). */
export const PROBLEM_SCHEMA = {
  type: 'object',
  required: ['type', 'title', 'status'],
  properties: { type: { type: 'string' }, title: { type: 'string' }, status: { type: 'integer' } },
};

export const PROBLEM_RESPONSE = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
});

/** The answer every pattern server gives a path or method it does not serve: 404 problem+json. */
export function notFound(_request: unknown, response: import('express').Response): void {
  response.status(404).type('application/problem+json').send(problem(404, 'not found'));
}
