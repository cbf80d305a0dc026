import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import express, { type NextFunction, type Request, type Response } from 'express';
import type { OperationModel, SpecModel } from '../../src/specloom.js';
import { RequestValidator } from './request-validator.js';

/**
 * One deliberate contract break per kind the engine detects. The fixture
 * server conforms to `fixtures/widgets.yaml` when no fault is switched on.
 */
export const FAULTS = [
  'server_error',
  'undocumented_status',
  'wrong_content_type',
  'schema_break',
  'missing_header',
  'bad_header_value',
  'plain_errors',
  'accepts_invalid',
  'rejects_valid',
  'ignores_auth',
  'forgets_created',
  'keeps_deleted',
  'answers_any_method',
  'slow',
  'list_item_break',
  'drops_required',
  'invalid_json',
  'empty_body',
  'crash_on_malformed_json',
  'accepts_tampered_token',
  'crash_without_optional',
  'update_not_applied',
  'html_errors',
  'accepts_unknown_property',
  'no_allow_header',
  'crash_on_unknown_id',
  'problem_missing_title',
  'accepts_missing_body',
  'wrong_error_status',
  'refuses_second_alternative',
  'crash_over_100',
  'problem_status_mismatch',
] as const;
export type Fault = (typeof FAULTS)[number];

export interface RunningServer {
  baseUrl: string;
  close: () => Promise<void>;
}

const SECRET = 'fixture-secret';

interface Widget {
  id: string;
  name: string;
  color: string;
  weight?: number;
  tags?: string[];
  contact?: string;
  createdAt: string;
  version: number;
}

/** Starts the fixture API on an ephemeral port. */
export async function startWidgetsServer(spec: SpecModel, fault?: Fault): Promise<RunningServer> {
  const validator = new RequestValidator(spec);
  const operation = (id: string) =>
    spec.operations.find((entry) => entry.operationId === id) as OperationModel;
  const widgets = new Map<string, Widget>();
  const app = express();
  app.disable('x-powered-by');
  // Express would add an ETag to every body; the fixture sets its own where the spec documents one.
  app.set('etag', false);
  app.use(express.json({ type: ['application/json', 'application/*+json'] }));
  app.use(express.urlencoded({ extended: false }));

  const problem = (response: Response, status: number, title: string, detail?: string) => {
    if (fault === 'plain_errors') {
      response.status(status).json({ error: title });
      return;
    }
    if (fault === 'html_errors' && status === 404) {
      response.status(status).type('text/html').send(`<h1>${title}</h1>`);
      return;
    }
    if (fault === 'problem_missing_title' && status === 404) {
      response
        .status(status)
        .type('application/problem+json')
        .send(JSON.stringify({ type: 'about:blank', status }));
      return;
    }
    response
      .status(status)
      .type('application/problem+json')
      .send(
        JSON.stringify({
          type: 'about:blank',
          title,
          // The body names another status than the answer's own (as a handler that maps errors late might).
          status: fault === 'problem_status_mismatch' && status === 404 ? 400 : status,
          ...(detail ? { detail } : {}),
        }),
      );
  };

  /** Validation and authentication as the spec requires, before the handler. */
  const contract =
    (id: string, handler: (request: Request, response: Response, body: unknown) => void | Promise<void>) =>
    async (request: Request, response: Response, next: NextFunction) => {
      try {
        const op = operation(id);
        if (
          op.security.length > 0 &&
          !(fault === 'ignores_auth' && id === 'listWidgets') &&
          !authenticated(request, fault === 'accepts_tampered_token')
        ) {
          problem(response, 401, 'Unauthorized', 'a valid bearer token is required');
          return;
        }
        let body: unknown = request.body;
        let hasBody =
          request.headers['content-length'] !== undefined ||
          request.headers['transfer-encoding'] !== undefined;
        if (request.is('multipart/form-data')) body = await multipartBody(request);
        if (hasBody && request.headers['content-length'] === '0') hasBody = false;
        let refused = fault === 'accepts_invalid' ? undefined : validator.check(op, request, body, hasBody);
        if (
          refused &&
          id === 'createWidget' &&
          fault === 'accepts_unknown_property' &&
          /unknown|additional/i.test(refused.detail ?? '')
        )
          refused = undefined;
        if (refused && id === 'createWidget' && fault === 'accepts_missing_body' && !hasBody)
          refused = undefined;
        if (refused && id === 'createWidget' && fault === 'wrong_error_status')
          refused = { ...refused, status: 409 as never };
        if (refused) {
          problem(
            response,
            refused.status,
            refused.status === 415
              ? 'Unsupported Media Type'
              : refused.status === 400
                ? 'Bad Request'
                : 'Unprocessable Content',
            refused.detail,
          );
          return;
        }
        await handler(request, response, body);
      } catch (error) {
        next(error);
      }
    };

  app.post(
    '/auth/token',
    contract('issueToken', (_request, response, body) => {
      const username = (body as { username: string }).username;
      response.json({ accessToken: signToken({ sub: username, exp: Math.floor(Date.now() / 1000) + 3600 }) });
    }),
  );
  app.get('/health', (_request, response) => {
    const reply = () => response.json({ status: 'ok' });
    if (fault === 'slow') setTimeout(reply, 300);
    else reply();
  });
  app.post(
    '/feedback',
    contract('sendFeedback', (_request, response) => {
      response.status(204).end();
    }),
  );
  app.get(
    '/widgets',
    contract('listWidgets', (request, response) => {
      if (fault === 'server_error') throw new Error('database unavailable');
      if (fault === 'crash_without_optional' && request.query.limit === undefined)
        throw new Error('limit is undefined');
      const color = request.query.color;
      const items = [...widgets.values()]
        .filter((widget) => color === undefined || widget.color === color)
        .map(publicWidget)
        .map((widget) => (fault === 'list_item_break' ? { ...widget, createdAt: 'yesterday' } : widget));
      response.set('X-Total-Count', fault === 'bad_header_value' ? 'many' : String(items.length));
      response.json({ items: items.slice(0, Number(request.query.limit ?? 50)) });
    }),
  );
  app.post(
    '/widgets',
    contract('createWidget', (_request, response, body) => {
      const input = (body ?? { name: 'unnamed', color: 'red' }) as Omit<
        Widget,
        'id' | 'createdAt' | 'version'
      >;
      if (fault === 'rejects_valid' && input.contact !== undefined) {
        problem(response, 422, 'Unprocessable Content', 'contact is not accepted');
        return;
      }
      const widget: Widget = { ...input, id: randomUUID(), createdAt: new Date().toISOString(), version: 1 };
      if (fault !== 'forgets_created') widgets.set(widget.id, widget);
      response
        .status(fault === 'undocumented_status' ? 200 : 201)
        .location(`/widgets/${widget.id}`)
        .json(publicWidget(widget));
    }),
  );
  app.get(
    '/widgets/:widgetId',
    contract('getWidget', (request, response) => {
      const widget = widgets.get(String(request.params.widgetId));
      if (!widget && fault === 'crash_on_unknown_id') throw new Error('widget is undefined');
      if (!widget) return problem(response, 404, 'Not Found');
      if (fault !== 'missing_header') response.set('ETag', `"${widget.version}"`);
      if (fault === 'drops_required') {
        const { name: _name, ...rest } = publicWidget(widget);
        return void response.json(rest);
      }
      if (fault === 'invalid_json') return void response.type('application/json').send('{"id": ');
      if (fault === 'empty_body') return void response.type('application/json').send('');
      if (fault === 'wrong_content_type')
        return void response.type('text/plain').send(JSON.stringify(publicWidget(widget)));
      if (fault === 'schema_break') return void response.json({ ...publicWidget(widget), color: 'purple' });
      response.json(publicWidget(widget));
    }),
  );
  app.patch(
    '/widgets/:widgetId',
    contract('updateWidget', (request, response, body) => {
      const widget = widgets.get(String(request.params.widgetId));
      if (!widget) return problem(response, 404, 'Not Found');
      const ifMatch = request.get('if-match');
      if (ifMatch !== undefined && ifMatch !== `"${widget.version}"`)
        return problem(response, 412, 'Precondition Failed');
      if (fault === 'update_not_applied') {
        // Answers as if the update were stored, and forgets it.
        const shown = { ...publicWidget(widget), ...(body as object) };
        widget.version += 1;
        return void response.set('ETag', `"${widget.version}"`).json(shown);
      }
      Object.assign(widget, body, { version: widget.version + 1 });
      response.set('ETag', `"${widget.version}"`).json(publicWidget(widget));
    }),
  );
  app.delete(
    '/widgets/:widgetId',
    contract('deleteWidget', (request, response) => {
      const id = String(request.params.widgetId);
      if (!widgets.has(id)) return problem(response, 404, 'Not Found');
      if (fault !== 'keeps_deleted') widgets.delete(id);
      response.status(204).end();
    }),
  );
  app.put(
    '/widgets/:widgetId/photo',
    contract('uploadPhoto', (request, response) => {
      if (!widgets.has(String(request.params.widgetId))) return problem(response, 404, 'Not Found');
      response.status(204).end();
    }),
  );
  app.post(
    '/quotes',
    contract('quoteShipment', (_request, response, body) => {
      const quote = body as { kind: 'parcel'; quantity: number } | { kind: 'pallet'; pallets: number };
      // Mis-handles only the second oneOf alternative: a valid pallet quote is refused.
      if (fault === 'refuses_second_alternative' && quote.kind === 'pallet')
        return problem(response, 422, 'Unprocessable Content', 'kind must be parcel');
      if (fault === 'crash_over_100' && quote.kind === 'parcel' && quote.quantity > 100)
        throw new Error('quantity overflows the rate table');
      response.json({ price: quote.kind === 'parcel' ? quote.quantity * 2.5 : quote.pallets * 40 });
    }),
  );
  app.get(
    '/events',
    contract('streamEvents', (request, response) => {
      response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
      response.write(': connected\n\n');
      const timer = setInterval(() => response.write('event: ping\ndata: {}\n\n'), 100);
      request.on('close', () => clearInterval(timer));
    }),
  );

  // Known paths answer undocumented methods with 405 + Allow (RFC 9110 §15.5.6).
  const allowed: Record<string, string> = {
    '/widgets': 'GET, POST',
    '/widgets/:widgetId': 'GET, PATCH, DELETE',
    '/widgets/:widgetId/photo': 'PUT',
    '/health': 'GET',
    '/feedback': 'POST',
    '/events': 'GET',
    '/quotes': 'POST',
    '/auth/token': 'POST',
  };
  for (const [path, allow] of Object.entries(allowed)) {
    app.all(path, (request, response) => {
      if (fault === 'answers_any_method' && path === '/widgets/:widgetId')
        return void response.json({ ok: true });
      if (fault !== 'no_allow_header') response.set('Allow', allow);
      problem(response, 405, 'Method Not Allowed', `${request.method} is not supported here`);
    });
  }
  app.use((_request: Request, response: Response) => problem(response, 404, 'Not Found'));
  app.use(
    (
      error: Error & { status?: number; type?: string },
      _request: Request,
      response: Response,
      _next: NextFunction,
    ) => {
      // body-parser marks malformed JSON as a 400 `entity.parse.failed`.
      if (fault === 'crash_on_malformed_json' && error.type === 'entity.parse.failed')
        return problem(response, 500, 'Internal Server Error');
      if (error.status !== undefined && error.status >= 400 && error.status < 500)
        return problem(response, error.status, 'Bad Request', error.message);
      problem(response, 500, 'Internal Server Error');
    },
  );

  const server = app.listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };

  function publicWidget(widget: Widget): Omit<Widget, 'version'> {
    const { version: _version, ...rest } = widget;
    return rest;
  }
}

async function multipartBody(request: Request): Promise<Record<string, unknown> | undefined> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const web = new globalThis.Request('http://fixture.local/', {
    method: 'POST',
    headers: { 'content-type': request.get('content-type') ?? '' },
    body: Buffer.concat(chunks),
  });
  try {
    const form = await web.formData();
    const result: Record<string, unknown> = {};
    for (const [name, value] of form.entries()) result[name] = typeof value === 'string' ? value : 'file';
    return result;
  } catch {
    return undefined;
  }
}

/** A compact HS256 JWT, enough for the fixture to tell valid, tampered and expired tokens apart. */
export function signToken(claims: Record<string, unknown>): string {
  const header = Buffer.from(JSON.stringify({ alg: 'HS256', typ: 'JWT' })).toString('base64url');
  const payload = Buffer.from(JSON.stringify(claims)).toString('base64url');
  const signature = createHmac('sha256', SECRET).update(`${header}.${payload}`).digest('base64url');
  return `${header}.${payload}.${signature}`;
}

/** Checks the bearer token; `formatOnly` (a fault) accepts any well-formed JWT, signature and expiry unchecked. */
function authenticated(request: Request, formatOnly = false): boolean {
  const match = /^Bearer ([\w-]+)\.([\w-]+)\.([\w-]+)$/.exec(request.get('authorization') ?? '');
  if (!match) return false;
  if (formatOnly) return true;
  const [, header = '', payload = '', signature = ''] = match;
  const expected = createHmac('sha256', SECRET).update(`${header}.${payload}`).digest();
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return false;
  const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { exp?: number };
  return typeof claims.exp === 'number' && claims.exp > Date.now() / 1000;
}
