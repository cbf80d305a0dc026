import { resolve } from 'node:path';
import { expect, it } from 'vitest';
import { loadSpec } from '../../src/load/index.js';
import { emitSdk, generatorsRoot, typeCheckSdk } from './support.js';

const GITHUB = resolve(generatorsRoot, '../node_modules/@octokit/openapi/generated/api.github.com.json');

/** A program against the generated client: the right calls compile, the wrong ones must not. */
const USAGE = `
import { createClient } from './generated/sdk.js';
const api = createClient({ baseUrl: 'https://api.github.com' });
export async function main(): Promise<string[]> {
  const repos = await api.repos.listForOrg({ org: 'octokit', per_page: 10, sort: 'updated' });
  const issue = await api.issues.create({ owner: 'o', repo: 'r' }, { title: 'Bug' });
  // @ts-expect-error org is required
  await api.repos.listForOrg({ per_page: 10 });
  // @ts-expect-error sort is an enum
  await api.repos.listForOrg({ org: 'octokit', sort: 'nope' });
  // @ts-expect-error an issue needs a title
  await api.issues.create({ owner: 'o', repo: 'r' }, {});
  return [...repos.map((repo) => repo.full_name), issue.html_url];
}
`;

it("generates an SDK for GitHub's REST API that type-checks strictly", async () => {
  const { model } = await loadSpec(GITHUB);
  expect(model.operations.length).toBeGreaterThan(800);
  const sdk = await emitSdk(model);
  // Every operation gets a descriptor and a method.
  expect(sdk.match(/^ {4}[\w"$-]+: \{\n {8}id: /gm)?.length).toBe(model.operations.length);
  expect(sdk).toContain('readonly repos: ReposApi;');
  expect(sdk).toContain(
    'readonly listForOrg: {\n        (params: OperationTypes["reposListForOrg"]["params"], options?: OperationTypes["reposListForOrg"]["options"]): Promise<OperationTypes["reposListForOrg"]["data"]>;',
  );
  expect(await typeCheckSdk(model, 'github', USAGE)).toEqual([]);
}, 900_000);
