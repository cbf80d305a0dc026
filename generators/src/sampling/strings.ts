import RandExp from 'randexp';
import type { JsonSchemaObject } from '../model/types.js';
import type { Random } from './random.js';
import { STRING_ENCODED_FORMATS, STRING_ENCODED_VIOLATIONS } from './string-encoded-formats.js';

/**
 * Values for the string formats of JSON Schema 2020-12 §7.3 and the OpenAPI
 * format registry. Each is valid for the format as ajv-formats checks it.
 */
const FORMAT_SAMPLES: Record<string, (random: Random) => string> = {
  'date-time': (random) =>
    new Date(
      Date.UTC(
        2024,
        random.int(0, 11),
        random.int(1, 28),
        random.int(0, 23),
        random.int(0, 59),
        random.int(0, 59),
      ),
    ).toISOString(),
  date: (random) => `2024-${pad(random.int(1, 12))}-${pad(random.int(1, 28))}`,
  time: (random) => `${pad(random.int(0, 23))}:${pad(random.int(0, 59))}:${pad(random.int(0, 59))}Z`,
  duration: (random) => `P${random.int(1, 30)}D`,
  email: (random) => `user${random.int(1000, 999999)}@example.com`,
  'idn-email': (random) => `user${random.int(1000, 999999)}@example.com`,
  hostname: (random) => `host${random.int(1, 9999)}.example.com`,
  'idn-hostname': (random) => `host${random.int(1, 9999)}.example.com`,
  ipv4: (random) => `192.0.2.${random.int(1, 254)}`,
  ipv6: (random) => `2001:db8::${random.int(1, 0xffff).toString(16)}`,
  uri: (random) => `https://example.com/resource/${random.int(1, 99999)}`,
  url: (random) => `https://example.com/resource/${random.int(1, 99999)}`,
  iri: (random) => `https://example.com/resource/${random.int(1, 99999)}`,
  'uri-reference': (random) => `/resource/${random.int(1, 99999)}`,
  'iri-reference': (random) => `/resource/${random.int(1, 99999)}`,
  'uri-template': () => 'https://example.com/{id}',
  uuid: (random) => uuid(random),
  'json-pointer': () => '/a/b',
  'relative-json-pointer': () => '0/a',
  regex: () => '^[a-z]+$',
  byte: (random) => btoa(`sample-${random.int(1, 99999)}`),
  binary: (random) => `binary-content-${random.int(1, 99999)}`,
  password: (random) => `Pa55-word-${random.int(100000, 999999)}`,
  ...STRING_ENCODED_FORMATS,
};

/** Formats this module can generate (and whose violations are therefore meaningful). */
export const KNOWN_STRING_FORMATS = new Set(Object.keys(FORMAT_SAMPLES));

/** A string satisfying the schema's format, pattern and length bounds (best effort when they conflict). */
export function sampleString(schema: JsonSchemaObject, random: Random): string {
  const minLength = schema.minLength ?? 0;
  // A pattern bounds its own strings: an ARN or URL pattern rarely fits the 24 of plain text.
  const open = schema.format !== undefined || schema.pattern !== undefined ? 256 : 24;
  const maxLength = schema.maxLength ?? Math.max(minLength, open);
  const format = schema.format === undefined ? undefined : FORMAT_SAMPLES[schema.format];
  if (format && schema.pattern === undefined) {
    const value = format(random);
    if (value.length >= minLength && value.length <= maxLength) return value;
  }
  if (schema.pattern !== undefined) {
    const fromPattern = samplePattern(schema.pattern, random, minLength, maxLength);
    if (fromPattern !== undefined) return fromPattern;
  }
  const length = Math.min(maxLength, Math.max(minLength, Math.min(8 + random.int(0, 4), maxLength)));
  return letters(random, length);
}

/**
 * A string matching `pattern`. ECMA-262 regular expressions are what OAS 3.1
 * patterns use (JSON Schema 2020-12 §6.3.3), and `pattern` is unanchored, so a
 * generated match is checked with the real RegExp before it is returned.
 */
export function samplePattern(
  pattern: string,
  random: Random,
  minLength = 0,
  maxLength = 64,
): string | undefined {
  let regex: RegExp;
  try {
    regex = new RegExp(pattern, 'u');
  } catch {
    return undefined;
  }
  let generator: RandExp;
  try {
    generator = new RandExp(boundedQuantifiers(pattern, maxLength));
  } catch {
    return undefined;
  }
  generator.randInt = (from, to) => random.int(from, to);
  generator.max = Math.max(1, Math.min(8, maxLength));
  for (let attempt = 0; attempt < 20; attempt++) {
    const candidate = generator.gen();
    if (candidate.length >= minLength && candidate.length <= maxLength && regex.test(candidate))
      return candidate;
  }
  return undefined;
}

/**
 * The pattern with every wide `{m,n}` cut to `{m,max(m,cap)}`, the cap a
 * share of `maxLength` (at most 64): randexp honours explicit bounds literally, so
 * `\S{1,2000}` under `maxLength: 64` drew strings that never fit, slowly,
 * and an ARN's `{0,1023}` drew kilobytes nobody would type (as `*` and `+`
 * draw at most 8).
 * Only the generator sees the cut pattern; candidates are still checked
 * against the real one.
 */
function boundedQuantifiers(pattern: string, maxLength: number): string {
  const quantifier = /(?<!\\)\{(\d+),(\d*)\}/g;
  const limit = Math.min(maxLength, 64);
  const wide = [...pattern.matchAll(quantifier)].filter(
    (found) => found[2] === '' || Number(found[2]) > 8,
  ).length;
  // Several wide repeats share the length: an ARN's `{0,62}` and `{0,1023}` get 16 each under 64.
  const cap = Math.max(8, Math.floor(limit / Math.max(1, 2 * wide)));
  return pattern.replace(quantifier, (whole, low: string, high: string) => {
    const min = Number(low);
    const max = high === '' ? Infinity : Number(high);
    return max > cap ? `{${min},${Math.max(min, cap)}}` : whole;
  });
}

function letters(random: Random, length: number): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz';
  let text = '';
  for (let index = 0; index < length; index++) text += alphabet[random.int(0, alphabet.length - 1)];
  return text;
}

function uuid(random: Random): string {
  const hex = (count: number) => Array.from({ length: count }, () => random.int(0, 15).toString(16)).join('');
  return `${hex(8)}-${hex(4)}-4${hex(3)}-${(8 + random.int(0, 3)).toString(16)}${hex(3)}-${hex(12)}`;
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/**
 * Strings that break a format as ajv-formats checks it. Formats without an
 * entry (e.g. `password`, `binary`) constrain nothing a validator can check.
 */
export const FORMAT_VIOLATIONS: Record<string, string> = {
  'date-time': 'not-a-date-time',
  date: '2024-13-45',
  time: '25:61:00',
  duration: 'three days',
  email: 'not-an-email',
  'idn-email': 'not-an-email',
  hostname: '-invalid-.host-',
  ipv4: '999.1.1.1',
  ipv6: 'not:an:ipv6',
  uri: 'not a uri',
  url: 'not a url',
  'uri-reference': 'not a\\uri',
  uuid: 'not-a-uuid',
  'json-pointer': 'no-leading-slash',
  regex: '[unclosed',
  byte: '***not base64***',
  ...STRING_ENCODED_VIOLATIONS,
};
