// The server and zod targets emit runtime files verbatim from TypeScript sources
// in src/<target>/templates/; ship those sources next to the compiled emitter.
import { cpSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const from = fileURLToPath(new URL('../src/server/templates/', import.meta.url));
const to = fileURLToPath(new URL('../dist/server/templates/', import.meta.url));
cpSync(from, to, { recursive: true, filter: (source) => !source.endsWith('.test.ts') });

cpSync(
  fileURLToPath(new URL('../src/zod/templates/', import.meta.url)),
  fileURLToPath(new URL('../dist/zod/templates/', import.meta.url)),
  { recursive: true },
);
