import type { AppError } from './app-error.js';

/** RFC 9457 problem details, shaped as the spec's `Problem` schema. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  request_id?: string;
  errors?: { path: string; message: string; code: string }[];
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/**
 * Problem types are URIs under one base, ending in the error's stable code
 * (`validation_failed` -> `.../problems/validation-failed`): clients can switch
 * on `type` (RFC 9457 §3.1.1) and the code never changes once released.
 */
export const PROBLEM_TYPE_BASE = 'https://taskboard.example/problems/';

/** The `type` URI of an error code. */
export function problemType(code: string): string {
  return PROBLEM_TYPE_BASE + code.replaceAll('_', '-');
}

/** Renders a registry error as the problem document sent to the client. */
export function problemFrom(error: AppError, context: { instance?: string; requestId?: string }): Problem {
  return {
    type: problemType(error.code),
    title: error.title,
    status: error.status,
    ...(error.detail ? { detail: error.detail } : {}),
    ...(context.instance ? { instance: context.instance } : {}),
    ...(context.requestId ? { request_id: context.requestId } : {}),
    ...(error.errors && error.errors.length > 0
      ? { errors: error.errors.map((entry) => ({ ...entry })) }
      : {}),
  };
}
