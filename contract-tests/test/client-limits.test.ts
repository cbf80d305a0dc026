import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { ClientRefusal, send } from '../src/http/send.js';
import { formatFinding } from '../src/index.js';
import { bodyOnGet, crashesOnGetBody } from './patterns/body-on-get.js';
import { runPattern } from './patterns/harness.js';

describe('requests the fetch client cannot send', () => {
  it('sends a GET body through node:http, so the server sees it and answers', async () => {
    const report = await runPattern(bodyOnGet);
    expect(report.findings.map((finding) => formatFinding(finding).join('\n'))).toEqual([]);
    const row = report.coverage.find((entry) => entry.operation === 'marketStat');
    expect(row?.statuses).toEqual({ '200': true, '400': true });
  });

  it('names a header value no client can encode once, as a note, not a finding', async () => {
    const report = await runPattern(bodyOnGet);
    const notes = report.notes.filter((note) => note.includes('HTTP client refused'));
    expect(notes).toHaveLength(1);
    expect(notes[0]).toContain('greet (');
    expect(notes[0]).not.toContain('marketStat');
    expect(report.findings.filter((finding) => finding.operation === 'greet')).toEqual([]);
  });

  it('still finds a server that fails on a GET body', async () => {
    const report = await runPattern(crashesOnGetBody);
    const crashes = report.findings.filter(
      (finding) => finding.check === 'not_a_server_error' && finding.operation === 'marketStat',
    );
    expect(crashes.length).toBeGreaterThan(0);
    for (const finding of crashes) expect(finding.message).toBe('server error 500');
  });

  it('sends HEAD and GET bodies with their Content-Type and length, and refuses bad header values itself', async () => {
    const seen: { method: string; type: string | undefined; body: string }[] = [];
    const server = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk: Buffer) => {
        body += chunk.toString('utf8');
      });
      request.on('end', () => {
        seen.push({ method: request.method ?? '', type: request.headers['content-type'], body });
        response
          .writeHead(200, { 'content-type': 'application/json' })
          .end(request.method === 'HEAD' ? undefined : '{"ok":true}');
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/q`;
    const options = { timeout: 2000, streamReadTime: 200 };
    try {
      const get = await send(
        {
          method: 'GET',
          url,
          headers: { 'content-type': 'application/json' },
          body: { kind: 'text', text: '{"a":1}' },
        },
        options,
      );
      expect(get).toMatchObject({ status: 200, json: { ok: true }, truncated: false });
      const head = await send(
        {
          method: 'HEAD',
          url,
          headers: {},
          body: { kind: 'multipart', parts: [{ name: 'typeid', value: '34' }] },
        },
        options,
      );
      expect(head.status).toBe(200);
      expect(seen[0]).toEqual({ method: 'GET', type: 'application/json', body: '{"a":1}' });
      expect(seen[1]?.type).toMatch(/^multipart\/form-data; boundary=/);
      expect(seen[1]?.body).toContain('name="typeid"');
      for (const method of ['GET', 'POST'])
        await expect(
          send(
            {
              method,
              url,
              headers: { 'x-note': 'line\nbreak' },
              ...(method === 'GET' ? { body: { kind: 'text', text: 'x' } } : {}),
            },
            options,
          ),
        ).rejects.toBeInstanceOf(ClientRefusal);
      expect(seen).toHaveLength(2);
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
