/** Nothing answers at the base URL: the run cannot say anything about the server. */
export class UnreachableServer extends Error {
  override name = 'UnreachableServer';
}

/**
 * One request before the run: a refused or unresolvable connection fails the
 * run once (instead of one finding per case). Any HTTP answer, whatever its
 * status, means something listens.
 */
export async function assertReachable(baseUrl: string, timeoutMs: number): Promise<void> {
  try {
    const response = await fetch(baseUrl, {
      method: 'GET',
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
    });
    await response.body?.cancel().catch(() => undefined);
  } catch (error) {
    const cause =
      error instanceof Error && error.cause instanceof Error ? error.cause.message : String(error);
    throw new UnreachableServer(
      `nothing answers at ${baseUrl} (${cause}): start the server first, or check --base-url`,
    );
  }
}
