import { request } from 'node:http';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiClient, expectProblem } from '../features/http/client.js';
import { startTestServer, type TestServer } from '../helpers/test-server.js';

/* Requests that once answered 500, the wrong status or no problem document: each now gets the documented error. */

const BODY_LIMIT = 2048;
const UPLOAD_LIMIT = 4096;

describe('malformed requests', () => {
  let server: TestServer;
  let api: ReturnType<typeof apiClient>;
  let ada: Awaited<ReturnType<ReturnType<typeof apiClient>['signUp']>>;
  let projectId: string;
  beforeAll(async () => {
    server = await startTestServer({
      env: { BODY_LIMIT_BYTES: String(BODY_LIMIT), UPLOAD_MAX_BYTES: String(UPLOAD_LIMIT) },
    });
    api = apiClient(server.baseUrl);
    ada = await api.signUp('ada');
    projectId = (await api.call('POST', '/projects', { token: ada.token, body: { name: 'Faults' } })).json.id;
  });
  afterAll(() => server.close());

  /** Sends raw bytes as a JSON body. */
  const sendBytes = (path: string, bytes: Buffer) =>
    fetch(`${server.baseUrl}${path}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${ada.token}`, 'content-type': 'application/json' },
      body: new Uint8Array(bytes),
    });

  it('when a path parameter has bad percent-encoding, then 400 problem+json, not 500', async () => {
    const result = await api.call('GET', '/projects/%ff', { token: ada.token });
    expectProblem(result, 400);
  });

  it('when a JSON body is not valid UTF-8, then 400 and nothing is stored', async () => {
    const bytes = Buffer.concat([Buffer.from('{"title":"caf'), Buffer.from([0xe9]), Buffer.from('"}')]);
    const response = await sendBytes(`/projects/${projectId}/tasks`, bytes);
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    expect((await response.json()).errors).toEqual([
      expect.objectContaining({ path: '/body', code: 'invalid_encoding' }),
    ]);
    const list = await api.call('GET', `/projects/${projectId}/tasks`, { token: ada.token });
    expect(list.json.items).toEqual([]);
  });

  it('when a text field holds U+0000, then 422 naming the field (PostgreSQL cannot store it), not 500', async () => {
    const result = await api.call('POST', `/projects/${projectId}/tasks`, {
      token: ada.token,
      body: { title: 'nul\u0000byte', labels: ['ok', 'bad\u0000'] },
    });
    expectProblem(result, 422);
    expect(result.json.errors.map((error: { path: string }) => error.path).sort()).toEqual([
      '/body/labels/1',
      '/body/title',
    ]);
  });

  it('when a JSON body is exactly the limit, then it is read; one byte more is 413', async () => {
    const padded = (size: number) => {
      const base = JSON.stringify({ name: 'x', description: '' });
      return Buffer.from(JSON.stringify({ name: 'x', description: ' '.repeat(size - base.length) }));
    };
    expect(padded(BODY_LIMIT).length).toBe(BODY_LIMIT);
    // The schema caps descriptions, so the exact-limit body is read and then judged by the schema (not 413).
    expect((await sendBytes('/projects', padded(BODY_LIMIT))).status).not.toBe(413);
    const over = await sendBytes('/projects', padded(BODY_LIMIT + 1));
    expect(over.status).toBe(413);
    expect(over.headers.get('content-type')).toBe('application/problem+json');
  });

  it('when a request header is too large for the HTTP parser, then 431 problem+json', async () => {
    const { status, type, body } = await rawRequest(server.baseUrl, { 'x-big': 'a'.repeat(20_000) });
    expect(status).toBe(431);
    expect(type).toBe('application/problem+json');
    expect(JSON.parse(body)).toMatchObject({
      status: 431,
      type: expect.any(String),
      title: expect.any(String),
    });
  });

  it('when the request is not HTTP at all, then 400 problem+json and the connection closes', async () => {
    const reply = await rawBytes(server.baseUrl, 'NONSENSE\r\n\r\n');
    expect(reply).toMatch(/^HTTP\/1\.1 400 /);
    expect(reply).toMatch(/content-type: application\/problem\+json/i);
    expect(JSON.parse(reply.slice(reply.indexOf('\r\n\r\n') + 4))).toMatchObject({ status: 400 });
  });
});

/** Writes raw bytes to the server and reads everything it answers until it closes. */
function rawBytes(baseUrl: string, bytes: string): Promise<string> {
  const { hostname, port } = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => socket.write(bytes));
    let reply = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk) => {
      reply += chunk;
    });
    socket.on('end', () => resolve(reply));
    socket.on('error', reject);
  });
}

/** A GET with the given headers through node:http, which (unlike fetch) sends what it is told. */
function rawRequest(
  baseUrl: string,
  headers: Record<string, string>,
): Promise<{ status: number; type: string | undefined; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(`${baseUrl}/health`, { headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => {
        body += chunk;
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, type: res.headers['content-type'], body }));
    });
    req.on('error', reject);
    req.end();
  });
}
