/**
 * Everything the server emitters need to know about each operation, derived
 * once from the model: handler groups, route paths, parameter shapes, body and
 * response kinds, security alternatives. Pure data, so it can be tested alone.
 */
import { camelCase, pascalCase, uniqueNames } from '../model/naming.js';
import type {
  HeaderModel,
  JsonSchema,
  OperationModel,
  ParameterLocation,
  SpecModel,
} from '../model/types.js';
import { compareRoutePaths, toExpressPath } from './express-path.js';
import { type RequestBodyKind, type ResponseBodyKind, requestBodyKind, responseBodyKind } from './media.js';
import { resolveThroughRefs, schemaTypes } from './schema-lookup.js';

export type ParameterShape = 'scalar' | 'array' | 'object';

export interface ParameterPlan {
  name: string;
  in: ParameterLocation;
  shape: ParameterShape;
  style?: string;
  explode?: boolean;
}

export interface ResponseMediaPlan {
  mediaType: string;
  kind: ResponseBodyKind;
  /** For SSE: the component schema named by `x-sse-data`, typing each event's `data`. */
  sseDataSchema?: string;
}

export interface ResponsePlan {
  /** As written: `200`, `4XX`, `default`. */
  status: string;
  match:
    | { kind: 'code'; code: number }
    | { kind: 'class'; digit: '1' | '2' | '3' | '4' | '5' }
    | { kind: 'default' };
  headers: HeaderModel[];
  media: ResponseMediaPlan[];
  /** 204, 304 and 1xx never carry content (RFC 9110 §15.3.5, §15.4.5). */
  bodiless: boolean;
}

export interface OperationPlan {
  operation: OperationModel;
  /** Key of the handler group in `Handlers`. */
  group: string;
  /** PascalCase base of the `<Base>Input` / `<Base>Result` type names. */
  typeBase: string;
  expressPath: string;
  pathParams: Record<string, string>;
  parameters: ParameterPlan[];
  /** Parameter locations present, in `path, query, header, cookie` order. */
  locations: ParameterLocation[];
  body?: { required: boolean; media: { mediaType: string; kind: RequestBodyKind }[] };
  responses: ResponsePlan[];
  security: string[][];
  /** `public`: no security; `optional`: an empty alternative allows anonymous calls. */
  access: 'public' | 'secured' | 'optional';
}

export interface GroupPlan {
  tag: string;
  key: string;
  interfaceName: string;
  serviceName: string;
  /** kebab-case file stem of the scaffolded service. */
  fileStem: string;
  operations: OperationPlan[];
}

export interface ServerPlan {
  groups: GroupPlan[];
  /** In route registration order (concrete paths before templated ones). */
  routes: OperationPlan[];
  /** Security schemes referenced by at least one operation, in component order. */
  securitySchemes: SpecModel['securitySchemes'];
}

const LOCATIONS: readonly ParameterLocation[] = ['path', 'query', 'header', 'cookie'];
const UNTAGGED = 'default';

/** Builds the server plan for a model. Operations keep model order inside each group. */
export function planServer(model: SpecModel): ServerPlan {
  const tagOrder = orderedTags(model);
  const groupKeys = uniqueNames(tagOrder.map(groupKey));
  const interfaceNames = uniqueNames(tagOrder.map((tag) => `${pascalCase(tag)}Handlers`));
  const serviceNames = uniqueNames(tagOrder.map((tag) => `${pascalCase(tag)}Service`));
  const groups: GroupPlan[] = tagOrder.map((tag, index) => ({
    tag,
    key: groupKeys[index] as string,
    interfaceName: interfaceNames[index] as string,
    serviceName: serviceNames[index] as string,
    fileStem: kebabCase(serviceNames[index] as string).replace(/-service$/, ''),
    operations: [],
  }));
  const groupByTag = new Map(groups.map((group) => [group.tag, group]));
  const typeBases = uniqueNames(model.operations.map((operation) => pascalCase(operation.name)));

  const plans = model.operations.map((operation, index) => {
    const group = groupByTag.get(operation.tags[0] ?? UNTAGGED) as GroupPlan;
    const plan = planOperation(model, operation, group.key, typeBases[index] as string);
    group.operations.push(plan);
    return plan;
  });
  const used = new Set(plans.flatMap((plan) => plan.security.flat()));
  return {
    groups: groups.filter((group) => group.operations.length > 0),
    routes: [...plans].sort((a, b) => compareRoutePaths(a.operation.path, b.operation.path)),
    securitySchemes: model.securitySchemes.filter((scheme) => used.has(scheme.name)),
  };
}

function orderedTags(model: SpecModel): string[] {
  const used = new Set(model.operations.map((operation) => operation.tags[0] ?? UNTAGGED));
  const declared = model.tags.map((tag) => tag.name).filter((name) => used.has(name));
  const undeclared = [...used].filter((name) => !declared.includes(name) && name !== UNTAGGED);
  return [
    ...declared,
    ...undeclared,
    ...(used.has(UNTAGGED) && !declared.includes(UNTAGGED) ? [UNTAGGED] : []),
  ];
}

/** `Task Comments` -> `taskComments`; reserved words stay as written (`default`), they are valid property names. */
export function groupKey(tag: string): string {
  const name = camelCase(tag);
  return name.endsWith('_') && !tag.endsWith('_') && /^[a-z]+_$/.test(name) ? name.slice(0, -1) : name;
}

/** `TaskComments` -> `task-comments`. */
export function kebabCase(name: string): string {
  return name
    .replace(/^_+/, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1-$2')
    .toLowerCase();
}

function planOperation(
  model: SpecModel,
  operation: OperationModel,
  group: string,
  typeBase: string,
): OperationPlan {
  const { expressPath, pathParams } = toExpressPath(operation.path);
  const parameters = operation.parameters.filter(isHonoured).map((parameter) => ({
    name: parameter.name,
    in: parameter.in,
    shape: parameterShape(model, parameter.schema),
    ...(parameter.style === undefined ? {} : { style: parameter.style }),
    ...(parameter.explode === undefined ? {} : { explode: parameter.explode }),
  }));
  const security = operation.security.map((requirement) => Object.keys(requirement));
  return {
    operation,
    group,
    typeBase,
    expressPath,
    pathParams,
    parameters,
    locations: LOCATIONS.filter((location) => parameters.some((parameter) => parameter.in === location)),
    ...(operation.requestBody === undefined
      ? {}
      : {
          body: {
            required: operation.requestBody.required,
            media: operation.requestBody.content.map((media) => ({
              mediaType: media.mediaType,
              kind: requestBodyKind(media.mediaType, resolveSchema(model, media.schema)),
            })),
          },
        }),
    responses: operation.responses.flatMap((response) => {
      const match = statusMatch(response.status);
      if (match === undefined) return [];
      const bodiless =
        match.kind === 'code' && (match.code === 204 || match.code === 304 || match.code < 200);
      return [
        {
          status: response.status,
          match,
          headers: response.headers.filter((header) => header.name.toLowerCase() !== 'content-type'),
          media: bodiless
            ? []
            : response.content.map((media) => {
                const kind = responseBodyKind(media.mediaType, resolveSchema(model, media.schema));
                const sseDataSchema = kind === 'sse' ? sseDataComponent(model, media.pointer) : undefined;
                return {
                  mediaType: media.mediaType,
                  kind,
                  ...(sseDataSchema === undefined ? {} : { sseDataSchema }),
                };
              }),
          bodiless,
        },
      ];
    }),
    security,
    access:
      security.length === 0
        ? 'public'
        : security.some((names) => names.length === 0)
          ? 'optional'
          : 'secured',
  };
}

/** OAS 3.1 §4.8.12.1: header parameters named Accept, Content-Type or Authorization are ignored. */
const IGNORED_HEADERS = new Set(['accept', 'content-type', 'authorization']);

function isHonoured(parameter: OperationModel['parameters'][number]): boolean {
  return parameter.in !== 'header' || !IGNORED_HEADERS.has(parameter.name.toLowerCase());
}

/** `200` -> code, `4XX` -> class, `default`; anything else is not a valid response key (OAS 3.1 §4.8.16.2). */
export function statusMatch(status: string): ResponsePlan['match'] | undefined {
  if (/^[1-5][0-9][0-9]$/.test(status)) return { kind: 'code', code: Number(status) };
  if (/^[1-5]XX$/i.test(status)) return { kind: 'class', digit: status[0] as '1' | '2' | '3' | '4' | '5' };
  if (status === 'default') return { kind: 'default' };
  return undefined;
}

function resolveSchema(model: SpecModel, schema: JsonSchema | undefined): JsonSchema | undefined {
  if (schema === undefined || typeof schema === 'boolean' || schema.$ref === undefined) return schema;
  return (
    model.schemas.find((named) => `#/components/schemas/${named.name}` === schema.$ref)?.schema ?? schema
  );
}

function parameterShape(model: SpecModel, schema: JsonSchema): ParameterShape {
  const types = schemaTypes(resolveSchema(model, schema));
  if (types.has('array')) return 'array';
  if (types.has('object')) return 'object';
  return 'scalar';
}

/** The component named by a media type's `x-sse-data: { $ref: '#/components/schemas/X' }`, if any. */
function sseDataComponent(model: SpecModel, pointer: string): string | undefined {
  const media = resolveThroughRefs(model.document, pointer);
  const data =
    media !== null && typeof media === 'object'
      ? (media as Record<string, unknown>)['x-sse-data']
      : undefined;
  const ref = data !== null && typeof data === 'object' ? (data as Record<string, unknown>).$ref : undefined;
  if (typeof ref !== 'string' || !ref.startsWith('#/components/schemas/')) return undefined;
  const name = ref.slice('#/components/schemas/'.length).replace(/~1/g, '/').replace(/~0/g, '~');
  return model.schemas.some((schema) => schema.name === name) ? name : undefined;
}
