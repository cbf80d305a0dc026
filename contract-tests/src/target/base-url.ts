import type { SpecModel } from '../specloom.js';

/** Where requests go: the base URL given, joined with the path prefix the spec declares. */
export interface ResolvedBaseUrl {
  baseUrl: string;
  /** Set when the spec's path prefix was appended: a line for the report. */
  note?: string;
}

/**
 * OAS 3.x §4.8.5 / Swagger 2.0 `basePath`: every path is relative to the
 * server URL, so `/status` of a spec served under `/api/v2` lives at
 * `/api/v2/status`. The path part of `servers[0].url` (variables replaced by
 * their defaults) is appended to `--base-url` unless the base URL already
 * ends with it; hosts in the spec's server URL are ignored, the user's base
 * URL says where the server runs.
 */
export function resolveBaseUrl(spec: SpecModel, baseUrl: string): ResolvedBaseUrl {
  const declared = spec.servers[0]?.url;
  if (!declared) return { baseUrl };
  const prefix = trimSlashes(serverPath(substituteVariables(declared, spec)));
  if (prefix === '') return { baseUrl };
  const given = new URL(baseUrl);
  const givenPath = trimSlashes(given.pathname);
  if (givenPath === prefix || givenPath.endsWith(`/${prefix}`)) return { baseUrl };
  given.pathname = `/${[givenPath, prefix].filter(Boolean).join('/')}`;
  const joined = given.toString().replace(/\/$/, '');
  return {
    baseUrl: joined,
    note: `requests go to ${joined}: the spec's server URL "${declared}" puts every path under /${prefix} (give --base-url with that path to override)`,
  };
}

function serverPath(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    // A relative server URL (`/api/v2`, `v1`) is a path.
    return url.split(/[?#]/)[0] ?? '';
  }
}

function substituteVariables(url: string, spec: SpecModel): string {
  const servers = (spec.document.servers ?? []) as { variables?: Record<string, { default?: unknown }> }[];
  const variables = servers[0]?.variables ?? {};
  return url.replace(/\{([^}]+)\}/g, (_match, name: string) => String(variables[name]?.default ?? ''));
}

function trimSlashes(path: string): string {
  return path.replace(/^\/+|\/+$/g, '');
}
