import type { Random } from './random.js';

/**
 * Formats that put a number or bytes inside a JSON string, as protobuf's JSON
 * mapping (and so grpc-gateway) does: 64-bit integers are strings because
 * JSON numbers lose precision past 2^53, `bytes` are base64. On `type:
 * string` these formats say what the text must be; a value that does not
 * parse as one is refused by such servers before anything else runs.
 */
export const STRING_ENCODED_FORMATS: Record<string, (random: Random) => string> = {
  int32: (random) => String(random.int(-1000, 1000)),
  uint32: (random) => String(random.int(0, 100000)),
  int64: (random) => String(random.int(-1_000_000, 1_000_000)),
  uint64: (random) => String(random.int(0, 1_000_000)),
  sint32: (random) => String(random.int(-1000, 1000)),
  sint64: (random) => String(random.int(-1_000_000, 1_000_000)),
  fixed32: (random) => String(random.int(0, 100000)),
  fixed64: (random) => String(random.int(0, 1_000_000)),
  integer: (random) => String(random.int(-1000, 1000)),
  double: (random) => (random.int(-100000, 100000) / 100).toFixed(2),
  float: (random) => (random.int(-10000, 10000) / 100).toFixed(2),
  decimal: (random) => (random.int(-100000, 100000) / 100).toFixed(2),
  number: (random) => (random.int(-100000, 100000) / 100).toFixed(2),
  // btoa, not Buffer: sampling also runs in the browser (the msw target). The text is ASCII.
  base64: (random) => btoa(`sample-${random.int(1, 99999)}`),
  base64url: (random) =>
    btoa(`sample-${random.int(1, 99999)}`)
      .replace(/\+/g, '-')
      .replace(/\//g, '_')
      .replace(/=+$/, ''),
};

/** Text that none of these formats accepts. */
export const STRING_ENCODED_VIOLATIONS: Record<string, string> = Object.fromEntries(
  Object.keys(STRING_ENCODED_FORMATS).map((format) => [
    format,
    format.startsWith('base64') ? '***not base64***' : 'not-a-number',
  ]),
);
