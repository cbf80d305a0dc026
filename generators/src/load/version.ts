import { createDiagnostic } from '../diagnostics/codes.js';
import { SpecLoadError } from './errors.js';
import type { SourceFile } from './source-file.js';

/** The OpenAPI version a root document declares: `2.0`, `3.0.x` or `3.1.x`, as written. */
export function detectVersion(root: SourceFile): string {
  const value = root.value;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    const reason = `the root is ${value === null ? 'empty' : Array.isArray(value) ? 'a list' : `a ${typeof value}`}, not an object`;
    throw new SpecLoadError([
      createDiagnostic('SPEC_NOT_OPENAPI', { file: root.path, reason }, { location: root.locate([]) }),
    ]);
  }
  const document = value as Record<string, unknown>;
  if ('openapi' in document) {
    const version = String(document.openapi);
    if (/^3\.[01]\.\d+(-.+)?$/.test(version)) return version;
    throw unsupported(root, 'openapi', version);
  }
  if ('swagger' in document) {
    const version = String(document.swagger);
    if (version === '2.0') return version;
    throw unsupported(root, 'swagger', version);
  }
  throw new SpecLoadError([
    createDiagnostic(
      'SPEC_NOT_OPENAPI',
      { file: root.path, reason: 'it has neither an `openapi` nor a `swagger` field' },
      { location: root.locate([]) },
    ),
  ]);
}

function unsupported(root: SourceFile, field: string, version: string): SpecLoadError {
  return new SpecLoadError([
    createDiagnostic(
      'SPEC_VERSION_UNSUPPORTED',
      { version },
      { location: root.locate([field]), pointer: `#/${field}` },
    ),
  ]);
}
