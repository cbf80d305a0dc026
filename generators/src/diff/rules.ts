import type { ChangeClass, Direction } from './types.js';

/** A diff rule: the stable id users filter on, its class, and what it means. */
export interface DiffRule {
  id: string;
  class: ChangeClass;
  direction: Direction;
  description: string;
}

const rule = (id: string, direction: Direction, changeClass: ChangeClass, description: string): DiffRule => ({
  id,
  class: changeClass,
  direction,
  description,
});

/**
 * Every rule the diff engine can report. Request rules ask "does a request that
 * was valid before stay valid?"; response rules ask "can a client written
 * against the old response still parse the new one?".
 */
export const DIFF_RULES = {
  // Operations and paths.
  'operation-removed': rule('operation-removed', 'operation', 'breaking', 'An operation was removed'),
  'operation-added': rule('operation-added', 'operation', 'non-breaking', 'An operation was added'),
  'operation-path-changed': rule(
    'operation-path-changed',
    'operation',
    'breaking',
    'An operation (same operationId) moved to another path or method',
  ),
  'operation-id-changed': rule(
    'operation-id-changed',
    'operation',
    'potentially-breaking',
    'The operationId changed; generated SDK method names follow it',
  ),
  'operation-deprecated': rule(
    'operation-deprecated',
    'operation',
    'non-breaking',
    'An operation was deprecated',
  ),
  'path-parameter-renamed': rule(
    'path-parameter-renamed',
    'request',
    'non-breaking',
    'A path parameter was renamed; the URL template is the same',
  ),
  // Parameters.
  'request-parameter-added': rule(
    'request-parameter-added',
    'request',
    'non-breaking',
    'An optional parameter was added',
  ),
  'request-parameter-required-added': rule(
    'request-parameter-required-added',
    'request',
    'breaking',
    'A required parameter was added',
  ),
  'request-parameter-required-with-default-added': rule(
    'request-parameter-required-with-default-added',
    'request',
    'potentially-breaking',
    'A required parameter with a default was added; strict validators still reject requests without it',
  ),
  'request-parameter-removed': rule(
    'request-parameter-removed',
    'request',
    'potentially-breaking',
    'A parameter was removed; old requests still send it',
  ),
  'request-parameter-became-required': rule(
    'request-parameter-became-required',
    'request',
    'breaking',
    'An optional parameter became required',
  ),
  'request-parameter-became-optional': rule(
    'request-parameter-became-optional',
    'request',
    'non-breaking',
    'A required parameter became optional',
  ),
  'request-parameter-moved': rule(
    'request-parameter-moved',
    'request',
    'breaking',
    'A parameter moved to another location (query, header, path, cookie)',
  ),
  // Request bodies.
  'request-body-added-required': rule(
    'request-body-added-required',
    'request',
    'breaking',
    'A required request body was added',
  ),
  'request-body-added': rule(
    'request-body-added',
    'request',
    'non-breaking',
    'An optional request body was added',
  ),
  'request-body-removed': rule(
    'request-body-removed',
    'request',
    'potentially-breaking',
    'The request body was removed; old requests still send one',
  ),
  'request-body-became-required': rule(
    'request-body-became-required',
    'request',
    'breaking',
    'The request body became required',
  ),
  'request-body-became-optional': rule(
    'request-body-became-optional',
    'request',
    'non-breaking',
    'The request body became optional',
  ),
  'request-media-type-removed': rule(
    'request-media-type-removed',
    'request',
    'breaking',
    'A request content type is no longer accepted',
  ),
  'request-media-type-added': rule(
    'request-media-type-added',
    'request',
    'non-breaking',
    'A request content type is now accepted',
  ),
  // Responses.
  'response-status-removed': rule(
    'response-status-removed',
    'response',
    'breaking',
    'A response status was removed',
  ),
  'response-status-added': rule(
    'response-status-added',
    'response',
    'non-breaking',
    'A response status was added',
  ),
  'response-media-type-removed': rule(
    'response-media-type-removed',
    'response',
    'breaking',
    'A response content type was removed',
  ),
  'response-media-type-added': rule(
    'response-media-type-added',
    'response',
    'non-breaking',
    'A response content type was added',
  ),
  'response-header-removed': rule(
    'response-header-removed',
    'response',
    'breaking',
    'A required response header was removed',
  ),
  'response-header-became-optional': rule(
    'response-header-became-optional',
    'response',
    'breaking',
    'A response header is no longer required',
  ),
  'response-header-added': rule(
    'response-header-added',
    'response',
    'non-breaking',
    'A response header was added',
  ),
  // Schema: types.
  'request-type-narrowed': rule(
    'request-type-narrowed',
    'request',
    'breaking',
    'A type accepted before is no longer accepted',
  ),
  'request-type-widened': rule('request-type-widened', 'request', 'non-breaking', 'More types are accepted'),
  'response-type-widened': rule(
    'response-type-widened',
    'response',
    'breaking',
    'The response may now carry a type clients did not expect',
  ),
  'response-type-narrowed': rule(
    'response-type-narrowed',
    'response',
    'non-breaking',
    'The response carries fewer types than before',
  ),
  // Schema: enums.
  'request-enum-value-removed': rule(
    'request-enum-value-removed',
    'request',
    'breaking',
    'An accepted enum value was removed',
  ),
  'request-enum-value-added': rule(
    'request-enum-value-added',
    'request',
    'non-breaking',
    'An enum value was added',
  ),
  'response-enum-value-added': rule(
    'response-enum-value-added',
    'response',
    'breaking',
    'The response may carry an enum value clients do not know',
  ),
  'response-enum-value-removed': rule(
    'response-enum-value-removed',
    'response',
    'non-breaking',
    'The response no longer carries an enum value',
  ),
  // Schema: bounds, patterns, formats.
  'request-constraint-tightened': rule(
    'request-constraint-tightened',
    'request',
    'breaking',
    'A bound (length, range, items, properties, multipleOf) was tightened',
  ),
  'request-constraint-loosened': rule(
    'request-constraint-loosened',
    'request',
    'non-breaking',
    'A bound was loosened',
  ),
  'response-constraint-loosened': rule(
    'response-constraint-loosened',
    'response',
    'potentially-breaking',
    'A response bound was loosened; clients that validate may reject new values',
  ),
  'response-constraint-tightened': rule(
    'response-constraint-tightened',
    'response',
    'non-breaking',
    'A response bound was tightened',
  ),
  'request-pattern-added': rule(
    'request-pattern-added',
    'request',
    'breaking',
    'A pattern now restricts requests',
  ),
  'request-pattern-changed': rule(
    'request-pattern-changed',
    'request',
    'potentially-breaking',
    'A request pattern changed; values valid before may be rejected',
  ),
  'request-pattern-removed': rule(
    'request-pattern-removed',
    'request',
    'non-breaking',
    'A request pattern was removed',
  ),
  'response-pattern-changed': rule(
    'response-pattern-changed',
    'response',
    'potentially-breaking',
    'A response pattern changed or was removed',
  ),
  'response-pattern-added': rule(
    'response-pattern-added',
    'response',
    'non-breaking',
    'A response pattern was added',
  ),
  'request-format-changed': rule(
    'request-format-changed',
    'request',
    'potentially-breaking',
    'A request format was added or changed',
  ),
  'response-format-changed': rule(
    'response-format-changed',
    'response',
    'potentially-breaking',
    'A response format was removed or changed',
  ),
  // Schema: object properties.
  'request-property-required-added': rule(
    'request-property-required-added',
    'request',
    'breaking',
    'A new required property must be sent',
  ),
  'request-property-required-with-default-added': rule(
    'request-property-required-with-default-added',
    'request',
    'potentially-breaking',
    'A new required property has a default; a default cannot apply to a property that must be present, so strict validators still reject old requests',
  ),
  'request-property-became-required': rule(
    'request-property-became-required',
    'request',
    'breaking',
    'An optional property became required',
  ),
  'request-property-became-optional': rule(
    'request-property-became-optional',
    'request',
    'non-breaking',
    'A required property became optional',
  ),
  'request-property-added': rule(
    'request-property-added',
    'request',
    'non-breaking',
    'An optional property was added',
  ),
  'request-property-removed': rule(
    'request-property-removed',
    'request',
    'potentially-breaking',
    'A property was removed; old requests still send it',
  ),
  'request-property-removed-closed': rule(
    'request-property-removed-closed',
    'request',
    'breaking',
    'A property was removed from an object that forbids additional properties',
  ),
  'request-additional-properties-restricted': rule(
    'request-additional-properties-restricted',
    'request',
    'breaking',
    'Additional properties are no longer accepted',
  ),
  'response-property-removed': rule(
    'response-property-removed',
    'response',
    'breaking',
    'A response property was removed',
  ),
  'response-property-became-optional': rule(
    'response-property-became-optional',
    'response',
    'breaking',
    'A response property is no longer always present',
  ),
  'response-property-became-required': rule(
    'response-property-became-required',
    'response',
    'non-breaking',
    'A response property is now always present',
  ),
  'response-property-added': rule(
    'response-property-added',
    'response',
    'non-breaking',
    'A response property was added',
  ),
  'response-additional-properties-allowed': rule(
    'response-additional-properties-allowed',
    'response',
    'potentially-breaking',
    'The response may now carry properties that were forbidden',
  ),
  // Schema: composition.
  'request-variant-removed': rule(
    'request-variant-removed',
    'request',
    'breaking',
    'A oneOf/anyOf alternative is no longer accepted',
  ),
  'request-variant-added': rule(
    'request-variant-added',
    'request',
    'non-breaking',
    'A oneOf/anyOf alternative was added',
  ),
  'response-variant-added': rule(
    'response-variant-added',
    'response',
    'breaking',
    'The response may now be a oneOf/anyOf alternative clients do not know',
  ),
  'response-variant-removed': rule(
    'response-variant-removed',
    'response',
    'non-breaking',
    'A oneOf/anyOf response alternative was removed',
  ),
  // Security.
  'security-added': rule(
    'security-added',
    'security',
    'breaking',
    'A public operation now requires authentication',
  ),
  'security-removed': rule(
    'security-removed',
    'security',
    'non-breaking',
    'An operation no longer requires authentication',
  ),
  'security-alternative-removed': rule(
    'security-alternative-removed',
    'security',
    'breaking',
    'A way to authenticate is no longer accepted',
  ),
  'security-alternative-added': rule(
    'security-alternative-added',
    'security',
    'non-breaking',
    'A new way to authenticate is accepted',
  ),
  'security-scheme-changed': rule(
    'security-scheme-changed',
    'security',
    'breaking',
    'A security scheme changed how credentials are sent',
  ),
} as const satisfies Record<string, DiffRule>;

export type DiffRuleId = keyof typeof DIFF_RULES;
