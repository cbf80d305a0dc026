import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../helpers/test-server.js';

/**
 * A client that sends its whole body before reading (most do) must see the
 * server's early answer, not EPIPE or a reset, even on a connection that
 * closes after the answer.
 */
describe('an answer sent before the request body has arrived', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  /** Writes `head` and then `size` bytes of body as fast as the socket takes them; resolves with what happened. */
  const upload = (head: string, size: number) =>
    new Promise<{ status?: string; error?: string }>((resolve) => {
      const { port } = new URL(server.baseUrl);
      const socket = net.connect(Number(port), '127.0.0.1');
      let response = '';
      let error: string | undefined;
      socket.on('data', (chunk) => {
        response += chunk;
      });
      socket.on('error', (e: NodeJS.ErrnoException) => {
        error = e.code;
      });
      socket.on('close', () => resolve({ status: /^HTTP\/1\.1 (\d+)/.exec(response)?.[1], error }));
      socket.write(head);
      const piece = Buffer.alloc(64 * 1024, 0x41);
      let sent = 0;
      const pump = () => {
        while (sent < size && !socket.destroyed) {
          sent += piece.length;
          if (!socket.write(piece)) {
            socket.once('drain', pump);
            return;
          }
        }
      };
      pump();
    });

  it('when an upload without credentials is refused, then the client reads the 401 and no write fails', async () => {
    const size = 4 * 1024 * 1024;
    const result = await upload(
      'POST /projects/p/tasks/t/attachments HTTP/1.1\r\nHost: 127.0.0.1\r\n' +
        `Content-Type: multipart/form-data; boundary=b\r\nContent-Length: ${size}\r\nConnection: close\r\n\r\n`,
      size,
    );
    expect(result).toEqual({ status: '401', error: undefined });
  });

  it('when a JSON body declares more than the limit, then the client reads the 413 and no write fails', async () => {
    const size = 3 * 1024 * 1024;
    const result = await upload(
      'POST /auth/register HTTP/1.1\r\nHost: 127.0.0.1\r\n' +
        `Content-Type: application/json\r\nContent-Length: ${size}\r\nConnection: close\r\n\r\n`,
      size,
    );
    expect(result).toEqual({ status: '413', error: undefined });
  });
});
