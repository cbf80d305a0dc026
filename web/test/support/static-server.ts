import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json',
};

/** Serves a built app on 127.0.0.1 (ephemeral port), with `/config.js` pointing the app at `apiBaseUrl`. */
export async function serveApp(
  dir: string,
): Promise<{ origin: string; setApi(url: string): void; close(): Promise<void> }> {
  let apiBaseUrl = '';
  const server: Server = createServer(async (request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
    if (path === '/config.js') {
      response.writeHead(200, { 'content-type': TYPES['.js'] as string, 'cache-control': 'no-store' });
      response.end(`window.taskboardConfig = ${JSON.stringify({ apiBaseUrl })};`);
      return;
    }
    const file = join(dir, path === '/' ? 'index.html' : path);
    try {
      const body = await readFile(file);
      response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    setApi: (url) => {
      apiBaseUrl = url;
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
