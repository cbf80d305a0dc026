import type { MediaTypeModel } from '../../model/types.js';

/** The media type without parameters, lower case: `application/json; charset=utf-8` -> `application/json`. */
export function essence(mediaType: string | undefined): string {
  return (mediaType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
}

/** Whether a media type carries JSON (`application/json`, `application/problem+json`, `*\/*` is served as JSON). */
export function isJson(mediaType: string): boolean {
  const base = essence(mediaType);
  return base === 'application/json' || base.endsWith('+json') || base === '*/*' || base === 'application/*';
}

/** Whether a concrete media type is covered by a documented one, which may be a range (`image/*`, `*\/*`). */
export function covers(documented: string, actual: string): boolean {
  const range = essence(documented);
  const concrete = essence(actual);
  if (range === '*/*' || range === concrete) return true;
  if (range.endsWith('/*')) return concrete.startsWith(range.slice(0, -1));
  return false;
}

/**
 * The documented media type to answer with, by the request's Accept header
 * (RFC 9110 §12.5.1, q=0 excluded); JSON first when the client accepts
 * anything. Undefined when the client accepts none of them.
 */
export function negotiate(content: MediaTypeModel[], accept: string | undefined): MediaTypeModel | undefined {
  if (content.length === 0) return undefined;
  const ranked = [...content].sort((a, b) => rank(a.mediaType) - rank(b.mediaType));
  if (accept === undefined || accept.trim() === '') return ranked[0];
  const ranges = accept
    .split(',')
    .map((part) => {
      const [type, ...params] = part.split(';');
      const q = params.map((param) => /^\s*q=([\d.]+)/.exec(param)?.[1]).find((value) => value !== undefined);
      return { type: essence(type), q: q === undefined ? 1 : Number(q) };
    })
    .filter((range) => range.type !== '' && range.q > 0)
    .sort((a, b) => b.q - a.q);
  for (const range of ranges) {
    const found = ranked.find(
      (media) => covers(range.type, media.mediaType) || covers(media.mediaType, range.type),
    );
    if (found) return found;
  }
  return undefined;
}

function rank(mediaType: string): number {
  const base = essence(mediaType);
  if (base === 'application/json') return 0;
  if (base.endsWith('+json')) return 1;
  if (isJson(base)) return 2;
  return 3;
}
