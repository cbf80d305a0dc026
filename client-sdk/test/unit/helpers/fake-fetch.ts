/** An injected `fetch` that answers from a handler and records what it was sent. */

export interface RecordedRequest {
  method: string;
  url: URL;
  headers: Headers;
  body: string;
  credentials: RequestCredentials;
}

export type Handler = (request: Request, index: number) => Response | Promise<Response>;

export function fakeFetch(handler: Handler) {
  const requests: RecordedRequest[] = [];
  const fetch = async (request: Request): Promise<Response> => {
    const index = requests.length;
    requests.push({
      method: request.method,
      url: new URL(request.url),
      headers: new Headers(request.headers),
      body: request.body ? await request.clone().text() : '',
      credentials: request.credentials,
    });
    return handler(request, index);
  };
  return { fetch, requests };
}

export function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  const type = status >= 400 ? 'application/problem+json' : 'application/json';
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': type, ...headers } });
}

export function problem(
  status: number,
  extra: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Response {
  return json(status, { type: 'about:blank', title: `Status ${status}`, status, ...extra }, headers);
}

export const task = {
  id: '5d1e9f3a-7b2c-4c8d-9e0f-1a2b3c4d5e6f',
  projectId: '0b7f2c1e-4d3a-4e8b-9a61-2f5c8d9e1a47',
  title: 'Write',
  description: null,
  status: 'todo',
  priority: 'medium',
  assigneeId: null,
  dueDate: null,
  estimateHours: null,
  labels: [],
  createdBy: '8f14e45f-ceea-4f67-a9a4-3b1f2c5d7e90',
  createdAt: '2026-11-25T09:00:00Z',
  updatedAt: '2026-11-25T09:00:00Z',
  version: 1,
};

export const session = (token: string) => ({
  accessToken: token,
  tokenType: 'Bearer',
  expiresIn: 900,
  user: {
    id: 'u1',
    email: 'ada@example.com',
    displayName: 'Ada',
    avatarUrl: null,
    createdAt: '2026-11-25T09:00:00Z',
  },
});

/** Fast retries for tests: no real waiting. */
export const fastRetry = { baseDelayMs: 1, maxDelayMs: 2 };
