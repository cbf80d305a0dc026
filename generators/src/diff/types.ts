import type { SourceLocation } from '../model/types.js';

/** How a change affects existing clients, most severe first. */
export const CHANGE_CLASSES = ['breaking', 'potentially-breaking', 'non-breaking'] as const;
export type ChangeClass = (typeof CHANGE_CLASSES)[number];

/**
 * Which way data flows where the change was found. Requests are validated by
 * the server (narrowing breaks old requests); responses are parsed by clients
 * (widening breaks old parsers).
 */
export type Direction = 'request' | 'response' | 'operation' | 'security';

/** Where a change sits on one side of the diff. */
export interface ChangeSide {
  /** JSON pointer into that side's bundled document. */
  pointer: string;
  /** file:line of that pointer when the side was loaded from files. */
  location?: SourceLocation;
}

/** One classified difference between two specs. */
export interface Change {
  /** Stable rule id, e.g. `request-property-became-required`. */
  id: string;
  class: ChangeClass;
  direction: Direction;
  /** `METHOD /path` as written in head (or base when the operation was removed); absent for document-level changes. */
  operation?: string;
  operationId?: string;
  /** One sentence, for humans. */
  message: string;
  base?: ChangeSide;
  head?: ChangeSide;
}

/** Result of comparing two specs. */
export interface DiffResult {
  changes: Change[];
  counts: Record<ChangeClass, number>;
}
