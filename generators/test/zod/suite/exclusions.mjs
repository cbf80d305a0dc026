/**
 * The suite files, groups and tests the conformance runner does not run,
 * each with the reason. A group the wrapper cannot express and that is not
 * listed here fails the run, so this list stays complete and explicit.
 *
 * `group` and `test` are the suite's own descriptions; an entry without
 * `group` excludes the whole file.
 */
const REMOTE =
  'resolves references against remote documents or base URIs ($id), which an OpenAPI component reference cannot express';
const META = 'validates against the JSON Schema metaschema, fetched by its remote URI';
const ANCHOR =
  'references a location-independent identifier ($anchor / id fragment); OpenAPI components are referenced by JSON pointer';
const FORMAT =
  'specloom asserts `format` (as OpenAPI request validators do); in 2020-12 format assertion is optional and these tests expect an invalid string to pass as annotation only';
const DYNAMIC =
  '$dynamicRef/$dynamicAnchor have no OpenAPI counterpart (dynamic scope is not expressible as component references)';

export const EXCLUDED = [
  { draft: 'draft2020-12', file: 'refRemote.json', reason: REMOTE },
  { draft: 'draft4', file: 'refRemote.json', reason: REMOTE },
  { draft: 'draft2020-12', file: 'dynamicRef.json', reason: DYNAMIC },
  {
    draft: 'draft2020-12',
    file: 'vocabulary.json',
    reason: 'custom metaschemas and $vocabulary are not part of OpenAPI documents',
  },
  {
    draft: 'draft2020-12',
    file: 'anchor.json',
    reason:
      '$anchor references are location-independent identifiers; OpenAPI components are referenced by JSON pointer',
  },
  { draft: 'draft2020-12', file: 'defs.json', group: 'validate definition against metaschema', reason: META },
  { draft: 'draft2020-12', file: 'ref.json', group: 'remote ref, containing refs itself', reason: META },
  { draft: 'draft2020-12', file: 'ref.json', group: 'Recursive references between schemas', reason: REMOTE },
  { draft: 'draft2020-12', file: 'ref.json', group: 'refs with relative uris and defs', reason: REMOTE },
  {
    draft: 'draft2020-12',
    file: 'ref.json',
    group: 'relative refs with absolute uris and defs',
    reason: REMOTE,
  },
  {
    draft: 'draft2020-12',
    file: 'ref.json',
    group: '$id must be resolved against nearest parent, not just immediate parent',
    reason: REMOTE,
  },
  { draft: 'draft2020-12', file: 'ref.json', group: 'order of evaluation: $id and $ref', reason: REMOTE },
  {
    draft: 'draft2020-12',
    file: 'ref.json',
    group: 'order of evaluation: $id and $anchor and $ref',
    reason: ANCHOR,
  },
  {
    draft: 'draft2020-12',
    file: 'ref.json',
    group: 'order of evaluation: $id and $ref on nested schema',
    reason: REMOTE,
  },
  {
    draft: 'draft2020-12',
    file: 'ref.json',
    group: 'simple URN base URI with $ref via the URN',
    reason: REMOTE,
  },
  {
    draft: 'draft2020-12',
    file: 'ref.json',
    group: 'URN base URI with URN and JSON pointer ref',
    reason: REMOTE,
  },
  { draft: 'draft2020-12', file: 'ref.json', group: 'URN base URI with URN and anchor ref', reason: REMOTE },
  { draft: 'draft2020-12', file: 'ref.json', group: 'URN ref with nested pointer ref', reason: REMOTE },
  { draft: 'draft2020-12', file: 'ref.json', group: 'ref to if', reason: REMOTE },
  { draft: 'draft2020-12', file: 'ref.json', group: 'ref to then', reason: REMOTE },
  { draft: 'draft2020-12', file: 'ref.json', group: 'ref to else', reason: REMOTE },
  { draft: 'draft2020-12', file: 'ref.json', group: 'ref with absolute-path-reference', reason: REMOTE },
  {
    draft: 'draft2020-12',
    file: 'unevaluatedItems.json',
    group: 'unevaluatedItems with $dynamicRef',
    reason: DYNAMIC,
  },
  {
    draft: 'draft2020-12',
    file: 'unevaluatedProperties.json',
    group: 'unevaluatedProperties with $dynamicRef',
    reason: DYNAMIC,
  },
  {
    draft: 'draft4',
    file: 'definitions.json',
    group: 'validate definition against metaschema',
    reason: META,
  },
  {
    draft: 'draft4',
    file: 'ref.json',
    group: '$ref prevents a sibling id from changing the base uri',
    reason: REMOTE,
  },
  { draft: 'draft4', file: 'ref.json', group: 'remote ref, containing refs itself', reason: META },
  { draft: 'draft4', file: 'ref.json', group: 'Recursive references between schemas', reason: REMOTE },
  { draft: 'draft4', file: 'ref.json', group: 'Location-independent identifier', reason: ANCHOR },
  {
    draft: 'draft4',
    file: 'ref.json',
    group: 'Location-independent identifier with base URI change in subschema',
    reason: REMOTE,
  },
  {
    draft: 'draft4',
    file: 'ref.json',
    group: 'id must be resolved against nearest parent, not just immediate parent',
    reason: REMOTE,
  },
  { draft: 'draft2020-12', file: 'format.json', test: /is only an annotation by default$/, reason: FORMAT },
];
