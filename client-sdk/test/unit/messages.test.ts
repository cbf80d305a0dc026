import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  createClient,
  describeFieldErrors,
  fieldName,
  getErrorMessage,
  getFieldErrors,
  NetworkError,
} from '../../src/index.js';
import { fakeFetch, json, problem, task } from './helpers/fake-fetch.js';

const BASE = 'http://api.test';

afterEach(() => {
  vi.unstubAllGlobals();
});

/** The error a call to `tasks.create` gets from `response`. */
async function createFails(response: () => Response): Promise<unknown> {
  const { fetch } = fakeFetch(response);
  const api = createClient({ baseUrl: BASE, fetch, retry: false });
  return api.tasks.create({ projectId: 'p1' }, { title: 'x' }).catch((caught: unknown) => caught);
}

const titleTooLong = {
  path: '/title',
  message: 'must be at most 200 characters',
  code: 'too_big',
};
const badPriority = {
  path: '/priority',
  message: 'must be one of: low, medium, high',
  code: 'invalid_value',
};

describe('getErrorMessage for what users actually hit', () => {
  it('a wrong password shows the server detail, not "session ended"', async () => {
    const onUnauthenticated = vi.fn();
    const { fetch } = fakeFetch(() => problem(401, { detail: 'The email address or password is wrong.' }));
    const api = createClient({ baseUrl: BASE, fetch, auth: { onUnauthenticated } });
    const error = await api.auth
      .login({ email: 'ada@example.com', password: 'not the password' })
      .catch((caught: unknown) => caught);
    expect(getErrorMessage(error)).toBe('The email address or password is wrong.');
    expect(onUnauthenticated).not.toHaveBeenCalled();
  });

  it('a 401 after the refresh failed says the session has ended', async () => {
    const { fetch } = fakeFetch(() =>
      problem(401, { detail: 'The refresh token is missing, expired or revoked.' }),
    );
    const api = createClient({ baseUrl: BASE, fetch });
    api.session.setAccessToken('expired');
    const error = await api.tasks.get({ projectId: 'p1', taskId: 't1' }).catch((caught: unknown) => caught);
    expect(getErrorMessage(error)).toBe('Your session has ended. Please log in again.');
  });

  it('prefers the detail the server wrote', async () => {
    const error = await createFails(() =>
      problem(409, { detail: 'The assignee must be a member of the project.' }),
    );
    expect(getErrorMessage(error)).toBe('The assignee must be a member of the project.');
  });

  it('lets overrides (translations) win over the detail', async () => {
    const error = await createFails(() =>
      problem(409, { detail: 'The assignee must be a member of the project.' }),
    );
    expect(getErrorMessage(error, { 409: 'Conflit' })).toBe('Conflit');
  });

  it.each([
    [
      422,
      'Some fields are not valid. title: must be at most 200 characters; priority: must be one of: low, medium, high',
    ],
    [
      400,
      'The request was not valid. title: must be at most 200 characters; priority: must be one of: low, medium, high',
    ],
  ])('a %i with field errors lists them', async (status, want) => {
    const error = await createFails(() =>
      problem(status, { detail: 'The request is not valid.', errors: [titleTooLong, badPriority] }),
    );
    expect(getErrorMessage(error)).toBe(want);
  });

  it('a CORS refusal (TypeError) while online is not "offline"', async () => {
    vi.stubGlobal('navigator', { onLine: true });
    const error = await createFails(() => {
      throw new TypeError('Failed to fetch');
    });
    expect(error).toBeInstanceOf(NetworkError);
    expect(getErrorMessage(error)).toBe('We could not reach the server. Please try again in a moment.');
  });

  it('says offline when the browser says so', () => {
    vi.stubGlobal('navigator', { onLine: false });
    expect(getErrorMessage(new NetworkError('Failed to fetch'))).toMatch(/offline/);
  });

  it('never shows a 5xx detail', async () => {
    const error = await createFails(() => problem(500, { detail: 'SQLITE_BUSY: database is locked' }));
    expect(getErrorMessage(error)).toBe('Something went wrong on our side. Please try again later.');
  });
});

describe('field errors for forms', () => {
  it('maps each error to its field, first message per field', async () => {
    const error = await createFails(() =>
      problem(422, {
        errors: [
          titleTooLong,
          { path: '/title', message: 'must not be blank', code: 'too_small' },
          badPriority,
          { path: '/labels/1', message: 'must be at most 40 characters', code: 'too_big' },
          { path: 'query/limit', message: 'must be at most 100', code: 'too_big' },
          { path: '', message: 'must be a JSON object', code: 'invalid_type' },
        ],
      }),
    );
    expect(getFieldErrors(error)).toEqual({
      title: 'must be at most 200 characters',
      priority: 'must be one of: low, medium, high',
      'labels.1': 'must be at most 40 characters',
      limit: 'must be at most 100',
      '': 'must be a JSON object',
    });
    expect(describeFieldErrors(error)).toContain('labels.1: must be at most 40 characters');
  });

  it('is empty for errors without fields', async () => {
    expect(getFieldErrors(new Error('boom'))).toEqual({});
    const { fetch } = fakeFetch(() => json(200, task));
    const api = createClient({ baseUrl: BASE, fetch });
    expect(getFieldErrors(await api.tasks.get({ projectId: 'p1', taskId: 't1' }))).toEqual({});
  });

  it.each([
    ['/title', 'title'],
    ['/labels/0', 'labels.0'],
    ['/address/city', 'address.city'],
    ['/a~1b/c~0d', 'a/b.c~d'],
    ['/body/title', 'title'],
    ['/body', ''],
    ['/', ''],
    ['', ''],
    ['query/limit', 'limit'],
    ['header/If-Match', 'If-Match'],
    ['path/projectId', 'projectId'],
    ['items[0].name', 'items.0.name'],
    ['title', 'title'],
  ])('reads the path %j as the field %j', (path, want) => {
    expect(fieldName(path)).toBe(want);
  });
});
