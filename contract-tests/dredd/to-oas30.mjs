/**
 * Dredd 14 reads OpenAPI 3.0 only. This turns the bundled 3.1 document into
 * the 3.0 form of the same contract: `type: [X, 'null']` -> `nullable`,
 * `const` -> one-value `enum`, numeric exclusive bounds -> boolean ones,
 * schema `examples` -> `example`; 3.1-only fields are dropped.
 */
export function toOas30(document) {
  const copy = structuredClone(document);
  copy.openapi = '3.0.3';
  delete copy.jsonSchemaDialect;
  delete copy.webhooks;
  if (copy.info?.license) delete copy.info.license.identifier;
  if (copy.info) delete copy.info.summary;
  for (const item of Object.values(copy.paths ?? {})) {
    for (const operation of Object.values(item)) {
      if (!operation || typeof operation !== 'object') continue;
      for (const response of Object.values(operation.responses ?? {})) {
        for (const media of Object.values(response?.content ?? {})) convertMedia(media);
      }
      for (const media of Object.values(operation.requestBody?.content ?? {})) convertMedia(media);
      for (const parameter of operation.parameters ?? [])
        if (parameter.schema) parameter.schema = schema30(parameter.schema);
    }
    for (const parameter of item.parameters ?? [])
      if (parameter.schema) parameter.schema = schema30(parameter.schema);
  }
  const components = copy.components ?? {};
  for (const [name, schema] of Object.entries(components.schemas ?? {}))
    components.schemas[name] = schema30(schema);
  for (const parameter of Object.values(components.parameters ?? {}))
    if (parameter.schema) parameter.schema = schema30(parameter.schema);
  for (const header of Object.values(components.headers ?? {}))
    if (header.schema) header.schema = schema30(header.schema);
  for (const response of Object.values(components.responses ?? {})) {
    for (const media of Object.values(response.content ?? {})) convertMedia(media);
    for (const header of Object.values(response.headers ?? {}))
      if (header.schema) header.schema = schema30(header.schema);
  }
  for (const body of Object.values(components.requestBodies ?? {}))
    for (const media of Object.values(body.content ?? {})) convertMedia(media);
  return copy;
}

function convertMedia(media) {
  if (media?.schema) media.schema = schema30(media.schema);
}

function schema30(schema) {
  if (Array.isArray(schema)) return schema.map(schema30);
  if (schema === null || typeof schema !== 'object') return schema;
  if (typeof schema.$ref === 'string') return { $ref: schema.$ref };
  const result = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key === 'properties' || key === 'patternProperties')
      result[key] = Object.fromEntries(Object.entries(value).map(([name, sub]) => [name, schema30(sub)]));
    else if (['items', 'additionalProperties', 'not'].includes(key))
      result[key] = typeof value === 'boolean' ? value : schema30(value);
    else if (['allOf', 'oneOf', 'anyOf'].includes(key)) result[key] = value.map(schema30);
    else if (
      ![
        '$schema',
        '$id',
        '$defs',
        'prefixItems',
        'contentMediaType',
        'contentEncoding',
        'unevaluatedProperties',
        'dependentRequired',
        'const',
        'examples',
      ].includes(key)
    )
      result[key] = value;
  }
  if (Array.isArray(schema.type)) {
    const types = schema.type.filter((type) => type !== 'null');
    if (types.length < schema.type.length) result.nullable = true;
    if (types.length === 1) result.type = types[0];
    else delete result.type;
  }
  if (schema.const !== undefined) result.enum = [schema.const];
  if (Array.isArray(schema.examples) && schema.examples.length > 0 && result.example === undefined)
    result.example = schema.examples[0];
  if (typeof schema.exclusiveMinimum === 'number')
    Object.assign(result, { minimum: schema.exclusiveMinimum, exclusiveMinimum: true });
  if (typeof schema.exclusiveMaximum === 'number')
    Object.assign(result, { maximum: schema.exclusiveMaximum, exclusiveMaximum: true });
  if (schema.contentMediaType !== undefined || schema.contentEncoding !== undefined)
    Object.assign(result, { type: 'string', format: 'binary' });
  for (const key of ['anyOf', 'oneOf']) {
    const nullBranch = result[key]?.findIndex((branch) => branch?.type === 'null');
    if (nullBranch !== undefined && nullBranch >= 0) {
      const rest = result[key].filter((_, index) => index !== nullBranch);
      result.nullable = true;
      if (rest.length === 1) {
        delete result[key];
        result.allOf = [...(result.allOf ?? []), rest[0]];
      } else result[key] = rest;
    }
  }
  return result;
}
