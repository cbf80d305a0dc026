import type { HealthHandlers } from '../generated/server/handlers.js';
import type { HealthService } from './health.service.js';

/**
 * The `health` tag's operations: liveness always answers 200; readiness
 * answers 200 or lets the service's ServiceUnavailableError become the
 * documented 503 problem.
 */
export function createHealthHandlers(service: HealthService): HealthHandlers {
  return {
    async getHealth() {
      return { status: 200, body: service.liveness() };
    },
    async getReadiness() {
      return { status: 200, body: await service.readiness() };
    },
  };
}
