export { createLogger, type Logger } from './logger.js';
export {
  currentLogger,
  currentRequestScope,
  type RequestScope,
  runInRequestScope,
} from './request-context.js';
export { MAX_REQUEST_ID_LENGTH, requestIdFrom } from './request-id.js';
export { type RequestLocals, requestLocals, requestLogging } from './request-logging.js';
