import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSpec } from '../../src/load/index.js';
import { createMockEngine, type MockEngine, mockSpecOf } from '../../src/mock/engine/index.js';

const json = (schema: unknown) => ({ content: { 'application/json': { schema } } });
const path = (name: string) => ({ name, in: 'path', required: true, schema: { type: 'string' } });
const card = {
  type: 'object',
  // A required member the client sends: the id is assigned once what was sent is in place.
  required: ['holder'],
  properties: {
    id: { type: 'string', minLength: 4 },
    holder: { type: 'string' },
    created_at: { type: 'string', format: 'date-time' },
  },
};
const blob = {
  type: 'object',
  required: ['sha', 'content'],
  properties: {
    sha: { type: 'string', minLength: 8 },
    content: { type: 'string' },
    size: { type: 'integer' },
  },
};
const team = {
  type: 'object',
  required: ['id', 'slug', 'name'],
  properties: { id: { type: 'integer' }, slug: { type: 'string' }, name: { type: 'string' } },
};

/** Shapes taken from published specs: a wrapped resource, a `{file_sha}` blob, a `{team_slug}` team. */
const SPEC = {
  openapi: '3.0.3',
  info: { title: 'identities', version: '1' },
  paths: {
    '/cards': {
      post: {
        operationId: 'createCard',
        requestBody: json({
          type: 'object',
          properties: { card: card, idempotency_key: { type: 'string' } },
        }),
        responses: { '200': { description: 'created', ...json({ type: 'object', properties: { card } }) } },
      },
      get: {
        operationId: 'listCards',
        responses: {
          '200': {
            description: 'cards',
            ...json({ type: 'object', properties: { cards: { type: 'array', items: card } } }),
          },
        },
      },
    },
    '/cards/{card_id}': {
      get: {
        operationId: 'getCard',
        parameters: [path('card_id')],
        responses: {
          '200': { description: 'card', ...json({ type: 'object', properties: { card } }) },
          '404': { description: 'none' },
        },
      },
    },
    '/blobs': {
      post: {
        operationId: 'createBlob',
        requestBody: json({
          type: 'object',
          required: ['content'],
          properties: { content: { type: 'string' } },
        }),
        responses: {
          '201': {
            description: 'created',
            ...json({
              type: 'object',
              properties: { sha: { type: 'string', minLength: 8 }, url: { type: 'string' } },
            }),
          },
        },
      },
    },
    '/blobs/{file_sha}': {
      get: {
        operationId: 'getBlob',
        parameters: [path('file_sha')],
        responses: { '200': { description: 'blob', ...json(blob) }, '404': { description: 'none' } },
      },
    },
    '/teams': {
      post: {
        operationId: 'createTeam',
        requestBody: json({ type: 'object', required: ['name'], properties: { name: { type: 'string' } } }),
        responses: { '201': { description: 'created', ...json(team) } },
      },
    },
    '/teams/{team_slug}': {
      get: {
        operationId: 'getTeam',
        parameters: [path('team_slug')],
        responses: { '200': { description: 'team', ...json(team) }, '404': { description: 'none' } },
      },
      patch: {
        operationId: 'updateTeam',
        parameters: [path('team_slug')],
        requestBody: json({ type: 'object', properties: { name: { type: 'string' } } }),
        responses: { '200': { description: 'team', ...json(team) }, '404': { description: 'none' } },
      },
    },
  },
};

let scratch: string;
let engine: MockEngine;
const call = (method: string, target: string, body?: unknown) => {
  const answer = engine.handle({
    method,
    path: target,
    query: {},
    headers: { 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: answer.status, json: answer.body ? JSON.parse(answer.body) : undefined };
};

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'specloom-mock-identity-'));
  const file = join(scratch, 'openapi.json');
  await writeFile(file, JSON.stringify(SPEC));
  engine = createMockEngine(mockSpecOf((await loadSpec(file)).model), { stateful: true });
}, 60_000);

afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

describe('stateful identities as published specs place them', () => {
  it('keeps a wrapped resource ({card: {...}}) under the id inside the wrapper, and lists what it wraps', () => {
    const created = call('post', '/cards', { card: { holder: 'Ada Lovelace' }, idempotency_key: 'k1' });
    expect(created.status).toBe(200);
    const id = created.json.card.id;
    expect(typeof id).toBe('string');
    expect(created.json.card.holder).toBe('Ada Lovelace');
    expect(created.json).not.toHaveProperty('card_id');
    const read = call('get', `/cards/${encodeURIComponent(id)}`);
    expect(read.status).toBe(200);
    expect(read.json.card).toMatchObject({ id, holder: 'Ada Lovelace' });
    const listed = call('get', '/cards').json.cards as { id: string }[];
    expect(listed.map((item) => item.id)).toContain(id);
    expect(call('get', '/cards/not-a-card').status).toBe(404);
  });

  it('addresses {file_sha} by the sha member and keeps sent members the read returns', () => {
    const created = call('post', '/blobs', { content: 'Content of the blob' });
    expect(created.status).toBe(201);
    expect(created.json).not.toHaveProperty('content');
    expect(created.json).not.toHaveProperty('file_sha');
    const read = call('get', `/blobs/${encodeURIComponent(created.json.sha)}`);
    expect(read.status).toBe(200);
    expect(read.json).toMatchObject({ sha: created.json.sha, content: 'Content of the blob' });
  });

  it('addresses {team_slug} by the slug, so renaming keeps the address', () => {
    const created = call('post', '/teams', { name: 'Justice League' }).json;
    const address = `/teams/${encodeURIComponent(created.slug)}`;
    expect(call('patch', address, { name: 'Avengers' }).status).toBe(200);
    const read = call('get', address);
    expect(read.status).toBe(200);
    expect(read.json).toMatchObject({ id: created.id, slug: created.slug, name: 'Avengers' });
  });
});
