import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';

/** A thin HTTP client for the feature tests: JSON in and out, bearer token when given. */
export function apiClient(baseUrl: string) {
  async function call(
    method: string,
    path: string,
    options: { token?: string; body?: unknown; headers?: Record<string, string> } = {},
  ) {
    const headers: Record<string, string> = { ...options.headers };
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    let body: BodyInit | undefined;
    if (options.body instanceof FormData) body = options.body;
    else if (options.body !== undefined) {
      headers['content-type'] ??= 'application/json';
      body = typeof options.body === 'string' ? options.body : JSON.stringify(options.body);
    }
    const response = await fetch(baseUrl + path, { method, headers, body });
    const type = response.headers.get('content-type') ?? '';
    const json = type.includes('json') ? await response.json() : undefined;
    return { status: response.status, headers: response.headers, json, response };
  }

  /** Registers a fresh user; returns their id, access token and refresh-token cookie. */
  async function signUp(name = 'user') {
    const email = `${name}-${randomUUID()}@example.com`;
    const result = await call('POST', '/auth/register', {
      body: { email, password: 'correct-horse-battery-staple', displayName: name },
    });
    expect(result.status).toBe(201);
    return {
      id: result.json.user.id as string,
      email,
      token: result.json.accessToken as string,
      refreshCookie: cookieValue(result.headers),
    };
  }

  return { call, signUp };
}

/** The `refresh_token=<value>` pair of a response's Set-Cookie, ready for a Cookie header. */
export function cookieValue(headers: Headers): string {
  const cookie = headers.get('set-cookie') ?? '';
  const pair = cookie.split(';')[0] ?? '';
  return pair;
}

/** Asserts an RFC 9457 problem response with this status. */
export function expectProblem(result: { status: number; headers: Headers; json: unknown }, status: number) {
  expect(result.status).toBe(status);
  expect(result.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  expect(result.json).toMatchObject({ status, type: expect.any(String), title: expect.any(String) });
}
