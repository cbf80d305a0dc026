// The server, zod and query targets emit runtime files verbatim from TypeScript
// sources in src/<target>/templates/; ship those sources next to the compiled emitter.
import { cpSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

for (const target of ['server', 'zod', 'query']) {
  const from = fileURLToPath(new URL(`../src/${target}/templates/`, import.meta.url));
  const to = fileURLToPath(new URL(`../dist/${target}/templates/`, import.meta.url));
  cpSync(from, to, { recursive: true, filter: (source) => !source.endsWith('.test.ts') });
}
