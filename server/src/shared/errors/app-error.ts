/** One entry of a problem's `errors[]`: which field failed and why. */
export interface FieldError {
  /**
   * Where the failing value is, as the spec's ProblemFieldError documents it: a JSON Pointer into
   * the body (`/title`; `''` for the whole body) or `location/name` for a parameter (`query/limit`).
   */
  path: string;
  /** What is wrong, for people, reading after the field name: `must be at most 200 characters`. */
  message: string;
  /** Machine-readable reason, e.g. `too_small`, `invalid_format`, `required`. */
  code: string;
}

/**
 * Base of every error the server answers deliberately. The global error
 * handler turns it into the spec's RFC 9457 problem+json; anything that is
 * not an AppError becomes a generic 500 without details.
 */
export abstract class AppError extends Error {
  /** Stable machine code, also the last segment of the problem `type` URI. */
  abstract readonly code: string;
  abstract readonly status: number;
  /** Short, human-readable summary of the problem type (RFC 9457 §3.1.4). */
  abstract readonly title: string;
  /** Extra response headers, e.g. `Retry-After` or `Allow`. */
  readonly headers: Readonly<Record<string, string>> = {};

  constructor(
    /** Explanation specific to this occurrence (RFC 9457 §3.1.4 `detail`). */
    readonly detail?: string,
    readonly errors?: readonly FieldError[],
  ) {
    super(detail);
    this.name = new.target.name;
  }
}
