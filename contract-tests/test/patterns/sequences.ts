import { randomUUID } from 'node:crypto';
import express from 'express';
import { notFound, type Pattern, PROBLEM_RESPONSE, PROBLEM_SCHEMA, problem } from './harness.js';

/** Faults a sequence alone can reveal. */
export type SequenceFault = 'unlisted' | 'create_dropped';

const json = (schema: unknown) => ({ 'application/json': { schema } });
const Silence = {
  type: 'object',
  required: ['comment', 'startsAt', 'endsAt'],
  properties: {
    comment: { type: 'string', minLength: 1 },
    startsAt: { type: 'string', format: 'date-time' },
    endsAt: { type: 'string', format: 'date-time' },
  },
};
const EXAMPLE_SILENCE = {
  comment: 'maintenance',
  startsAt: '2030-01-01T00:00:00Z',
  endsAt: '2030-01-01T02:00:00Z',
};
const Note = {
  type: 'object',
  required: ['text'],
  properties: { text: { type: 'string', minLength: 1, maxLength: 40 }, pinned: { type: 'boolean' } },
};
const StoredNote = {
  type: 'object',
  required: ['id', 'text'],
  properties: { id: { type: 'string', format: 'uuid', readOnly: true }, ...Note.properties },
};
const uuidParameter = (name: string) => ({
  name,
  in: 'path',
  required: true,
  schema: { type: 'string', format: 'uuid' },
});

/**
 * Resource families as real servers shape them: Alertmanager's non-nested
 * `POST /silences` + `GET /silence/{silenceID}` answering `{silenceID}`, and
 * refusing a silence that ends before it starts (a rule only in prose); a
 * create that answers `{data: {...}}` and a list paged by cursor one at a
 * time; a create answering only a `Location` header; and a `POST /search`
 * that creates nothing readable (a note, not a finding).
 */
export function sequencePattern(fault?: SequenceFault, { example = true } = {}): Pattern {
  return {
    name: `resource families from real servers${fault ? ` (${fault})` : ''}`,
    document: {
      openapi: '3.0.3',
      info: { title: 'sequences', version: '1' },
      paths: {
        '/silences': {
          get: {
            operationId: 'getSilences',
            responses: {
              '200': {
                description: 'all',
                content: json({ type: 'array', items: { $ref: '#/components/schemas/StoredSilence' } }),
              },
            },
          },
          post: {
            operationId: 'postSilences',
            // The example keeps the prose rule; generated values may not, so the example goes first.
            requestBody: {
              required: true,
              content: {
                'application/json': {
                  schema: { $ref: '#/components/schemas/Silence' },
                  ...(example ? { example: EXAMPLE_SILENCE } : {}),
                },
              },
            },
            responses: {
              '200': {
                description: 'created',
                content: json({ type: 'object', properties: { silenceID: { type: 'string' } } }),
              },
              '400': PROBLEM_RESPONSE('invalid'),
            },
          },
        },
        '/silence/{silenceID}': {
          parameters: [uuidParameter('silenceID')],
          get: {
            operationId: 'getSilence',
            responses: {
              '200': { description: 'one', content: json({ $ref: '#/components/schemas/StoredSilence' }) },
              '404': PROBLEM_RESPONSE('unknown'),
            },
          },
          delete: {
            operationId: 'deleteSilence',
            responses: { '200': { description: 'deleted' }, '404': PROBLEM_RESPONSE('unknown') },
          },
        },
        '/notes': {
          get: {
            operationId: 'listNotes',
            parameters: [
              { name: 'cursor', in: 'query', schema: { type: 'string' } },
              { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 1 } },
            ],
            responses: {
              '200': {
                description: 'a page',
                content: json({
                  type: 'object',
                  required: ['items'],
                  properties: {
                    items: { type: 'array', items: StoredNote },
                    nextCursor: { type: 'string', nullable: true },
                  },
                }),
              },
              '400': PROBLEM_RESPONSE('invalid'),
            },
          },
          post: {
            operationId: 'createNote',
            requestBody: { required: true, content: json(Note) },
            responses: {
              '201': {
                description: 'created',
                content: json({ type: 'object', properties: { data: StoredNote } }),
              },
              '400': PROBLEM_RESPONSE('invalid'),
            },
          },
        },
        '/notes/{noteId}': {
          parameters: [uuidParameter('noteId')],
          get: {
            operationId: 'getNote',
            responses: {
              '200': {
                description: 'one',
                content: json({ type: 'object', properties: { data: StoredNote } }),
              },
              '404': PROBLEM_RESPONSE('unknown'),
            },
          },
        },
        '/tags': {
          post: {
            operationId: 'createTag',
            requestBody: {
              required: true,
              content: json({
                type: 'object',
                required: ['label'],
                properties: { label: { type: 'string', pattern: '^[a-z]{3,8}$' } },
              }),
            },
            responses: {
              '201': { description: 'created', headers: { Location: { schema: { type: 'string' } } } },
              '400': PROBLEM_RESPONSE('invalid'),
            },
          },
        },
        '/tags/{tagId}': {
          parameters: [
            { name: 'tagId', in: 'path', required: true, schema: { type: 'integer', minimum: 1 } },
          ],
          get: {
            operationId: 'getTag',
            responses: {
              '200': {
                description: 'one',
                content: json({ type: 'object', properties: { label: { type: 'string' } } }),
              },
              '404': PROBLEM_RESPONSE('unknown'),
            },
          },
        },
        '/search': {
          post: {
            operationId: 'search',
            requestBody: { content: json({ type: 'object', properties: { q: { type: 'string' } } }) },
            responses: {
              '200': { description: 'hits', content: json({ type: 'array', items: { type: 'string' } }) },
            },
          },
        },
      },
      components: {
        schemas: {
          Problem: PROBLEM_SCHEMA,
          Silence,
          StoredSilence: {
            type: 'object',
            required: ['id', 'status'],
            properties: {
              id: { type: 'string' },
              status: {
                type: 'object',
                properties: { state: { type: 'string', enum: ['active', 'expired'] } },
              },
              ...Silence.properties,
            },
          },
        },
      },
    },
    app: () => sequenceApp(fault),
    options: { kinds: ['stateful'] },
  };
}

function sequenceApp(fault?: SequenceFault) {
  const silences = new Map<string, Record<string, unknown>>();
  const notes: Record<string, unknown>[] = [];
  const tags: string[] = [];
  const app = express();
  app.use(express.json());
  const refuse = (response: express.Response, title: string) =>
    response.status(400).type('application/problem+json').send(problem(400, title));
  const missing = (response: express.Response) =>
    response.status(404).type('application/problem+json').send(problem(404, 'unknown'));

  app.post('/silences', (request, response) => {
    const { comment, startsAt, endsAt } = request.body ?? {};
    if (
      typeof comment !== 'string' ||
      comment === '' ||
      Number.isNaN(Date.parse(startsAt)) ||
      Number.isNaN(Date.parse(endsAt))
    )
      return refuse(response, 'invalid silence');
    // The rule only the prose states: a silence ends after it starts.
    if (Date.parse(endsAt) <= Date.parse(startsAt)) return refuse(response, 'endsAt must be after startsAt');
    const id = randomUUID();
    silences.set(id, {
      id,
      status: { state: 'active' },
      comment: fault === 'create_dropped' ? 'n/a' : comment,
      startsAt,
      endsAt,
    });
    response.json({ silenceID: id });
  });
  app.get('/silences', (_request, response) => {
    response.json([...silences.values()]);
  });
  app.get('/silence/:id', (request, response) => {
    const silence = silences.get(request.params.id);
    return silence ? response.json(silence) : missing(response);
  });
  app.delete('/silence/:id', (request, response) => {
    // As Alertmanager does: a deleted silence is expired, and stays readable in that state.
    const silence = silences.get(request.params.id);
    if (!silence) return missing(response);
    silence.status = { state: 'expired' };
    response.status(200).end();
  });

  app.post('/notes', (request, response) => {
    const { text, pinned } = request.body ?? {};
    if (typeof text !== 'string' || text.length < 1 || text.length > 40)
      return refuse(response, 'invalid note');
    const note = { id: randomUUID(), text, ...(typeof pinned === 'boolean' ? { pinned } : {}) };
    notes.push(note);
    response.status(201).json({ data: note });
  });
  app.get('/notes', (request, response) => {
    const limit = Math.min(Number(request.query.limit ?? 1), 1);
    const start = Number(request.query.cursor ?? 0);
    const visible = fault === 'unlisted' ? notes.slice(0, -1) : notes;
    const page = visible.slice(start, start + limit);
    const next = start + limit < visible.length ? String(start + limit) : null;
    response.json({ items: page, nextCursor: next });
  });
  app.get('/notes/:id', (request, response) => {
    const note = notes.find((entry) => entry.id === request.params.id);
    return note ? response.json({ data: note }) : missing(response);
  });

  app.post('/tags', (request, response) => {
    const label = request.body?.label;
    if (typeof label !== 'string' || !/^[a-z]{3,8}$/.test(label)) return refuse(response, 'invalid tag');
    tags.push(label);
    response.status(201).location(`/tags/${tags.length}`).end();
  });
  app.get('/tags/:id', (request, response) => {
    const label = tags[Number(request.params.id) - 1];
    return label === undefined ? missing(response) : response.json({ label });
  });
  app.post('/search', (_request, response) => {
    response.json([]);
  });
  app.use(notFound);
  return app;
}
