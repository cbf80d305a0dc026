import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as runtime from '../../src/generated/server/runtime.js';
import {
  ConflictError,
  MethodNotAllowedError,
  NotFoundError,
  PROBLEM_TYPE_BASE,
  RateLimitedError,
  ValidationError,
} from '../../src/shared/errors/index.js';
import { startTestServer, type TestServer } from '../helpers/test-server.js';

/*
 * The global error handler, driven through routes that fail in controlled
 * ways: every failure must leave as the spec's problem+json, never a stack.
 */

/** A generated-runtime error as the router passes it on: `status` is the one the operation documents. */
function answeredAs<T extends runtime.RouterError>(error: T, status: number): T {
  error.status = status;
  return error;
}

const failures = express.Router();
failures.get('/__test/conflict', () => {
  throw new ConflictError('A project with this name already exists.');
});
failures.get('/__test/not-found', () => {
  throw new NotFoundError();
});
failures.get('/__test/validation', () => {
  throw new ValidationError(422, [
    { path: '/title', message: 'is required', code: 'required' },
    { path: '/priority', message: 'must be one of: low, medium, high, urgent', code: 'invalid_value' },
  ]);
});
failures.get('/__test/rate-limited', () => {
  throw new RateLimitedError(12.2);
});
failures.get('/__test/method', () => {
  throw new MethodNotAllowedError(['GET', 'POST']);
});
failures.get('/__test/bug', () => {
  throw new TypeError('Cannot read properties of undefined (reading "secret-internal-detail")');
});
failures.get('/__test/async-bug', async () => {
  await Promise.resolve();
  throw new Error('database exploded with internal details');
});
failures.get('/__test/runtime-security', () => {
  throw new runtime.SecurityError(['bearerAuth']);
});
failures.get('/__test/runtime-validation', () => {
  throw new runtime.RequestValidationError(400, [
    { path: 'query/limit', message: 'must be at most 100', code: 'too_big' },
  ]);
});
failures.get('/__test/runtime-media-type', () => {
  throw new runtime.UnsupportedMediaTypeError('text/plain', ['application/json']);
});
failures.get('/__test/runtime-media-type-as-400', () => {
  // An operation documenting 400 but not 415: the router answers the documented status.
  throw answeredAs(new runtime.UnsupportedMediaTypeError('text/plain', ['application/json']), 400);
});
failures.get('/__test/runtime-not-acceptable-as-400', () => {
  throw answeredAs(new runtime.NotAcceptableError('text/html', ['application/json']), 400);
});
failures.get('/__test/runtime-body-as-400', () => {
  throw answeredAs(new runtime.RequestValidationError(422, []), 400);
});
failures.get('/__test/runtime-method', () => {
  throw new runtime.MethodNotAllowedError(['GET', 'DELETE']);
});
// A media type the server's own JSON reader leaves alone, so body-parser's errors reach the handler.
failures.post('/__test/json', express.json({ limit: 64, type: 'text/x-test-json' }), (req, res) => {
  res.json({ received: req.body });
});

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ extraRoutes: failures });
});
afterAll(async () => {
  await server?.close();
});

async function problem(path: string, init?: RequestInit) {
  const response = await fetch(server.baseUrl + path, init);
  expect(response.headers.get('content-type')).toBe('application/problem+json');
  const body = (await response.json()) as Record<string, unknown>;
  return { response, body };
}

describe('problem+json error handler', () => {
  it.each([
    ['/__test/conflict', 409, 'conflict', 'Conflict'],
    ['/__test/not-found', 404, 'not-found', 'Not found'],
    ['/__test/validation', 422, 'validation-failed', 'Validation failed'],
    ['/__test/rate-limited', 429, 'rate-limited', 'Too many requests'],
    ['/__test/method', 405, 'method-not-allowed', 'Method not allowed'],
    ['/__test/runtime-security', 401, 'unauthorized', 'Authentication required'],
    ['/__test/runtime-validation', 400, 'validation-failed', 'Validation failed'],
    ['/__test/runtime-media-type', 415, 'unsupported-media-type', 'Unsupported media type'],
    ['/__test/runtime-media-type-as-400', 400, 'bad-request', 'Bad request'],
    ['/__test/runtime-not-acceptable-as-400', 400, 'bad-request', 'Bad request'],
    ['/__test/runtime-body-as-400', 400, 'validation-failed', 'Validation failed'],
    ['/__test/runtime-method', 405, 'method-not-allowed', 'Method not allowed'],
  ])('when a route fails with %s, then it answers %i problem+json of that type', async (path, status, type, title) => {
    const { response, body } = await problem(path);
    expect(response.status).toBe(status);
    expect(body).toMatchObject({ type: PROBLEM_TYPE_BASE + type, title, status, instance: path });
    expect(body.request_id).toBe(response.headers.get('x-request-id'));
  });

  it('when validation fails, then every failing field is listed', async () => {
    const { body } = await problem('/__test/validation');
    expect(body.errors).toEqual([
      { path: '/title', message: 'is required', code: 'required' },
      { path: '/priority', message: 'must be one of: low, medium, high, urgent', code: 'invalid_value' },
    ]);
    expect(body.detail).toBe(
      '2 fields are not valid: title: is required; priority: must be one of: low, medium, high, urgent.',
    );
  });

  it.each([
    ['/__test/rate-limited', 'retry-after', '13'],
    ['/__test/method', 'allow', 'GET, POST'],
    ['/__test/runtime-method', 'allow', 'GET, DELETE'],
    ['/__test/runtime-security', 'www-authenticate', 'Bearer'],
  ])('when %s fails, then the response carries its %s header', async (path, header, value) => {
    const { response } = await problem(path);
    expect(response.headers.get(header)).toBe(value);
  });

  it.each([
    '/__test/bug',
    '/__test/async-bug',
  ])('when %s throws an unexpected error, then 500 without details and the stack is logged', async (path) => {
    const { response, body } = await problem(path);
    expect(response.status).toBe(500);
    expect(body).toEqual({
      type: `${PROBLEM_TYPE_BASE}internal`,
      title: 'Internal server error',
      status: 500,
      instance: path,
      request_id: response.headers.get('x-request-id'),
    });
    expect(JSON.stringify(body)).not.toMatch(/internal details|secret-internal-detail|at /);
    const logged = server.logs.where({ msg: 'request failed', request_id: body.request_id });
    expect(logged).toHaveLength(1);
    expect(JSON.stringify(logged[0])).toMatch(/"stack":"(TypeError|Error): /);
  });

  it('when the JSON body is malformed, then 400 with an error on the whole body', async () => {
    const { response, body } = await problem('/__test/json', {
      method: 'POST',
      headers: { 'content-type': 'text/x-test-json' },
      body: '{"title": ',
    });
    expect(response.status).toBe(400);
    expect(body.errors).toEqual([{ path: '', message: 'is not valid JSON', code: 'malformed_json' }]);
  });

  it('when the JSON body is larger than the limit, then 413', async () => {
    const { response, body } = await problem('/__test/json', {
      method: 'POST',
      headers: { 'content-type': 'text/x-test-json' },
      body: JSON.stringify({ text: 'x'.repeat(500) }),
    });
    expect(response.status).toBe(413);
    expect(body.type).toBe(`${PROBLEM_TYPE_BASE}payload-too-large`);
  });

  it('when no route matches, then 404 problem+json naming the path', async () => {
    const { response, body } = await problem('/no/such/thing?x=1');
    expect(response.status).toBe(404);
    expect(body).toMatchObject({
      status: 404,
      instance: '/no/such/thing',
      detail: 'No resource at /no/such/thing.',
    });
  });
});
