/**
 * The JSON Schema Test Suite as OpenAPI documents: every kept test group of a
 * suite file becomes a component schema (`Case<n>`) of one document per file,
 * draft2020-12 files in OpenAPI 3.1.0 documents and draft4 files in 3.0.3
 * ones (the JSON Schema dialects those OpenAPI versions use).
 *
 * Plain JavaScript so that both the conformance test (vitest) and
 * `bench/zod-suite.mjs` (plain node) read the very same cases.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EXCLUDED } from './exclusions.mjs';

export { EXCLUDED };

/** The copied suite data (see its SOURCE.md for the commit). */
export const SUITE_ROOT = join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  'fixtures',
  'json-schema-test-suite',
);

/** The suite drafts that are run, with the OpenAPI version each is wrapped in. */
export const DRAFTS = [
  { draft: 'draft2020-12', openapi: '3.1.0' },
  { draft: 'draft4', openapi: '3.0.3' },
];

/** Keywords whose value is one subschema. */
const SCHEMA_KEYS = [
  'items',
  'additionalItems',
  'additionalProperties',
  'not',
  'contains',
  'if',
  'then',
  'else',
  'propertyNames',
  'unevaluatedItems',
  'unevaluatedProperties',
];
/** Keywords whose value is an array of subschemas. */
const SCHEMA_ARRAY_KEYS = ['allOf', 'oneOf', 'anyOf', 'prefixItems', 'items'];
/** Keywords whose value is a map of subschemas. */
const SCHEMA_MAP_KEYS = [
  'properties',
  'patternProperties',
  '$defs',
  'definitions',
  'dependentSchemas',
  'dependencies',
];

/** Why a group cannot be wrapped into an OpenAPI document as it is. */
export class Unwrappable extends Error {}

/** The exclusion that covers a group or test, if any. */
export function exclusionFor(draft, file, group, test) {
  return EXCLUDED.find(
    (entry) =>
      entry.draft === draft &&
      entry.file === file &&
      (entry.group === undefined || entry.group === group) &&
      (entry.test === undefined ||
        (entry.test instanceof RegExp ? test !== undefined && entry.test.test(test) : entry.test === test)),
  );
}

/**
 * Calls `visit(schema, path)` for every subschema of `schema` (itself
 * included), skipping data keywords (`enum`, `const`, `default`, `examples`).
 */
function eachSubschema(schema, visit, path = []) {
  if (schema === null || typeof schema !== 'object' || Array.isArray(schema)) return;
  visit(schema, path);
  for (const [key, value] of Object.entries(schema)) {
    if (SCHEMA_KEYS.includes(key) && !Array.isArray(value)) eachSubschema(value, visit, [...path, key]);
    else if (SCHEMA_ARRAY_KEYS.includes(key) && Array.isArray(value))
      value.forEach((item, index) => {
        eachSubschema(item, visit, [...path, key, String(index)]);
      });
    else if (SCHEMA_MAP_KEYS.includes(key) && value !== null && typeof value === 'object')
      for (const [name, item] of Object.entries(value)) eachSubschema(item, visit, [...path, key, name]);
  }
}

/** The JSON pointer tokens of a `#/...` URI fragment (percent-decoded, then `~1`/`~0` unescaped). */
function pointerTokens(ref) {
  const fragment = decodeURIComponent(ref.slice(1));
  if (fragment === '') return [];
  return fragment
    .slice(1)
    .split('/')
    .map((token) => token.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function resolvePointer(root, tokens, ref) {
  let node = root;
  for (const token of tokens) {
    if (node === null || typeof node !== 'object' || !(token in node))
      throw new Unwrappable(`'${ref}' does not resolve inside the schema`);
    node = node[token];
  }
  return node;
}

/**
 * Turns one group's schema into component schemas: the schema itself as
 * `name`, and every local pointer it references (`#/$defs/x`,
 * `#/properties/foo`, ...) hoisted into a component of its own, with each
 * `$ref` rewritten to `#/components/schemas/...`. Anything else (remote refs,
 * anchors, `$id`-relative refs, dynamic refs) is not expressible and throws.
 */
export function componentsFor(schema, name) {
  const components = {};
  const hoisted = new Map([['', name]]);
  const copy = (node) => structuredClone(node);
  const rewrite = (target) => {
    eachSubschema(target, (sub, path) => {
      if (path.length > 0 && (typeof sub.$id === 'string' || typeof sub.id === 'string'))
        throw new Unwrappable('a nested $id changes the base URI of references');
      for (const keyword of ['$dynamicRef', '$recursiveRef', '$dynamicAnchor', '$anchor'])
        if (sub[keyword] !== undefined) throw new Unwrappable(`'${keyword}' has no OpenAPI counterpart`);
      if (typeof sub.$ref !== 'string') return;
      const ref = sub.$ref;
      if (!ref.startsWith('#') || (ref.length > 1 && ref[1] !== '/'))
        throw new Unwrappable(`'${ref}' is not a reference inside the same schema`);
      const tokens = pointerTokens(ref);
      const key = tokens.join('/');
      let component = hoisted.get(key);
      if (component === undefined) {
        component = `${name}_${hoisted.size}`;
        hoisted.set(key, component);
        pending.push([component, copy(resolvePointer(schema, tokens, ref))]);
      }
      sub.$ref = `#/components/schemas/${component}`;
    });
  };
  const pending = [[name, copy(schema)]];
  while (pending.length > 0) {
    const [component, target] = pending.shift();
    if (target !== null && typeof target === 'object') {
      delete target.$schema;
      delete target.$id;
      delete target.id;
    }
    rewrite(target);
    components[component] = target;
  }
  return components;
}

/**
 * Every suite file of every draft as an OpenAPI document, with the groups it
 * holds (kept ones carry their component name) and each test's expectation.
 */
export function suiteDocuments() {
  const documents = [];
  for (const { draft, openapi } of DRAFTS) {
    const folder = join(SUITE_ROOT, draft);
    for (const file of readdirSync(folder)
      .filter((entry) => entry.endsWith('.json'))
      .sort()) {
      const groups = JSON.parse(readFileSync(join(folder, file), 'utf8'));
      const schemas = {};
      const kept = [];
      const excluded = [];
      const unwrappable = [];
      groups.forEach((group, index) => {
        const groupExclusion = exclusionFor(draft, file, group.description, undefined);
        if (groupExclusion?.test === undefined && groupExclusion !== undefined) {
          excluded.push({
            group: group.description,
            tests: group.tests.length,
            reason: groupExclusion.reason,
          });
          return;
        }
        const component = `Case${index}`;
        try {
          Object.assign(schemas, componentsFor(group.schema, component));
        } catch (error) {
          if (!(error instanceof Unwrappable)) throw error;
          unwrappable.push({ group: group.description, reason: error.message });
          return;
        }
        const tests = [];
        for (const test of group.tests) {
          const exclusion = exclusionFor(draft, file, group.description, test.description);
          if (exclusion?.test !== undefined)
            excluded.push({
              group: group.description,
              test: test.description,
              tests: 1,
              reason: exclusion.reason,
            });
          else tests.push({ description: test.description, data: test.data, valid: test.valid });
        }
        kept.push({ description: group.description, component, schema: group.schema, tests });
      });
      documents.push({
        draft,
        file,
        document: {
          openapi,
          info: { title: `JSON Schema Test Suite ${draft} ${file}`, version: '1.0.0' },
          paths: {},
          components: { schemas },
        },
        groups: kept,
        excluded,
        unwrappable,
      });
    }
  }
  return documents;
}
