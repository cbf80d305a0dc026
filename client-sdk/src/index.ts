/**
 * @specloom/taskboard-sdk: a typed client for the Task Board API.
 *
 * ```ts
 * import { createClient, getErrorMessage } from '@specloom/taskboard-sdk';
 * const api = createClient({ baseUrl: 'https://api.example.com' });
 * const page = await api.tasks.list({ projectId, status: ['todo'] });
 * ```
 */

export {
  type AuthOptions,
  type CallOptions,
  type ClientOptions,
  type ConnectionState,
  type CrossTabOptions,
  DEFAULT_ERROR_MESSAGES,
  DEFAULT_REFRESH_RETRY,
  DEFAULT_RETRY_POLICY,
  describeFieldErrors,
  type ErrorMessages,
  type EventSubscription,
  type FetchFunction,
  fieldName,
  getErrorMessage,
  getFieldErrors,
  isProblemError,
  NetworkError,
  type NetworkStatus,
  type OperationError,
  type ProblemBody,
  ProblemError,
  type ProblemFieldError,
  ResponseValidationError,
  type RetryPolicy,
  type ServerEvent,
  type Session,
  type SubscribeOptions,
  TimeoutError,
  type TokenProvider,
} from '@specloom/sdk-runtime';
export { type Api, createClient, type OperationTypes } from './generated/sdk.js';
export type { components, operations, paths } from './generated/types.js';
