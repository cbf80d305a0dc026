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

/** A reference that cannot be followed offline; `remote` names the document when it is a URL. */
export interface RefFailure {
  error: string;
  remote?: string;
}

/** URL prefix -> absolute local folder holding a copy of the documents under it (`load.mirrors`). */
export type RefMirrors = Readonly<Record<string, string>>;

/**
 * Resolves a `$ref` string written in `fromFile` (OAS 3.x §4.8.23: relative
 * references resolve against the referring document). A remote URL is read
 * from a local mirror when one covers it; otherwise the failure says so.
 */
export function resolveRef(fromFile: string, ref: string, mirrors: RefMirrors = {}): RefTarget | RefFailure {
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
      const mirrored = mirrorPath(filePart, mirrors);
      if (mirrored === undefined) {
        return {
          error:
            'remote references are not supported; download the document and refer to it by relative path',
          remote: filePart,
        };
      }
      file = mirrored;
    } else file = resolve(dirname(fromFile), safeDecode(filePart));
  }
  const tokens = parsePointer(`#${fragment}`);
  return { file, tokens, key: `${file}#${fragment}` };
}

/** The local copy of `url` under the longest mirror prefix that covers it. */
function mirrorPath(url: string, mirrors: RefMirrors): string | undefined {
  let best: string | undefined;
  for (const prefix of Object.keys(mirrors)) {
    if (url.startsWith(prefix) && (best === undefined || prefix.length > best.length)) best = prefix;
  }
  if (best === undefined) return undefined;
  const rest = url.slice(best.length).replace(/[?].*$/, '');
  return resolve(mirrors[best] as string, safeDecode(rest));
}

function safeDecode(text: string): string {
  try {
    return decodeURI(text);
  } catch {
    return text;
  }
}
