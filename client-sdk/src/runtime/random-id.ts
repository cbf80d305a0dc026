/**
 * Random ids (request ids, idempotency keys) that work in every context.
 * `crypto.randomUUID` exists only in secure contexts (HTTPS and localhost), so
 * a page served over plain HTTP from a LAN address (`vite --host`) lacks it;
 * `crypto.getRandomValues` is available everywhere and makes the same RFC 9562
 * version-4 UUID.
 */

/** Minimal view of Web Crypto; both members are optional because browsers differ by context. */
export interface RandomSource {
  randomUUID?: () => string;
  getRandomValues?: (array: Uint8Array<ArrayBuffer>) => unknown;
}

/** A version-4 UUID from `source` (default `globalThis.crypto`), without needing a secure context. */
export function randomId(source: RandomSource | undefined = globalThis.crypto): string {
  if (typeof source?.randomUUID === 'function') return source.randomUUID();
  const bytes = new Uint8Array(16);
  if (typeof source?.getRandomValues === 'function') source.getRandomValues(bytes);
  else for (let index = 0; index < bytes.length; index++) bytes[index] = Math.floor(Math.random() * 256);
  // RFC 9562 §5.4: version 4 in the high nibble of byte 6, variant 10xx in byte 8.
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
