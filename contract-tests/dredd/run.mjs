#!/usr/bin/env node
/**
 * Runs Dredd 14.1.0 as an independent second opinion on the example API:
 *   npm run contract:dredd -w contract-tests -- --base-url http://127.0.0.1:3000 [--spec ../openapi/openapi.yaml]
 * The spec is bundled and written as OpenAPI 3.0 (Dredd cannot read 3.1);
 * `hooks.cjs` signs in, creates the resources example paths refer to,
 * strips charset suffixes and skips what Dredd cannot express.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { bundle } from '@readme/openapi-parser';
import { toOas30 } from './to-oas30.mjs';

const here = import.meta.dirname;
const { values } = parseArgs({
  options: {
    'base-url': { type: 'string', default: process.env.SPECLOOM_BASE_URL },
    spec: { type: 'string', default: resolve(here, '../../openapi/openapi.yaml') },
  },
});
if (!values['base-url']) {
  console.error(
    'contract:dredd: --base-url (or SPECLOOM_BASE_URL) is required: start the example server first',
  );
  process.exit(2);
}

const directory = await mkdtemp(join(tmpdir(), 'specloom-dredd-'));
try {
  const document = toOas30(await bundle(resolve(values.spec)));
  const specFile = join(directory, 'openapi.oas30.json');
  await writeFile(specFile, JSON.stringify(document, null, 2));
  const dredd = join(dirname(createRequire(import.meta.url).resolve('dredd/package.json')), 'bin', 'dredd');
  const code = await new Promise((resolvePromise) => {
    const child = spawn(
      process.execPath,
      [
        dredd,
        specFile,
        values['base-url'],
        '--hookfiles',
        join(here, 'hooks.cjs'),
        '--language',
        'nodejs',
        '--loglevel',
        'warning',
      ],
      {
        stdio: 'inherit',
        env: { ...process.env, SPECLOOM_DREDD_BASE_URL: values['base-url'] },
      },
    );
    child.on('exit', (exitCode) => resolvePromise(exitCode ?? 1));
  });
  process.exitCode = code;
} finally {
  await rm(directory, { recursive: true, force: true });
}
