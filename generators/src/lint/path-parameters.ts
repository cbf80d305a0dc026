import type { LintRule } from './types.js';

/** Template variables and `in: path` parameters match both ways (OAS 3.x §4.8.12: path parameters must appear in the template). */
export const pathParameterMismatch: LintRule = {
  codes: ['PATH_PARAMETER_MISMATCH'],
  category: 'correctness',
  recommended: 'error',
  why: 'Every template variable needs an `in: path` parameter and every path parameter a variable (OAS 3.x §4.8.12); otherwise no request can match the operation as written.',
  check({ model }, _options, report) {
    for (const operation of model.operations) {
      const variables = [...operation.path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1] ?? '');
      const declared = operation.parameters.filter((parameter) => parameter.in === 'path');
      const method = operation.method.toUpperCase();
      for (const variable of variables) {
        if (declared.some((parameter) => parameter.name === variable)) continue;
        report(
          'PATH_PARAMETER_MISMATCH',
          {
            method,
            path: operation.path,
            reason: `template variable {${variable}} has no \`in: path\` parameter; declare it`,
          },
          operation.pointer,
        );
      }
      for (const parameter of declared) {
        if (variables.includes(parameter.name)) continue;
        report(
          'PATH_PARAMETER_MISMATCH',
          {
            method,
            path: operation.path,
            reason: `path parameter "${parameter.name}" does not appear in the path template; add {${parameter.name}} or remove the parameter`,
          },
          // A shared parameter is reported where it is used, not once at the component.
          parameter.ref === undefined ? parameter.pointer : operation.pointer,
        );
      }
    }
  },
};
