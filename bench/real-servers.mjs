#!/usr/bin/env node
/**
 * Starts real third-party servers, each with its own published API
 * description, on 127.0.0.1 ephemeral ports, for the contract bench:
 *
 * - Prometheus Alertmanager (Debian `prometheus-alertmanager`, a Go server built
 *   with go-swagger). Its Swagger 2.0 description is the one Debian ships in
 *   `golang-github-prometheus-alertmanager-dev` (api/v2/restapi/embedded_spec.go,
 *   the document compiled into the server), read from that file unchanged.
 *   Prerequisites: apt-get install prometheus-alertmanager golang-github-prometheus-alertmanager-dev
 * - LoopBack 4's Todo example (`@loopback/example-todo` on npm, MIT): a Node.js
 *   API that serves its OpenAPI 3.0 description at /openapi.json, on its in-memory
 *   database. Installed with
 *   npm into a cache folder on first use; its geocoder (an outbound call to the US
 *   Census geocoding service for `remindAtAddress`) is pointed at a stand-in on
 *   127.0.0.1 that answers every address with one match, as the real service does
 *   for a valid address, so no request leaves the machine.
 *
 *   node real-servers.mjs            # start both, print their base URLs and spec paths, Ctrl-C stops them
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer as createHttpServer } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ALERTMANAGER_BINARY = '/usr/bin/prometheus-alertmanager';
const ALERTMANAGER_SPEC_SOURCE =
  '/usr/share/gocode/src/github.com/prometheus/alertmanager/api/v2/restapi/embedded_spec.go';
const LOOPBACK_PACKAGE = '@loopback/example-todo@6.0.0';
const CACHE = join(import.meta.dirname, '.cache');

/** A free TCP port on 127.0.0.1 (for servers that cannot report the port they bound). */
async function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitFor(url, child, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${url}: the server exited with code ${child.exitCode}`);
    try {
      const response = await fetch(url);
      await response.arrayBuffer();
      if (response.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`);
}

/** Stops a child started with `detached: true` (its own process group) and waits for it. */
function stopper(child, cleanup) {
  return async () => {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // already gone
      }
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
      if (child.exitCode === null) {
        try {
          process.kill(-child.pid, 'SIGKILL');
        } catch {
          // already gone
        }
      }
    }
    await cleanup?.();
  };
}

/** Alertmanager with a minimal configuration, clustering off, state in a temporary folder. */
export async function startAlertmanager() {
  for (const file of [ALERTMANAGER_BINARY, ALERTMANAGER_SPEC_SOURCE]) {
    if (!existsSync(file))
      throw new Error(
        `${file} is missing: apt-get install prometheus-alertmanager golang-github-prometheus-alertmanager-dev`,
      );
  }
  const directory = await mkdtemp(join(tmpdir(), 'specloom-alertmanager-'));
  const source = await readFile(ALERTMANAGER_SPEC_SOURCE, 'utf8');
  // The Go file holds the JSON document as a raw string literal: SwaggerJSON = json.RawMessage([]byte(`{...}`))
  const match = /SwaggerJSON = json\.RawMessage\(\[\]byte\(`([\s\S]*?)`\)\)/.exec(source);
  if (!match) throw new Error(`${ALERTMANAGER_SPEC_SOURCE}: no SwaggerJSON literal found`);
  const spec = join(directory, 'alertmanager.swagger.json');
  await writeFile(spec, match[1]);
  await writeFile(
    join(directory, 'alertmanager.yml'),
    'route:\n  receiver: default\nreceivers:\n  - name: default\n',
  );
  const port = await freePort();
  const child = spawn(
    ALERTMANAGER_BINARY,
    [
      `--config.file=${join(directory, 'alertmanager.yml')}`,
      `--storage.path=${join(directory, 'data')}`,
      `--web.listen-address=127.0.0.1:${port}`,
      '--cluster.listen-address=',
    ],
    { detached: true, stdio: 'ignore' },
  );
  const baseUrl = `http://127.0.0.1:${port}`;
  const close = stopper(child, () => rm(directory, { recursive: true, force: true }));
  try {
    await waitFor(`${baseUrl}/-/ready`, child);
  } catch (error) {
    await close();
    throw error;
  }
  return { name: 'alertmanager 0.25 (Debian)', baseUrl, spec, headers: {}, close };
}

/** LoopBack 4's Todo example, installed from npm on first use, with its in-memory database. */
export async function startLoopbackTodo() {
  const home = join(CACHE, 'loopback-todo');
  if (!existsSync(join(home, 'node_modules/@loopback/example-todo/package.json'))) {
    await mkdir(home, { recursive: true });
    await writeFile(join(home, 'package.json'), '{"name":"loopback-todo-bench","private":true}\n');
    execFileSync('npm', ['install', '--no-audit', '--no-fund', '--ignore-scripts', LOOPBACK_PACKAGE], {
      cwd: home,
      stdio: 'inherit',
    });
  }
  const geocoder = createHttpServer((_request, response) => {
    response.setHeader('content-type', 'application/json');
    response.end(JSON.stringify({ result: { addressMatches: [{ coordinates: { x: -71.06, y: 42.36 } }] } }));
  });
  await new Promise((resolve) => geocoder.listen(0, '127.0.0.1', resolve));
  const geocoderUrl = `http://127.0.0.1:${geocoder.address().port}/geocoder`;
  const port = await freePort();
  const program = `
    const { TodoListApplication } = require('@loopback/example-todo');
    (async () => {
      const app = new TodoListApplication({ rest: { host: '127.0.0.1', port: ${port} } });
      // The example's own in-memory database, without its seed file (./data/db.json relative to the cwd).
      app.bind('datasources.config.db').to({ name: 'db', connector: 'memory', localStorage: '' });
      app.bind('datasources.config.geocoder').to({
        name: 'geocoder', connector: require('loopback-connector-rest'), options: { timeout: 2000 },
        operations: [{ template: { method: 'GET', url: '${geocoderUrl}', query: { address: '{address}' },
          responsePath: '$.result.addressMatches[*].coordinates' }, functions: { geocode: ['address'] } }],
      });
      await app.boot();
      await app.migrateSchema();
      await app.start();
    })().catch((error) => { console.error(error); process.exit(1); });`;
  const child = spawn(process.execPath, ['-e', program], { cwd: home, detached: true, stdio: 'ignore' });
  const baseUrl = `http://127.0.0.1:${port}`;
  const close = stopper(child, () => new Promise((resolve) => geocoder.close(resolve)));
  try {
    await waitFor(`${baseUrl}/openapi.json`, child);
  } catch (error) {
    await close();
    throw error;
  }
  // The served description is the published one; it is saved as the server gave it.
  const directory = await mkdtemp(join(tmpdir(), 'specloom-loopback-'));
  const spec = join(directory, 'openapi.json');
  await writeFile(spec, await (await fetch(`${baseUrl}/openapi.json`)).text());
  return {
    name: 'LoopBack 4 example-todo 6.0 (npm)',
    baseUrl,
    spec,
    headers: {},
    close: async () => {
      await close();
      await rm(directory, { recursive: true, force: true });
    },
  };
}

export const REAL_SERVERS = { alertmanager: startAlertmanager, 'loopback-todo': startLoopbackTodo };

if (import.meta.url === `file://${process.argv[1]}`) {
  const running = [];
  for (const start of Object.values(REAL_SERVERS)) {
    const server = await start();
    running.push(server);
    console.log(`${server.name}: ${server.baseUrl}  spec: ${server.spec}`);
  }
  const stop = async () => {
    await Promise.all(running.map((server) => server.close()));
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  console.log('Ctrl-C stops them.');
}
