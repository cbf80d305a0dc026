import type { JsonSchema, SpecModel } from '../model/types.js';
import type { LintRule } from './types.js';

const PROBLEM_MEDIA_TYPE = 'application/problem+json';

/**
 * Every 4xx/5xx response is RFC 9457 problem+json described by the Problem
 * component, so clients, mocks and contract tests share one error shape.
 */
export const errorResponseNotProblem: LintRule = {
  codes: ['ERROR_RESPONSE_NOT_PROBLEM'],
  category: 'style',
  why: 'One error shape (RFC 9457 problem+json) lets clients, mocks and contract tests handle every error the same way. A house convention, not an OpenAPI requirement.',
  check({ model }, { problemSchema }, report) {
    const token = problemSchema.replace(/~/g, '~0').replace(/\//g, '~1');
    const problemRef = `#/components/schemas/${token}`;
    // The advice names the place the author writes: Swagger 2.0 keeps schemas under `definitions`.
    const swagger2 = model.sourceVersion === '2.0';
    const writtenRef = swagger2 ? `#/definitions/${token}` : problemRef;
    const definedAt = swagger2 ? `definitions.${problemSchema}` : `components.schemas.${problemSchema}`;
    const problemExists = model.schemas.some((schema) => schema.name === problemSchema);
    for (const operation of model.operations) {
      for (const response of operation.responses) {
        if (!/^[45]/.test(response.status)) continue;
        const problem = response.content.find(
          (media) => media.mediaType.toLowerCase() === PROBLEM_MEDIA_TYPE,
        );
        let reason: string | undefined;
        if (response.content.length === 0)
          reason = `has no content; add \`${PROBLEM_MEDIA_TYPE}\` with schema $ref '${writtenRef}'`;
        else if (problem === undefined) {
          const written = response.content.map((media) => media.mediaType).join(', ');
          reason = `is ${written}; describe it as \`${PROBLEM_MEDIA_TYPE}\` with schema $ref '${writtenRef}'`;
        } else if (!refersTo(model, problem.schema, problemRef)) {
          reason = problemExists
            ? `\`${PROBLEM_MEDIA_TYPE}\` schema is not the ${problemSchema} component; use $ref '${writtenRef}'`
            : `\`${PROBLEM_MEDIA_TYPE}\` schema must be the ${problemSchema} component, which does not exist; define ${definedAt} (or set lint.problemSchema)`;
        }
        if (reason === undefined) continue;
        report(
          'ERROR_RESPONSE_NOT_PROBLEM',
          { method: operation.method.toUpperCase(), path: operation.path, status: response.status, reason },
          problem?.pointer ?? response.pointer,
        );
      }
    }
  },
};

/** The schema is the component itself, or extends it (`allOf` including it), possibly through aliases. */
function refersTo(model: SpecModel, schema: JsonSchema | undefined, ref: string, depth = 0): boolean {
  if (schema === undefined || typeof schema === 'boolean' || depth > 8) return false;
  if (schema.$ref === ref) return true;
  if (typeof schema.$ref === 'string') {
    const alias = model.schemas.find((entry) => entry.pointer === schema.$ref);
    return alias !== undefined && refersTo(model, alias.schema, ref, depth + 1);
  }
  return (schema.allOf ?? []).some((member) => refersTo(model, member, ref, depth + 1));
}
