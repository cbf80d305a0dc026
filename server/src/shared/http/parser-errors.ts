import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import type { Duplex } from 'node:stream';
import type { Logger } from 'pino';
import { PROBLEM_TYPE_BASE } from '../errors/index.js';

/**
 * Requests Node's HTTP parser rejects never reach Express, and Node would
 * answer them with a bare `431`/`400` and no body. Answer them as the API
 * answers every error: a problem+json document (RFC 9457), then close.
 */
export function answerParserErrors(server: Server, logger: Logger): void {
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
    // A reset or timed-out connection cannot be answered; only a parse failure on a live socket can.
    if (error.code === 'ECONNRESET' || !socket.writable) {
      socket.destroy();
      return;
    }
    const headersTooLarge = error.code === 'HPE_HEADER_OVERFLOW';
    const status = headersTooLarge ? 431 : 400;
    const requestId = randomUUID();
    const problem = headersTooLarge
      ? {
          // RFC 9457 §4.2.1: about:blank, the problem is what the status code says.
          type: 'about:blank',
          title: 'Request header fields too large',
          status,
          detail:
            'The request headers are larger than this server accepts; send fewer or smaller headers (cookies).',
          request_id: requestId,
        }
      : {
          type: `${PROBLEM_TYPE_BASE}bad-request`,
          title: 'Bad request',
          status,
          detail: 'The request is not valid HTTP/1.1 and could not be read.',
          request_id: requestId,
        };
    logger.info({ code: error.code, status, request_id: requestId }, 'request rejected by the HTTP parser');
    const body = JSON.stringify(problem);
    socket.end(
      `HTTP/1.1 ${status} ${headersTooLarge ? 'Request Header Fields Too Large' : 'Bad Request'}\r\n` +
        'Content-Type: application/problem+json\r\n' +
        `Content-Length: ${Buffer.byteLength(body)}\r\n` +
        `X-Request-Id: ${requestId}\r\n` +
        'Connection: close\r\n\r\n' +
        body,
    );
  });
}
