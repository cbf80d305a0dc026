// `tsc --noEmit` of generated code, one program per target, as a user's project compiles it.
// Each program is a fresh `tsc` process; its own --extendedDiagnostics give check time and memory.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const TSC = require.resolve('typescript/bin/tsc');
const GNU_TIME = '/usr/bin/time';
const TIME_MARK = 'specloom-bench-time:';

/** The files a user would list for each target (each pulls in what it imports, e.g. types.ts). */
export const TARGET_FILES = {
  types: (out) => [join(out, 'types.ts')],
  zod: (out) => tsUnder(join(out, 'zod')),
  server: (out) => tsUnder(join(out, 'server')),
  sdk: (out) => [join(out, 'sdk.ts')],
  query: (out) => [join(out, 'query.ts')],
  msw: (out) => tsUnder(join(out, 'msw')),
};

async function tsUnder(dir) {
  const names = await readdir(dir);
  return names.filter((name) => name.endsWith('.ts')).map((name) => join(dir, name));
}

/** The options README's "Try it on your own spec" uses, as an ESM project. */
const FLAGS = [
  '--noEmit',
  '--strict',
  '--skipLibCheck',
  '--module',
  'nodenext',
  '--moduleResolution',
  'nodenext',
  '--target',
  'es2022',
  '--lib',
  'es2023,dom',
  '--types',
  'node',
  '--extendedDiagnostics',
];

/** Marks the folder holding `files` as ESM, as a generated project's package.json does. */
export async function markModule(dir) {
  await writeFile(join(dir, 'package.json'), '{ "type": "module", "private": true }\n');
}

/**
 * Runs tsc over `files`; resolves wall seconds, CPU seconds and peak RSS (when GNU time is installed),
 * tsc's own check time and memory, and the error count.
 * Type errors do not fail the bench (the time is still the time a user waits), but they are counted.
 */
export function typeCheck(files) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    // GNU time reports the CPU seconds and peak RSS of tsc: on a loaded machine wall time is mostly waiting.
    const command = [process.execPath, '--max-old-space-size=6144', TSC, ...FLAGS, ...files];
    const timed = existsSync(GNU_TIME) ? [GNU_TIME, '-f', `${TIME_MARK} %U %S %M`, ...command] : command;
    const child = spawn(timed[0], timed.slice(1), {
      cwd: dirname(files[0]),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
    });
    child.stderr.on('data', (chunk) => {
      output += chunk;
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      const seconds = (performance.now() - started) / 1000;
      if (signal !== null) return reject(new Error(`tsc was killed by ${signal}:\n${output.slice(-2000)}`));
      const stat = (name) => {
        const match = new RegExp(`^${name}:\\s+([\\d.]+)`, 'm').exec(output);
        return match === null ? null : Number(match[1]);
      };
      const times = new RegExp(`^${TIME_MARK} ([\\d.]+) ([\\d.]+) (\\d+)$`, 'm').exec(output);
      resolve({
        seconds,
        cpuSeconds: times === null ? null : Number(times[1]) + Number(times[2]),
        peakRssMb: times === null ? null : Math.round(Number(times[3]) / 1024),
        checkSeconds: stat('Check time'),
        memoryMb: Math.round((stat('Memory used') ?? 0) / 1024),
        errors: (output.match(/ error TS\d+:/g) ?? []).length,
        exitCode: code,
      });
    });
  });
}
