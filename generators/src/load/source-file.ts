import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import { createDiagnostic } from '../diagnostics/codes.js';
import type { SourceLocation } from '../model/types.js';
import { SpecLoadError } from './errors.js';
import { JsonLocator } from './json-locator.js';
import { LineIndex } from './line-index.js';
import { parseYamlFast } from './yaml-fast.js';
import { YamlLocator } from './yaml-locator.js';
import { YamlPositions } from './yaml-positions.js';

/** One parsed spec file: its value and a way back from a pointer inside it to a line. */
export interface SourceFile {
  /** Absolute path. */
  path: string;
  value: unknown;
  /** Location of the deepest existing node on `tokens` (tokens are unescaped pointer segments). */
  locate(tokens: readonly string[]): SourceLocation;
}

/**
 * Reads and parses one JSON or YAML file. JSON goes through `JSON.parse`
 * plus a lazy locator (an order of magnitude faster than a YAML syntax tree
 * on multi-megabyte descriptions); everything else as YAML (see `yamlSource`).
 * @throws SpecLoadError with SPEC_FILE_NOT_FOUND or SPEC_PARSE_ERROR
 */
export async function readSourceFile(path: string): Promise<SourceFile> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const reason =
      (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
    throw new SpecLoadError([
      createDiagnostic(
        'SPEC_FILE_NOT_FOUND',
        { file: path, reason },
        { location: { file: path, line: 1, column: 1 } },
      ),
    ]);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const isJsonFile = extname(path).toLowerCase() === '.json';
  if (isJsonFile || /^\s*[{[]/.test(text)) {
    try {
      return jsonSource(path, text);
    } catch (error) {
      if (isJsonFile) throw jsonParseError(path, text, error as Error);
      // Not strict JSON: YAML flow style is a superset, let the YAML parser judge.
    }
  }
  return yamlSource(path, text);
}

function jsonSource(path: string, text: string): SourceFile {
  const value: unknown = JSON.parse(text);
  let locator: JsonLocator | undefined;
  return {
    path,
    value,
    locate(tokens) {
      locator ??= new JsonLocator(text);
      return { file: path, ...locator.locate(tokens) };
    },
  };
}

function jsonParseError(path: string, text: string, error: Error): SpecLoadError {
  const offset = /position (\d+)/.exec(error.message)?.[1];
  const lineColumn = /line (\d+) column (\d+)/.exec(error.message);
  const position = lineColumn
    ? { line: Number(lineColumn[1]), column: Number(lineColumn[2]) }
    : new LineIndex(text).position(offset === undefined ? text.length : Number(offset));
  const reason = error.message
    .replace(/ in JSON at position \d+.*$/s, '')
    .replace(/\s*\(line \d+ column \d+\)$/, '');
  return new SpecLoadError([
    createDiagnostic(
      'SPEC_PARSE_ERROR',
      { format: 'JSON', reason },
      { location: { file: path, ...position } },
    ),
  ]);
}

/**
 * YAML goes through js-yaml (plain values, fast); where each node was written is read only when a
 * location is first asked for. Text js-yaml refuses goes to the `yaml` package, whose syntax tree
 * judges it, so a parse error reads and is located as it always was.
 */
function yamlSource(path: string, text: string): SourceFile {
  const fast = parseYamlFast(text);
  if (fast === undefined) {
    const { value, locator } = parseYamlDocument(path, text);
    return { path, value, locate: (tokens) => ({ file: path, ...locator.locate(tokens) }) };
  }
  let positions: YamlPositions | undefined;
  return {
    path,
    value: fast.value,
    locate(tokens) {
      positions ??= new YamlPositions(text);
      return { file: path, ...positions.locate(tokens) };
    },
  };
}

function parseYamlDocument(path: string, text: string): { value: unknown; locator: YamlLocator } {
  const lineCounter = new LineCounter();
  // YAML 1.2 has no merge keys, but `<<: *anchor` is everywhere in published specs (YAML 1.1 habit);
  // without `merge` the `<<` would become a property and fail validation.
  const document = parseDocument(text, { lineCounter, prettyErrors: true, merge: true });
  if (document.errors.length > 0) {
    throw new SpecLoadError(
      document.errors.map((error) => {
        const offset = error.pos[0];
        const { line, col } = lineCounter.linePos(offset);
        const reason = (error.message.split('\n')[0] ?? error.code).replace(
          / at line \d+, column \d+:?$/,
          '',
        );
        return createDiagnostic(
          'SPEC_PARSE_ERROR',
          { format: 'YAML', reason },
          { location: { file: path, line, column: col } },
        );
      }),
    );
  }
  return { value: document.toJS({ maxAliasCount: -1 }), locator: new YamlLocator(document, lineCounter) };
}
