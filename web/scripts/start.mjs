// `npm start`: the example API and the web app's dev server, in one command. Ctrl+C stops both.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const webRoot = fileURLToPath(new URL('..', import.meta.url));
const webOrigin = 'http://127.0.0.1:5173';

// In development the API allows this dev server's origin by default (CORS_ORIGINS overrides that).
const api = spawn('npm', ['run', 'start', '--silent', '-w', 'server'], { cwd: repoRoot, stdio: 'inherit' });
const vite = await createServer({ root: webRoot, configFile: `${webRoot}vite.config.ts` });
await vite.listen();
console.log(`web app: ${webOrigin}/ (talks to ${process.env.VITE_API_URL ?? 'http://127.0.0.1:3000'})`);

let stopping = false;
async function stop(code) {
  if (stopping) return;
  stopping = true;
  await vite.close();
  if (api.exitCode === null) api.kill('SIGTERM');
  process.exitCode = code;
}
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));
api.on('exit', (code) => stop(code ?? 1));
