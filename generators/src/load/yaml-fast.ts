import jsyaml from 'js-yaml';

/*
 * The fast half of YAML loading. js-yaml builds plain values about eight times faster than the
 * `yaml` package's syntax tree (0.7 s against 6 s on a 10 MB description), but its default schema
 * is not YAML 1.2's: it turns `2020-01-01` into a Date and reads `0b101`, `+0x10` and `+.5`
 * differently. So the schema is assembled here from YAML 1.2.2 §10.3 (core schema) plus merge
 * keys, the values `yaml` would give; `yes`/`no`/`on`/`off` stay strings, as in YAML 1.2.
 */

// YAML 1.2.2 §10.3.2, tag resolution of the core schema.
const DECIMAL = /^[-+]?[0-9]+$/;
const OCTAL = /^0o[0-7]+$/;
const HEX = /^0x[0-9a-fA-F]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/;
const INFINITY = /^[-+]?\.(?:inf|Inf|INF)$/;
const NAN = /^\.(?:nan|NaN|NAN)$/;

const coreInt = new jsyaml.Type('tag:yaml.org,2002:int', {
  kind: 'scalar',
  resolve: (data) => data !== null && (DECIMAL.test(data) || OCTAL.test(data) || HEX.test(data)),
  // `Number` reads decimal and `0x` hex; `0o` octal is YAML's spelling, not JavaScript's literal.
  construct: (data) => (OCTAL.test(data) ? Number.parseInt(data.slice(2), 8) : Number(data)),
  predicate: (data) => Number.isInteger(data),
});

const coreFloat = new jsyaml.Type('tag:yaml.org,2002:float', {
  kind: 'scalar',
  resolve: (data) => data !== null && (FLOAT.test(data) || INFINITY.test(data) || NAN.test(data)),
  construct: (data) => {
    if (NAN.test(data)) return Number.NaN;
    if (INFINITY.test(data)) return data.startsWith('-') ? -Infinity : Infinity;
    return Number(data);
  },
  predicate: (data) => typeof data === 'number',
});

/** YAML 1.2 core schema, plus `<<` merge keys (a YAML 1.1 habit that published specs rely on). */
export const CORE_WITH_MERGE = jsyaml.FAILSAFE_SCHEMA.extend({
  implicit: [jsyaml.types.null, jsyaml.types.bool, coreInt, coreFloat, jsyaml.types.merge],
});

/**
 * Parses YAML text to plain values, or says it could not. A refusal is never reported as is:
 * the caller re-parses with `yaml`, whose errors carry the line and the wording users see.
 */
export function parseYamlFast(text: string): { value: unknown } | undefined {
  try {
    // An empty document is null, as `yaml` has it (js-yaml gives undefined).
    return { value: jsyaml.load(text, { schema: CORE_WITH_MERGE }) ?? null };
  } catch {
    return undefined;
  }
}
