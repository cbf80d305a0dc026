/**
 * Response validators generated from the spec (zod), for
 * `createClient({ validators, validateResponses: true })`. A separate entry
 * point so that clients that do not validate never load zod.
 */
export * from './generated/zod/operations.js';
