// Writes the example API's spec as one bundled JSON document to dist/openapi.json,
// so the built server serves and validates against it without the YAML toolchain.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundle } from '@readme/openapi-parser';

const serverRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const source = path.resolve(serverRoot, '../openapi/openapi.yaml');
const target = path.join(serverRoot, 'dist', 'openapi.json');

const document = await bundle(source);
await mkdir(path.dirname(target), { recursive: true });
await writeFile(target, `${JSON.stringify(document, null, 2)}\n`);
console.log(`Bundled ${path.relative(process.cwd(), source)} -> ${path.relative(process.cwd(), target)}`);
