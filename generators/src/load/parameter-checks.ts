type Obj = Record<string, unknown>;

/** A parameter problem: the message a person would write, and the key (under the parameter) it is about. */
export interface ParameterProblem {
  message: string;
  at: string[];
}

const SWAGGER2_LOCATIONS = ['path', 'query', 'header', 'formData', 'body'];
const OAS3_LOCATIONS = ['path', 'query', 'header', 'cookie'];

/**
 * The first thing wrong with one (non-`$ref`) parameter object. The
 * meta-schema expresses parameters as a `oneOf` over their locations, so its
 * errors name whichever branch failed last ("`in` must be one of: body");
 * this names the branch the author meant, from `in`.
 */
export function checkParameter(parameter: Obj, swagger2: boolean): ParameterProblem | undefined {
  const name = typeof parameter.name === 'string' ? `\`${parameter.name}\`` : 'without a name';
  const where = parameter.in;
  const locations = swagger2 ? SWAGGER2_LOCATIONS : OAS3_LOCATIONS;
  if (typeof parameter.name !== 'string')
    return { message: `a parameter has no \`name\`; give it the name it has in the request`, at: [] };
  if (typeof where !== 'string' || !locations.includes(where)) {
    if (!swagger2 && (where === 'body' || where === 'formData')) {
      return {
        message: `parameter ${name} is \`in: ${where}\`, which OpenAPI 3 does not have; describe the body with the operation's \`requestBody\``,
        at: ['in'],
      };
    }
    const written = where === undefined ? 'has no `in`' : `has \`in: ${String(where)}\``;
    return {
      message: `parameter ${name} ${written}; it must be one of: ${locations.join(', ')}`,
      at: where === undefined ? [] : ['in'],
    };
  }
  if (where === 'path' && parameter.required !== true) {
    return {
      message: `path parameter ${name} must be required: true (a path parameter is always present)`,
      at: 'required' in parameter ? ['required'] : [],
    };
  }
  return swagger2 ? checkSwagger2(parameter, name, where) : checkOas3(parameter, name, where);
}

function checkSwagger2(parameter: Obj, name: string, where: string): ParameterProblem | undefined {
  if (where === 'body') {
    if (parameter.schema === undefined) {
      return {
        message: `body parameter ${name} has no \`schema\`; describe the request body with \`schema: { ... }\``,
        at: [],
      };
    }
    if ('type' in parameter) {
      return {
        message: `body parameter ${name} has \`type\`; a body parameter is described by its \`schema\` only`,
        at: ['type'],
      };
    }
    return undefined;
  }
  if ('schema' in parameter) {
    return {
      message: `${where} parameter ${name} has a \`schema\`, which only body parameters take; write \`type\` (and \`format\`, \`items\`) on the parameter itself`,
      at: ['schema'],
    };
  }
  if (parameter.type === undefined) {
    return {
      message: `${where} parameter ${name} has no \`type\`; Swagger 2.0 parameters other than body need one (string, number, integer, boolean, array${where === 'formData' ? ' or file' : ''})`,
      at: [],
    };
  }
  if (parameter.type === 'array' && parameter.items === undefined) {
    return {
      message: `${where} parameter ${name} is an array without \`items\`; add \`items: { type: ... }\``,
      at: ['type'],
    };
  }
  return undefined;
}

function checkOas3(parameter: Obj, name: string, where: string): ParameterProblem | undefined {
  const hasSchema = parameter.schema !== undefined;
  const hasContent = parameter.content !== undefined;
  if ('type' in parameter && !hasSchema) {
    return {
      message: `${where} parameter ${name} has \`type\` directly (Swagger 2.0 style); in OpenAPI 3 write it under \`schema: { type: ... }\``,
      at: ['type'],
    };
  }
  if (!hasSchema && !hasContent) {
    return {
      message: `${where} parameter ${name} needs a \`schema\` (or \`content\` with one media type)`,
      at: [],
    };
  }
  if (hasSchema && hasContent) {
    return {
      message: `${where} parameter ${name} has both \`schema\` and \`content\`; keep one`,
      at: ['content'],
    };
  }
  return undefined;
}

/**
 * Problems of one parameter list as a whole: the same parameter twice (OAS
 * 3.x §4.8.10: unique by name and location), and in Swagger 2.0 more than one
 * body, or a body beside formData. References are skipped, as the parser does.
 */
export function checkParameterList(
  list: readonly unknown[],
  swagger2: boolean,
): { index: number; message: string }[] {
  const problems: { index: number; message: string }[] = [];
  const seen = new Map<string, number>();
  let body: number | undefined;
  let formData: number | undefined;
  list.forEach((item, index) => {
    const parameter = asObj(item);
    if (typeof parameter.$ref === 'string' || typeof parameter.name !== 'string') return;
    const key = `${String(parameter.in)}\u0000${parameter.name}`;
    const first = seen.get(key);
    if (first !== undefined) {
      problems.push({
        index,
        message: `the ${String(parameter.in)} parameter \`${parameter.name}\` is listed twice (also item ${first}); keep one`,
      });
    } else seen.set(key, index);
    if (!swagger2) return;
    if (parameter.in === 'body') {
      if (body !== undefined)
        problems.push({
          index,
          message: `a second body parameter (the first is item ${body}); an operation has one body`,
        });
      body ??= index;
    }
    if (parameter.in === 'formData') formData ??= index;
  });
  if (swagger2 && body !== undefined && formData !== undefined) {
    problems.push({
      index: body,
      message: `body and formData parameters together (item ${body} and item ${formData}); a request has either a body or form fields`,
    });
  }
  return problems;
}

function asObj(value: unknown): Obj {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Obj) : {};
}
