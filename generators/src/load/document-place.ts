/**
 * A JSON pointer into an OpenAPI document, named the way its author thinks of
 * the place: `/paths/~1pets~1{petId}/delete/responses/204` is
 * "DELETE /pets/{petId} › response 204", `/components/schemas/Pet/properties/name`
 * is "schema Pet › properties › name". The diagnostic line gives file:line
 * beside it, so this only has to be recognisable.
 */
export function describePlace(pointer: string): string {
  const tokens = pointer
    .replace(/^#?\//, '')
    .split('/')
    .filter((token, index) => token !== '' || index > 0)
    .map((token) => token.replace(/~1/g, '/').replace(/~0/g, '~'));
  if (tokens.length === 0) return 'the document';
  const [root, ...rest] = tokens;
  if ((root === 'paths' || root === 'webhooks') && rest.length > 0) {
    const [path = '', method, ...inner] = rest;
    const name = root === 'webhooks' ? `webhook ${path}` : path;
    if (method === undefined) return root === 'webhooks' ? name : `path ${name}`;
    if (!HTTP_METHODS.has(method)) return join([`path ${name}`, ...operationPart([method, ...inner])]);
    return join([`${method.toUpperCase()} ${name}`, ...operationPart(inner)]);
  }
  if ((root === 'components' || root === 'definitions') && rest.length > 0) {
    if (root === 'definitions') return join([`schema ${rest[0]}`, ...rest.slice(1)]);
    const [kind = '', name, ...inner] = rest;
    if (name === undefined) return `components › ${kind}`;
    return join([`${COMPONENT_KINDS[kind] ?? kind} ${name}`, ...inner]);
  }
  return join(tokens);
}

/** `responses/204/...` as "response 204", `parameters/0` as "parameter 1", `requestBody` as "request body". */
function operationPart(tokens: string[]): string[] {
  const [first, second, ...rest] = tokens;
  if (first === 'responses' && second !== undefined) return [`response ${second}`, ...rest];
  if (first === 'parameters' && second !== undefined && /^\d+$/.test(second))
    return [`parameter ${Number(second) + 1}`, ...rest];
  if (first === 'requestBody') return ['request body', ...tokens.slice(1)];
  return tokens;
}

function join(parts: string[]): string {
  return parts.join(' › ');
}

const HTTP_METHODS = new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']);

const COMPONENT_KINDS: Record<string, string> = {
  schemas: 'schema',
  responses: 'response',
  parameters: 'parameter',
  examples: 'example',
  requestBodies: 'request body',
  headers: 'header',
  securitySchemes: 'security scheme',
  links: 'link',
  callbacks: 'callback',
  pathItems: 'path item',
};
