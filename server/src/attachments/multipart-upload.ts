import type { Readable } from 'node:stream';
import busboy from 'busboy';
import {
  BadRequestError,
  PayloadTooLargeError,
  UnsupportedMediaTypeError,
  ValidationError,
} from '../shared/errors/index.js';
import type { AttachmentMediaType, MultipartBody, UploadLimits } from './attachments.model.js';
import { sanitizeFileName } from './file-names.js';

/** The file part of an upload, while its bytes are still arriving. */
export interface IncomingFile {
  fileName: string;
  mediaType: AttachmentMediaType;
  /** Fails with a 413 error as soon as the size limit is passed. */
  stream: Readable;
}

/** The multipart field that carries the file, as the spec's AttachmentUpload schema names it. */
const FILE_FIELD = 'file';

/**
 * Reads a `multipart/form-data` body with busboy and hands its `file` part to
 * `consume` as a stream, so the bytes go straight to storage without being
 * buffered. Limits are enforced while streaming: a disallowed media type is
 * refused (415) before any byte is read, and the stream fails (413) the moment
 * it passes `maxBytes`, which makes `consume` abort and clean up. A
 * rejection always comes after `consume` has settled, so whatever it stored
 * is known to the caller by then.
 */
export function receiveUpload<T>(
  body: MultipartBody,
  limits: UploadLimits,
  consume: (file: IncomingFile) => Promise<T>,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let parser: busboy.Busboy;
    try {
      parser = busboy({
        headers: { 'content-type': body.contentType },
        // Browsers send non-ASCII file names as raw UTF-8 (WHATWG HTML multipart encoding), not latin1.
        defParamCharset: 'utf8',
        // busboy reports "limit" once a file REACHES fileSize, so one byte of headroom lets a file of exactly
        // maxBytes through; the event then means "larger than maxBytes".
        limits: { fileSize: limits.maxBytes + 1, files: 1, fields: 1 },
      });
    } catch {
      reject(new BadRequestError('The body is not valid multipart/form-data (is the boundary missing?).'));
      return;
    }
    let settled = false;
    let consuming: Promise<T> | undefined;
    let fileStream: Readable | undefined;
    // An IncomingMessage in practice: it says whether the client aborted or the body ended.
    const request = body.stream as NodeJS.ReadableStream & {
      readableAborted?: boolean;
      readableEnded?: boolean;
    };
    const interrupted = () => new BadRequestError('The upload was interrupted before the body was complete.');
    const fail = (cause: Error) => {
      if (settled) return;
      settled = true;
      // A client that went away mid-upload made whatever failed downstream fail: that is its doing, not a 500.
      const error = request.readableAborted ? interrupted() : cause;
      // A consumer still writing the file must stop (and clean up) rather than wait for bytes that never come.
      if (fileStream && !fileStream.readableEnded) fileStream.destroy(error);
      body.stream.unpipe(parser);
      // Let the rest of the request body drain so the error response can be sent.
      body.stream.resume();
      // A consumer still storing a file it read to the end (a second part arrived after it) finishes first:
      // rejecting earlier would let the caller clean up before those bytes land, and leave them behind.
      if (consuming)
        consuming.then(
          () => reject(error),
          () => reject(error),
        );
      else reject(error);
    };

    parser.on('file', (field, stream, info) => {
      if (field !== FILE_FIELD) {
        stream.resume();
        fail(
          new ValidationError(422, [
            {
              path: `/${field}`,
              message: 'is not a part this upload takes (send only file)',
              code: 'unknown_part',
            },
          ]),
        );
        return;
      }
      const mediaType = limits.allowedMediaTypes.find((allowed) => allowed === info.mimeType);
      if (mediaType === undefined) {
        stream.resume();
        fail(
          new UnsupportedMediaTypeError(
            `Files of type ${info.mimeType} are not accepted; allowed: ${limits.allowedMediaTypes.join(', ')}.`,
          ),
        );
        return;
      }
      // The consumer may attach its own listeners later (after async set-up); until then the error
      // must not go unhandled. It is still seen by the consumer: a destroyed stream keeps its error.
      stream.on('error', () => {});
      stream.on('limit', () => {
        stream.destroy(new PayloadTooLargeError(`The file is larger than ${limits.maxBytes} bytes.`));
      });
      fileStream = stream;
      consuming = consume({ fileName: sanitizeFileName(info.filename), mediaType, stream });
      consuming.catch(fail);
    });
    parser.on('field', (field) =>
      fail(
        new ValidationError(422, [
          {
            path: `/${field}`,
            message: 'is not a part this upload takes (send only file)',
            code: 'unknown_part',
          },
        ]),
      ),
    );
    parser.on('filesLimit', () => fail(new ValidationError(422, [tooManyParts])));
    parser.on('error', () => fail(new BadRequestError('The multipart body is malformed.')));
    parser.on('close', () => {
      if (settled) return;
      if (!consuming) {
        fail(new ValidationError(422, [{ path: '/file', message: 'is required', code: 'required' }]));
        return;
      }
      consuming.then((value) => {
        if (settled) return;
        settled = true;
        resolve(value);
      }, fail);
    });
    // The client gave up mid-body: the parser would wait for bytes that never come.
    body.stream.once('aborted', () => fail(interrupted()));
    body.stream.once('close', () => {
      if (!request.readableEnded) fail(interrupted());
    });
    body.stream.pipe(parser);
  });
}

const tooManyParts = { path: '', message: 'must have exactly one part, named file', code: 'too_many_parts' };
