import { childPointer, resolvePointer } from '../model/json-pointer.js';
import type { ExampleModel, JsonSchema, MediaTypeModel } from '../model/types.js';
import { type Direction, ExampleValidator } from './example-validator.js';
import type { LintRule, LintSpec, Report } from './types.js';

/**
 * Every example validates against its schema: media type and parameter
 * examples, and `example`/`examples` written on schemas (components and
 * inline). Examples feed mocks and contract tests, so a wrong one misleads
 * both. 3.0 documents are checked on the normalized (3.1) schemas.
 */
export const exampleInvalid: LintRule = {
  codes: ['EXAMPLE_INVALID'],
  category: 'correctness',
  recommended: 'warning',
  why: 'Examples feed mocks, documentation and contract tests; one that contradicts its schema misleads all three. OpenAPI says examples SHOULD match, so a valid spec may still have them: a warning unless the team opts into strict.',
  check(spec, _options, report) {
    const validator = new ExampleValidator(spec.model);
    const checked = new Set<string>();
    const checkAll = (
      examples: ExampleModel[],
      schema: JsonSchema | undefined,
      direction: Direction,
      schemaKey: string,
    ): void => {
      if (schema === undefined) return;
      for (const example of examples) {
        // A shared example component is reported once, at the component.
        const id = `${direction}:${schemaKey}:${example.pointer}`;
        if (checked.has(id)) continue;
        checked.add(id);
        const problem = validator.check(example.value, schema, direction);
        if (problem !== undefined)
          report('EXAMPLE_INVALID', { reason: problem }, valuePointer(spec, example.pointer));
      }
    };
    const checkContent = (content: MediaTypeModel[], direction: Direction): void => {
      for (const media of content)
        checkAll(media.examples, media.schema, direction, childPointer(media.pointer, 'schema'));
    };
    for (const operation of spec.model.operations) {
      for (const parameter of operation.parameters)
        checkAll(parameter.examples, parameter.schema, 'request', childPointer(parameter.pointer, 'schema'));
      if (operation.requestBody) checkContent(operation.requestBody.content, 'request');
      for (const response of operation.responses) checkContent(response.content, 'response');
    }
    for (const named of spec.model.schemas)
      checkSchemaExamples(validator, named.schema, named.pointer, report, spec);
  },
};

/** `example`/`examples` written on a schema or any of its subschemas. */
function checkSchemaExamples(
  validator: ExampleValidator,
  root: JsonSchema,
  rootPointer: string,
  report: Report,
  spec: LintSpec,
): void {
  // `at` holds the tokens below the root; the pointer is built only for a finding.
  const at: (string | number)[] = [];
  const visit = (schema: JsonSchema): void => {
    if (typeof schema === 'boolean' || schema === null || typeof schema !== 'object') return;
    if (Array.isArray(schema.examples)) {
      schema.examples.forEach((value, index) => {
        const problem = validator.check(value, schema, 'any');
        if (problem !== undefined)
          report(
            'EXAMPLE_INVALID',
            { reason: problem },
            schemaExamplePointer(spec, childPointer(rootPointer, ...at), index),
          );
      });
    }
    const into = (child: unknown, ...tokens: (string | number)[]): void => {
      at.push(...tokens);
      visit(child as JsonSchema);
      at.length -= tokens.length;
    };
    for (const key in schema) {
      const value = (schema as Record<string, unknown>)[key];
      if (value === null || typeof value !== 'object') continue;
      if (key === 'properties' || key === 'patternProperties' || key === '$defs') {
        for (const name in value as Record<string, unknown>)
          into((value as Record<string, unknown>)[name], key, name);
      } else if (Array.isArray(value)) {
        if (key === 'allOf' || key === 'anyOf' || key === 'oneOf' || key === 'prefixItems')
          value.forEach((sub, index) => {
            into(sub, key, index);
          });
      } else if (key === 'items' || key === 'additionalProperties' || key === 'not' || key === 'contains') {
        into(value, key);
      }
    }
  };
  visit(root);
}

/** Points at the example's `value` when it is an Example Object, so the line shown holds the data. */
function valuePointer(spec: LintSpec, pointer: string): string {
  const node = resolvePointer(spec.document, pointer);
  return node !== null && typeof node === 'object' && 'value' in node
    ? childPointer(pointer, 'value')
    : pointer;
}

/** 3.0 writes a single `example` where the normalized schema has `examples: [value]`. */
function schemaExamplePointer(spec: LintSpec, schemaPointer: string, index: number): string {
  const node = resolvePointer(spec.document, schemaPointer);
  if (
    node !== null &&
    typeof node === 'object' &&
    !Array.isArray((node as Record<string, unknown>).examples) &&
    'example' in node
  ) {
    return childPointer(schemaPointer, 'example');
  }
  return childPointer(schemaPointer, 'examples', index);
}
