export { corsPolicy } from './cors.js';
export { type RateLimiters, rateLimiters } from './rate-limit.js';
export { responseValidation } from './response-validation.js';
export { securityHeaders } from './security-headers.js';
