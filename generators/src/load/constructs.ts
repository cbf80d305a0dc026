import { createDiagnostic, type DiagnosticCode } from '../diagnostics/codes.js';
import type { Diagnostic } from '../diagnostics/types.js';
import { pointerOf } from '../model/json-pointer.js';
import type { SourceLocation } from '../model/types.js';
import type { NodeVisitor } from './bundle.js';
import { checkParameter, checkParameterList } from './parameter-checks.js';
import type { RefContext } from './ref-context.js';
import type { SourceFile } from './source-file.js';

type Obj = Record<string, unknown>;

/** What the construct checks found: located diagnostics, and the bundled pointers they explain. */
export interface ConstructFindings {
  /** Warnings about constructs the loader reads tolerantly. */
  warnings: Diagnostic[];
  /** Errors a person would write for a malformed parameter (replacing the meta-schema's). */
  errors: Diagnostic[];
  /**
   * Bundled-document pointers already explained: meta-schema errors at or under them are
   * dropped, so a reader sees one precise message instead of every failing `oneOf` branch.
   */
  explained: string[];
}

/**
 * Invalid-but-common constructs of documents written by others, found during
 * the bundle walk (one pass, every node seen with the kind of object it is):
 * tuple `items`, `nullable` where it has no effect, `example`/`examples`
 * mix-ups, `type: file` outside Swagger 2.0, arrays without `items`, unknown
 * `required` properties, and malformed parameters.
 */
export class ConstructChecks {
  private readonly findings: ConstructFindings = { warnings: [], errors: [], explained: [] };
  private readonly reported = new Set<string>();
  /** Swagger 2.0 response schemas, the one schema position where `type: file` is allowed. */
  private readonly fileSchemaSites = new Set<string>();
  private readonly swagger2: boolean;
  private readonly oas30: boolean;
  private untypedNullable: { location: SourceLocation; pointer: string; count: number } | undefined;

  constructor(version: string) {
    this.swagger2 = version === '2.0';
    this.oas30 = version.startsWith('3.0');
  }

  /** The bundle walk's visitor. */
  readonly visit: NodeVisitor = (context, node, out, file, at) => {
    if (Array.isArray(node)) {
      if (context === 'parameterList')
        for (const problem of checkParameterList(node, this.swagger2))
          this.error(file, [...at, String(problem.index)], [...out, String(problem.index)], {
            message: problem.message,
          });
      return;
    }
    const object = node as Obj;
    if (typeof object.$ref === 'string') return;
    switch (context) {
      case 'schema':
        this.schema(object, out, file, at);
        break;
      case 'parameter':
        this.parameter(object, out, file, at);
        break;
      case 'mediaType':
      case 'header':
        this.examplesHolder(object, out, file, at);
        break;
      case 'response':
        if (this.swagger2) this.fileSchemaSites.add(pointerOf([...out, 'schema']));
        break;
      default:
        break;
    }
  };

  result(): ConstructFindings {
    if (this.untypedNullable) {
      const { location, pointer, count } = this.untypedNullable;
      const places = count === 1 ? '' : ` (${count} places; the first is shown)`;
      const reason = `\`nullable: true\` without \`type\` has no effect in OpenAPI 3.0.3; specloom reads it as "this value or null"${places}`;
      this.findings.warnings.push(
        createDiagnostic('SCHEMA_NULLABLE_WITHOUT_TYPE', { reason }, { location, pointer }),
      );
      this.untypedNullable = undefined;
    }
    return this.findings;
  }

  private schema(schema: Obj, out: readonly string[], file: SourceFile, at: readonly string[]): void {
    const family = this.swagger2 ? 'Swagger 2.0' : this.oas30 ? 'OpenAPI 3.0' : 'OpenAPI 3.1';
    if (Array.isArray(schema.items) && (this.swagger2 || this.oas30))
      this.warn(
        'SCHEMA_ITEMS_TUPLE',
        {
          version: family,
          reading: this.swagger2
            ? '`items: { anyOf: [...] }` (every element one of the listed schemas)'
            : 'a tuple (`prefixItems`)',
        },
        file,
        at,
        out,
        'items',
      );
    if (schema.type === 'array' && schema.items === undefined && (this.swagger2 || this.oas30))
      this.warn('SCHEMA_ARRAY_WITHOUT_ITEMS', {}, file, at, out, 'type', false);
    if ('nullable' in schema) this.nullable(schema, out, file, at);
    if ('examples' in schema && (this.swagger2 || this.oas30)) {
      const reason = `\`examples\` is not a Schema Object keyword in ${family} (it is one in OpenAPI 3.1); write one value as \`example\``;
      this.warn('SCHEMA_EXAMPLES_MISPLACED', { reason }, file, at, out, 'examples');
    } else if ('examples' in schema && !Array.isArray(schema.examples)) {
      const reason = '`examples` on a schema is a list of values (`examples: [value]`), not a map';
      this.warn('SCHEMA_EXAMPLES_MISPLACED', { reason }, file, at, out, 'examples');
    }
    const types = Array.isArray(schema.type) ? schema.type : [schema.type];
    this.typeNames(schema, types, out, file, at);
    if (types.includes('file') && !(this.swagger2 && this.fileSchemaSites.has(pointerOf(out)))) {
      const reason = this.swagger2
        ? 'is allowed only on formData parameters and response schemas in Swagger 2.0'
        : 'exists only in Swagger 2.0';
      this.warn('SCHEMA_TYPE_FILE', { reason }, file, at, out, 'type');
    }
    if (this.swagger2) this.requiredProperties(schema, out, file, at);
  }

  /**
   * A `type` that names no JSON Schema type (`bool`, `int`, `str`). The 3.0 and 2.0 meta-schemas
   * reject it with a list of the allowed names; the 3.1 schema leaves Schema Objects to the
   * JSON Schema dialect, so without this a 3.1 typo passed and generated `unknown`.
   */
  private typeNames(
    schema: Obj,
    types: unknown[],
    out: readonly string[],
    file: SourceFile,
    at: readonly string[],
  ) {
    if (schema.type === undefined) return;
    types.forEach((type, index) => {
      if (typeof type === 'string' && (JSON_TYPES.has(type) || type === 'file')) return;
      const key = Array.isArray(schema.type) ? ['type', String(index)] : ['type'];
      const guess = typeof type === 'string' ? TYPE_GUESSES[type.toLowerCase()] : undefined;
      const suggestion = guess === undefined ? '' : `; did you mean \`${guess}\`?`;
      this.error(
        file,
        [...at, ...key],
        [...out, 'type'],
        { type: typeof type === 'string' ? type : JSON.stringify(type), suggestion },
        'SCHEMA_TYPE_UNKNOWN',
      );
    });
  }

  private nullable(schema: Obj, out: readonly string[], file: SourceFile, at: readonly string[]): void {
    let reason: string | undefined;
    if (this.swagger2)
      reason = '`nullable` is not part of Swagger 2.0 (write `x-nullable: true`); it is ignored';
    else if (!this.oas30)
      reason = '`nullable` is not a keyword in OpenAPI 3.1 and has no effect; add "null" to `type` instead';
    else if (schema.nullable === true && schema.type === undefined) {
      // Honoured, and how large generated 3.0 specs (Stripe, GitHub) write every nullable `anyOf`:
      // one warning for all of them, at the first.
      if (this.untypedNullable) this.untypedNullable.count += 1;
      else
        this.untypedNullable = {
          location: file.locate([...at, 'nullable']),
          pointer: pointerOf([...out, 'nullable']),
          count: 1,
        };
      return;
    }
    if (reason === undefined) return;
    // 3.0 without `type` passes the meta-schema: nothing to explain away there.
    this.warn('SCHEMA_NULLABLE_WITHOUT_TYPE', { reason }, file, at, out, 'nullable', !this.oas30);
  }

  /** Swagger 2.0 (as `@readme/openapi-parser` checks): every `required` name is a defined property. */
  private requiredProperties(schema: Obj, out: readonly string[], file: SourceFile, at: readonly string[]) {
    if (!Array.isArray(schema.required) || schema.allOf !== undefined) return;
    const properties = asObj(schema.properties);
    schema.required.forEach((name, index) => {
      if (typeof name !== 'string' || name in properties) return;
      this.warn(
        'SCHEMA_REQUIRED_PROPERTY_UNKNOWN',
        { name },
        file,
        [...at, 'required'],
        [...out, 'required'],
        String(index),
        false,
      );
    });
  }

  /** Media types, parameters and headers: `example` is one value, `examples` a map of Example Objects. */
  private examplesHolder(holder: Obj, out: readonly string[], file: SourceFile, at: readonly string[]): void {
    if (this.swagger2) return;
    const examples = holder.examples;
    if (examples !== undefined) {
      const entries = examples !== null && typeof examples === 'object' ? Object.values(examples) : [];
      const notExampleObjects =
        Array.isArray(examples) ||
        examples === null ||
        typeof examples !== 'object' ||
        entries.some((entry) => !isExampleObject(entry));
      if (notExampleObjects) {
        const reason = Array.isArray(examples)
          ? '`examples` here is a map of Example Objects (`examples: { name: { value: ... } }`), not a list; a list is read as unnamed examples'
          : '`examples` here is a map of Example Objects (`examples: { name: { value: ... } }`); wrap each value in `value:` or use `example` for a single value';
        this.warn('SCHEMA_EXAMPLES_MISPLACED', { reason }, file, at, out, 'examples');
      }
    }
    const example = holder.example;
    if (example !== null && typeof example === 'object' && !Array.isArray(example)) {
      const entries = Object.values(example);
      if (
        entries.length > 0 &&
        entries.every(isExampleObject) &&
        entries.some((entry) => 'value' in asObj(entry))
      ) {
        const reason =
          '`example` holds what looks like a map of Example Objects; rename it to `examples` (or give the value itself)';
        this.warn('SCHEMA_EXAMPLES_MISPLACED', { reason }, file, at, out, 'example', false);
      }
    }
  }

  private parameter(parameter: Obj, out: readonly string[], file: SourceFile, at: readonly string[]): void {
    const problem = checkParameter(parameter, this.swagger2);
    if (problem) {
      this.error(file, [...at, ...problem.at], [...out], { message: problem.message });
      return;
    }
    if (this.swagger2) {
      if (parameter.in !== 'body' && parameter.in !== 'formData' && parameter.type === 'file') {
        this.warn(
          'SCHEMA_TYPE_FILE',
          { reason: 'is allowed only on formData parameters in Swagger 2.0' },
          file,
          at,
          out,
          'type',
        );
      }
      if (parameter.in !== 'body' && 'example' in parameter) {
        const reason =
          'Swagger 2.0 parameters other than body take no `example`; write `x-example` (it is ignored as written)';
        this.warn('SCHEMA_EXAMPLES_MISPLACED', { reason }, file, at, out, 'example');
      }
      return;
    }
    this.examplesHolder(parameter, out, file, at);
  }

  private warn(
    code: DiagnosticCode,
    params: Record<string, string | number>,
    file: SourceFile,
    at: readonly string[],
    out: readonly string[],
    key: string,
    explains = true,
  ): void {
    const location = file.locate([...at, key]);
    const id = `${code}\u0000${location.file}:${location.line}:${location.column}`;
    if (explains) this.findings.explained.push(pointerOf([...out, key]));
    if (this.reported.has(id)) return;
    this.reported.add(id);
    this.findings.warnings.push(
      createDiagnostic(code, params, { location, pointer: pointerOf([...out, key]) }),
    );
  }

  private error(
    file: SourceFile,
    at: readonly string[],
    out: readonly string[],
    params: Record<string, string>,
    code: DiagnosticCode = 'SPEC_PARAMETER_INVALID',
  ): void {
    const location = file.locate(at);
    const pointer = pointerOf(out);
    this.findings.explained.push(pointer);
    const id = `${code}\u0000${location.file}:${location.line}:${location.column}\u0000${JSON.stringify(params)}`;
    if (this.reported.has(id)) return;
    this.reported.add(id);
    this.findings.errors.push(createDiagnostic(code, params, { location, pointer }));
  }
}

/** An Example Object (or a reference to one): only its own fields, no bare value. */
function isExampleObject(value: unknown): boolean {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  return Object.keys(value).every((key) => EXAMPLE_OBJECT_KEYS.has(key) || key.startsWith('x-'));
}

const JSON_TYPES = new Set(['string', 'number', 'integer', 'boolean', 'array', 'object', 'null']);

/** What other languages' type names most likely meant, for the "did you mean". */
const TYPE_GUESSES: Record<string, string> = {
  bool: 'boolean',
  int: 'integer',
  int32: 'integer',
  int64: 'integer',
  long: 'integer',
  float: 'number',
  double: 'number',
  decimal: 'number',
  str: 'string',
  text: 'string',
  date: 'string',
  datetime: 'string',
  list: 'array',
  dict: 'object',
  map: 'object',
  none: 'null',
  nil: 'null',
  ...Object.fromEntries(
    ['String', 'Number', 'Integer', 'Boolean', 'Array', 'Object', 'Null'].map((name) => [
      name.toLowerCase(),
      name.toLowerCase(),
    ]),
  ),
};

const EXAMPLE_OBJECT_KEYS = new Set(['summary', 'description', 'value', 'externalValue', '$ref']);

function asObj(value: unknown): Obj {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Obj) : {};
}

export type { RefContext };
