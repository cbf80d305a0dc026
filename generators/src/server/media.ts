/**
 * How the router treats each documented media type: what it parses from a
 * request and how it sends a response body.
 */
import type { JsonSchema } from '../model/types.js';

export type RequestBodyKind = 'json' | 'form' | 'text' | 'stream';
export type ResponseBodyKind = 'json' | 'sse' | 'binary' | 'text';

function essence(mediaType: string): string {
  return (mediaType.split(';')[0] ?? '').trim().toLowerCase();
}

/** `application/json`, `application/problem+json`, `application/vnd.x+json`, `application/json; charset=utf-8`. */
export function isJsonMediaType(mediaType: string): boolean {
  const type = essence(mediaType);
  return type === 'application/json' || type.endsWith('+json') || type === '*/*';
}

/** A string schema whose value is raw bytes (OAS 3.0 `format: binary`, OAS 3.1 `contentMediaType`/`contentEncoding`). */
export function isBinarySchema(schema: JsonSchema | undefined): boolean {
  if (schema === undefined || typeof schema === 'boolean') return false;
  if (schema.format === 'binary') return true;
  return schema.contentMediaType !== undefined || schema.contentEncoding === 'binary';
}

const TEXTUAL = new Set([
  'application/xml',
  'application/javascript',
  'application/x-www-form-urlencoded',
  'application/yaml',
]);

function isTextual(type: string): boolean {
  return type.startsWith('text/') || TEXTUAL.has(type) || type.endsWith('+xml');
}

/** JSON, form and text bodies are parsed and validated; multipart and binary bodies reach the handler unread. */
export function requestBodyKind(mediaType: string, schema: JsonSchema | undefined): RequestBodyKind {
  const type = essence(mediaType);
  if (type.startsWith('multipart/')) return 'stream';
  if (type === 'application/x-www-form-urlencoded') return 'form';
  if (isBinarySchema(schema)) return 'stream';
  if (isJsonMediaType(type)) return 'json';
  if (isTextual(type)) return 'text';
  return 'stream';
}

/** SSE streams, JSON documents, text, and everything else as bytes. */
export function responseBodyKind(mediaType: string, schema: JsonSchema | undefined): ResponseBodyKind {
  const type = essence(mediaType);
  if (type === 'text/event-stream') return 'sse';
  if (isBinarySchema(schema)) return 'binary';
  if (isJsonMediaType(type)) return 'json';
  if (isTextual(type)) return 'text';
  return 'binary';
}
