export { AppError, type FieldError } from './app-error.js';
export { errorHandler, notFoundHandler, sendProblem } from './error-handler.js';
export { describeFieldErrors, fieldLabel, validationDetail } from './field-errors.js';
export {
  PROBLEM_CONTENT_TYPE,
  PROBLEM_TYPE_BASE,
  type Problem,
  problemFrom,
  problemType,
} from './problem.js';
export * from './registry.js';
export { toAppError } from './to-app-error.js';
