import { ServiceUnavailableError } from '../shared/errors/index.js';

/** A dependency the instance needs to serve requests, checked by the readiness probe. */
export interface DependencyCheck {
  name: string;
  /** Resolves when the dependency answers; rejects otherwise. */
  check(): Promise<void>;
}

export interface Readiness {
  status: 'ready';
  checks: Record<string, 'up'>;
}

export interface HealthOptions {
  /** True once shutdown has begun: the instance must stop receiving traffic. */
  isShuttingDown?: () => boolean;
  /** How long each check may take; a hung database must not hang the probe. */
  checkTimeoutMs?: number;
}

/**
 * Liveness and readiness. Liveness only says the process serves HTTP;
 * readiness checks every dependency and fails with 503 when one is down, so a
 * load balancer stops routing here while the process itself stays up.
 */
export class HealthService {
  private readonly isShuttingDown: () => boolean;
  private readonly checkTimeoutMs: number;

  constructor(
    private readonly dependencies: readonly DependencyCheck[],
    options: HealthOptions = {},
  ) {
    this.isShuttingDown = options.isShuttingDown ?? (() => false);
    this.checkTimeoutMs = options.checkTimeoutMs ?? 2_000;
  }

  liveness(): { status: 'ok' } {
    return { status: 'ok' };
  }

  async readiness(): Promise<Readiness> {
    if (this.isShuttingDown()) {
      throw new ServiceUnavailableError('The server is shutting down.');
    }
    const results = await Promise.all(
      this.dependencies.map(async ({ name, check }) => ({
        name,
        up: await succeedsWithin(check, this.checkTimeoutMs),
      })),
    );
    const down = results.filter((result) => !result.up).map((result) => result.name);
    if (down.length > 0) {
      throw new ServiceUnavailableError(`Unreachable: ${down.join(', ')}.`);
    }
    return { status: 'ready', checks: Object.fromEntries(results.map(({ name }) => [name, 'up' as const])) };
  }
}

async function succeedsWithin(check: () => Promise<void>, timeoutMs: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  try {
    return await Promise.race([check().then(() => true), timeout]);
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}
