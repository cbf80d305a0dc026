import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parsePointer } from '../model/json-pointer.js';

/** Where a `$ref` points: an absolute file and the pointer tokens inside it. */
export interface RefTarget {
  file: string;
  tokens: string[];
  /** `file#/pointer`, the identity of the target. */
  key: string;
}

/**
 * Resolves a `$ref` string written in `fromFile` (OAS 3.x §4.8.23: relative
 * references resolve against the referring document). Returns a reason string
 * when the reference cannot be followed offline.
 */
export function resolveRef(fromFile: string, ref: string): RefTarget | { error: string } {
  const hash = ref.indexOf('#');
  const filePart = hash === -1 ? ref : ref.slice(0, hash);
  const fragment = hash === -1 ? '' : ref.slice(hash + 1);
  if (fragment !== '' && !fragment.startsWith('/')) {
    return { error: `"#${fragment}" is not a JSON pointer (plain-name fragments are not supported)` };
  }
  let file = fromFile;
  if (filePart !== '') {
    if (/^file:/i.test(filePart)) file = fileURLToPath(filePart);
    else if (/^[a-z][a-z0-9+.-]*:/i.test(filePart)) {
      return {
        error: 'remote references are not supported; download the document and refer to it by relative path',
      };
    } else file = resolve(dirname(fromFile), safeDecode(filePart));
  }
  const tokens = parsePointer(`#${fragment}`);
  return { file, tokens, key: `${file}#${fragment}` };
}

function safeDecode(text: string): string {
  try {
    return decodeURI(text);
  } catch {
    return text;
  }
}
