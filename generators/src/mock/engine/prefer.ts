/** A `Prefer` value the mock cannot honour: answered with the documented 400 rather than silently ignored. */
export class PreferError extends Error {}

/** Per-request choices from `Prefer` (RFC 7240, as Prism defines the preferences). */
export interface Preferences {
  code?: number;
  exampleKey?: string;
  dynamic?: boolean;
  seed?: string;
}

/** Reads `Prefer: code=404, example=notFound, dynamic=true, seed=7`. */
export function parsePrefer(header: string | undefined): Preferences {
  const settings: Preferences = {};
  if (header === undefined) return settings;
  for (const part of header.split(/[,;]/)) {
    const [rawKey, ...rawValue] = part.split('=');
    const key = rawKey?.trim().toLowerCase();
    const value = rawValue
      .join('=')
      .trim()
      .replace(/^"(.*)"$/, '$1');
    if (!key) continue;
    if (key === 'code') {
      if (!/^\d{3}$/.test(value))
        throw new PreferError(`Prefer code must be a 3-digit status, got "${value}".`);
      settings.code = Number(value);
    } else if (key === 'example') {
      settings.exampleKey = value;
    } else if (key === 'dynamic') {
      if (value !== 'true' && value !== 'false')
        throw new PreferError(`Prefer dynamic must be true or false, got "${value}".`);
      settings.dynamic = value === 'true';
    } else if (key === 'seed') {
      settings.seed = value;
    }
  }
  return settings;
}
