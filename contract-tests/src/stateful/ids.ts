import type { CaseContext } from '../cases/context.js';
import { identityKeys } from '../cases/values.js';
import type { RequestValues } from '../http/serialize.js';
import { flatten, type JsonSchema, type SpecModel } from '../specloom.js';
import type { ObservedResponse } from '../types.js';
import type { ResourceFamily } from './families.js';
import { evaluateExpression } from './links.js';

/**
 * The created resource's id, read from wherever the server put it: the
 * spec's link when it has one, then the identity members the create
 * response's schema declares (also under a wrapper such as `{data: {id}}`,
 * `{item: {...}}`, `{result: ...}`), then the same names found in the body
 * itself, then the `Location` header. Only a value that fits the item path
 * parameter's schema counts.
 */
export function resourceId(
  context: CaseContext,
  family: ResourceFamily,
  response: ObservedResponse,
  values: RequestValues,
): unknown {
  const parameter = family.read.parameters.find(
    (entry) => entry.in === 'path' && entry.name === family.idParameter,
  );
  const fits = (value: unknown) => {
    if (value === undefined || value === null || value === '') return false;
    if (typeof value !== 'string' && typeof value !== 'number') return false;
    if (!parameter) return true;
    const asNumber = typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value) ? Number(value) : undefined;
    return [value, asNumber].some(
      (candidate) =>
        candidate !== undefined &&
        context.contract.validator.validate(parameter.schema, candidate).length === 0,
    );
  };
  return [...idCandidates(context.contract.spec, family, response, values)].find(fits);
}

/** Body members that can name a created resource, for the item path parameter `idParameter`. */
export function idMemberNames(idParameter: string): string[] {
  const stem = idParameter.replace(/_?(id|Id|ID|uuid|Uuid|UUID|number|Number|key|Key|name|Name)$/, '');
  // The parameter's last word names the member the path addresses: `{team_slug}` a `slug`, `{file_sha}` a `sha`.
  const word = lastWord(idParameter);
  return [
    ...new Set([
      ...identityKeys(idParameter),
      idParameter,
      ...(word !== undefined ? [word] : []),
      'id',
      'uuid',
      `${stem}Id`,
      `${stem}_id`,
      `${stem}ID`,
      'number',
      'key',
      'name',
      ...(stem !== idParameter && stem !== '' ? [stem] : []),
    ]),
  ];
}

function* idCandidates(
  spec: SpecModel,
  family: ResourceFamily,
  response: ObservedResponse,
  values: RequestValues,
): Generator<unknown> {
  if (family.idExpression) {
    yield evaluateExpression(family.idExpression, {
      requestBody: values.body?.value,
      requestPath: values.path,
      requestQuery: values.query,
      response,
      url: '',
    });
  }
  const names = idMemberNames(family.idParameter);
  const documented =
    family.create.responses.find((entry) => entry.status === String(response.status)) ??
    family.create.responses.find((entry) => /^2/.test(entry.status));
  for (const media of documented?.content ?? []) {
    if (media.schema === undefined) continue;
    for (const path of identityPaths(spec, media.schema, names)) yield valueAt(response.json, path);
  }
  // Undocumented or free-form bodies: the same names at the top, then inside one wrapper object.
  for (const path of bodyPaths(response.json, names)) yield valueAt(response.json, path);
  const location = response.headers.location;
  if (location)
    yield decodeURIComponent(
      location
        .replace(/[?#].*$/, '')
        .replace(/\/+$/, '')
        .split('/')
        .pop() ?? '',
    );
}

/**
 * Where a schema puts the resource's identity: a member with one of `names`
 * (best name first) at the top level, or under an object-valued member (a
 * wrapper), at most two levels down.
 */
export function identityPaths(spec: SpecModel, schema: JsonSchema, names: string[], depth = 0): string[][] {
  const flat = flatten(schema, { document: spec.document });
  const properties = flat.properties ?? {};
  const direct = names.filter((name) => name in properties).map((name) => [name]);
  if (depth >= 2) return direct;
  const nested = Object.entries(properties).flatMap(([member, child]) => {
    const inner = flatten(child, { document: spec.document });
    if (inner.properties === undefined) return [];
    return identityPaths(spec, child, names, depth + 1).map((path) => [member, ...path]);
  });
  return [...direct, ...nested];
}

function bodyPaths(body: unknown, names: string[]): string[][] {
  if (!isRecord(body)) return [];
  const direct = names.filter((name) => name in body).map((name) => [name]);
  const wrappers = Object.entries(body).filter(([, value]) => isRecord(value));
  const nested =
    wrappers.length === 1
      ? names
          .filter((name) => name in (wrappers[0]?.[1] as Record<string, unknown>))
          .map((name) => [wrappers[0]?.[0] as string, name])
      : [];
  return [...direct, ...nested];
}

/** The value at a member path, `undefined` when any step is missing. */
export function valueAt(root: unknown, path: string[]): unknown {
  let current = root;
  for (const step of path) {
    if (!isRecord(current)) return undefined;
    current = current[step];
  }
  return current;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** `team_slug` -> `slug`, `fileSha` -> `sha`, `enterprise-team` -> `team`; undefined for a single word. */
export function lastWord(name: string): string | undefined {
  const found = /(?:[_-]|(?<=[a-z0-9])(?=[A-Z]))([A-Za-z][a-z0-9]*|[A-Z0-9]+)$/.exec(name)?.[1];
  return found === undefined ? undefined : found.toLowerCase();
}
