/**
 * Starts the real example server for end-to-end tests. When the server
 * cannot be loaded (not built yet, missing), this fails loudly instead of
 * letting the tests skip.
 */
interface RunningServer {
  baseUrl: string;
  close(): Promise<void>;
}

type StartTestServer = (options?: { env?: Record<string, string> }) => Promise<RunningServer>;

export async function startServer(env: Record<string, string> = {}): Promise<RunningServer> {
  let start: StartTestServer;
  try {
    // A computed specifier keeps the server's sources out of this package's type-check.
    const helpersUrl = new URL('../../../server/test/helpers/test-server.ts', import.meta.url).href;
    const helpers = (await import(helpersUrl)) as { startTestServer: StartTestServer };
    start = helpers.startTestServer;
  } catch (error) {
    throw new Error(
      `The example server could not be loaded from server/test/helpers/test-server.ts; the SDK end-to-end tests need it. Cause: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  const server = await start({ env });
  // A server without the API routes answers 404 everywhere; say so rather than fail test by test.
  const probe = await fetch(`${server.baseUrl}/auth/me`);
  if (probe.status === 404) {
    await server.close();
    throw new Error(
      `The example server started but does not serve the API yet (GET /auth/me answered 404, expected 401).`,
    );
  }
  return server;
}
