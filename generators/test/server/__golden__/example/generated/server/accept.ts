/**
 * Proactive negotiation (RFC 9110 §12.5.1): whether a request's `Accept`
 * header admits any media type the operation answers a success with.
 */
import type { ResponseDescriptor } from './descriptors.js';

/** `type/subtype` in lower case, without parameters. */
function essence(mediaType: string): string {
  return (mediaType.split(';')[0] ?? '').trim().toLowerCase();
}

/** The ranges of an `Accept` header a client accepts (q > 0). */
function acceptedRanges(accept: string): string[] {
  return accept
    .split(',')
    .map((part) => {
      const [range = '', ...parameters] = part.split(';');
      const q = parameters
        .map((parameter) => parameter.trim().toLowerCase())
        .find((parameter) => parameter.startsWith('q='));
      return { range: range.trim().toLowerCase(), q: q === undefined ? 1 : Number(q.slice(2)) };
    })
    .filter((entry) => entry.range !== '' && !(entry.q <= 0))
    .map((entry) => entry.range);
}

/** Whether two media ranges overlap (`*` on either side matches anything in its place). */
function overlaps(range: string, mediaType: string): boolean {
  const [rangeType = '', rangeSub = ''] = range.split('/');
  const [type = '', sub = ''] = essence(mediaType).split('/');
  const typeMatches = rangeType === '*' || type === '*' || rangeType === type;
  const subMatches = rangeSub === '*' || sub === '*' || rangeSub === sub;
  return typeMatches && subMatches;
}

/**
 * The success media types the request does not accept, or undefined when the
 * request can be answered: no `Accept`, a success without a body, or a match.
 */
export function unacceptable(
  accept: string | undefined,
  responses: readonly ResponseDescriptor[],
): string[] | undefined {
  if (accept === undefined || accept.trim() === '') return undefined;
  const successes = responses.filter((response) => /^2(\d\d|XX)$/i.test(response.status));
  // A success without content needs no representation, so any Accept is fine (e.g. 204).
  if (successes.length === 0 || successes.some((response) => response.media.length === 0)) return undefined;
  const available = [
    ...new Set(successes.flatMap((response) => response.media.map((entry) => entry.mediaType))),
  ];
  const ranges = acceptedRanges(accept);
  return available.some((mediaType) => ranges.some((range) => overlaps(range, mediaType)))
    ? undefined
    : available;
}
