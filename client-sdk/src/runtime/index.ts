export type { Client } from 'openapi-fetch';
export { type AuthOptions, DEFAULT_REFRESH_RETRY, type TokenProvider } from './auth.js';
export {
  bind,
  type ClientCore,
  type ClientOptions,
  createCore,
  createSession,
  installRefresh,
  type ResponseValidators,
  type Session,
} from './client.js';
export type { ChannelLike, CrossTabOptions, LockManagerLike } from './cross-tab.js';
export type { OperationDescriptor } from './descriptor.js';
export { describeFieldErrors, fieldName, getFieldErrors } from './field-errors.js';
export { isProblemError } from './guards.js';
export { DEFAULT_ERROR_MESSAGES, type ErrorMessages, getErrorMessage } from './messages.js';
export type { NetworkStatus } from './network-status.js';
export type {
  BinaryInput,
  Body,
  CallOptions,
  Data,
  HeaderOptions,
  Method,
  MultipartBody,
  OperationError,
  OperationInfo,
  Options,
  PaginatedMethod,
  Params,
  StreamMethod,
  StreamOptions,
} from './operation-types.js';
export {
  NetworkError,
  type ProblemBody,
  ProblemError,
  type ProblemFieldError,
  ResponseValidationError,
  TimeoutError,
} from './problem.js';
export { DEFAULT_RETRY_POLICY, type RetryPolicy } from './retry.js';
export type { ConnectionState, EventSubscription, ServerEvent, SubscribeOptions } from './sse.js';
export type { FetchFunction } from './transport.js';
