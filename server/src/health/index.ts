export { createHealthHandlers } from './health.handlers.js';
export { type DependencyCheck, type HealthOptions, HealthService, type Readiness } from './health.service.js';
