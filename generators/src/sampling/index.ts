/**
 * Seeded, schema-driven value generation: valid samples for positive cases and
 * one-constraint-at-a-time invalid variants for negative cases. Pure: the same
 * schema, document and seed always give the same values.
 */
export { Random } from './random.js';
export { createRealism, type Realism } from './realistic.js';
export { flatten, inferTypes, resolveRef, type SchemaScope } from './resolve.js';
export { type SampleOptions, type SamplingDirection, sampleValid, visibleIn } from './sample-valid.js';
export { KNOWN_STRING_FORMATS, samplePattern } from './strings.js';
export { jsonPath, type Violation, type ViolationOptions, violations } from './violations.js';
