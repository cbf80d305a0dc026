/**
 * The SDK plan: every operation placed in a tag group under a method name,
 * with the argument list and runtime descriptor the emitted file needs.
 */
import { camelCase, pascalCase, uniqueNames } from '../model/naming.js';
import type { OperationModel, SpecModel } from '../model/types.js';
import { methodNames } from './method-names.js';
import {
  accessTokenField,
  type BodyKind,
  binaryFields,
  chooseRequestMedia,
  detectPagination,
  detectRefreshOperation,
  eventStream,
  parseAs,
} from './shapes.js';

export interface PlannedArgument {
  name: 'params' | 'body' | 'options';
  optional: boolean;
}

export interface PlannedOperation {
  operation: OperationModel;
  /** Local alias of `paths[path][method]`, e.g. `ListTasksOperation`. */
  typeAlias: string;
  methodName: string;
  args: PlannedArgument[];
  body?: { mediaType: string; kind: BodyKind; binaryFields: string[] };
  parseAs: 'json' | 'text' | 'blob' | 'stream';
  pagination?: { cursorParam: string; nextField: string; itemsField: string };
  /** Set for event streams: the component schema named by `x-sse-data`, if any. */
  sse?: { json: boolean; dataSchema?: string };
  idempotencyHeader?: string;
  tokenField?: string;
  credentials: boolean;
  /** Callable without credentials (`security: []`, or an empty alternative). */
  public: boolean;
}

export interface PlannedGroup {
  /** Property of the client, e.g. `tasks`. */
  key: string;
  /** Interface name, e.g. `TasksApi`. */
  interfaceName: string;
  tag: string;
  description?: string;
  operations: PlannedOperation[];
}

export interface SdkPlan {
  groups: PlannedGroup[];
  refresh?: { operationId: string; tokenField: string };
}

/** Client properties the runtime itself uses; a tag with such a name gets an `Api` suffix. */
const RESERVED_KEYS = new Set(['raw', 'session']);
const UNTAGGED = 'operations';

function sseData(operation: OperationModel): PlannedOperation['sse'] {
  const media = eventStream(operation);
  if (!media) return undefined;
  const declared = media.extensions?.['x-sse-data'];
  const ref =
    typeof declared === 'object' && declared !== null ? (declared as { $ref?: unknown }).$ref : undefined;
  const dataSchema =
    typeof ref === 'string' && ref.startsWith('#/components/schemas/')
      ? ref.slice('#/components/schemas/'.length)
      : undefined;
  return { json: declared !== undefined, ...(dataSchema ? { dataSchema } : {}) };
}

function planArguments(
  operation: OperationModel,
  hasBody: boolean,
  bodyRequired: boolean,
  idempotencyHeader: string | undefined,
): PlannedArgument[] {
  const flat = operation.parameters.filter(
    (parameter) => parameter.in === 'path' || parameter.in === 'query',
  );
  const requiredHeader = operation.parameters.some(
    (parameter) => parameter.in === 'header' && parameter.required && parameter.name !== idempotencyHeader,
  );
  const args: PlannedArgument[] = [];
  if (flat.length > 0) args.push({ name: 'params', optional: !flat.some((parameter) => parameter.required) });
  if (hasBody) args.push({ name: 'body', optional: !bodyRequired });
  args.push({ name: 'options', optional: !requiredHeader });
  // A required argument cannot follow an optional one: everything before a required one becomes required.
  let requiredSeen = false;
  for (let index = args.length - 1; index >= 0; index--) {
    const arg = args[index] as PlannedArgument;
    if (!arg.optional) requiredSeen = true;
    else if (requiredSeen) arg.optional = false;
  }
  return args;
}

function planOperation(
  model: SpecModel,
  operation: OperationModel,
  methodName: string,
  typeAlias: string,
  tokenFieldName: string | undefined,
): PlannedOperation {
  const chosen = operation.requestBody ? chooseRequestMedia(operation.requestBody.content) : undefined;
  const idempotencyHeader = operation.parameters.find(
    (parameter) => parameter.in === 'header' && parameter.name.toLowerCase() === 'idempotency-key',
  )?.name;
  const tokenField =
    tokenFieldName !== undefined && accessTokenField(model, operation) === tokenFieldName
      ? tokenFieldName
      : undefined;
  const pagination = detectPagination(model, operation);
  const sse = sseData(operation);
  return {
    operation,
    typeAlias,
    methodName,
    args: planArguments(
      operation,
      chosen !== undefined,
      operation.requestBody?.required === true,
      idempotencyHeader,
    ),
    ...(chosen
      ? {
          body: {
            mediaType: chosen.media.mediaType,
            kind: chosen.kind,
            binaryFields: chosen.kind === 'multipart' ? binaryFields(model, chosen.media) : [],
          },
        }
      : {}),
    parseAs: parseAs(operation),
    ...(pagination ? { pagination } : {}),
    ...(sse ? { sse } : {}),
    ...(idempotencyHeader ? { idempotencyHeader } : {}),
    ...(tokenField ? { tokenField } : {}),
    // Cookies must travel (and be stored) for token-issuing calls and calls that declare a cookie.
    credentials:
      tokenField !== undefined || operation.parameters.some((parameter) => parameter.in === 'cookie'),
    public:
      operation.security.length === 0 ||
      operation.security.some((requirement) => Object.keys(requirement).length === 0),
  };
}

/**
 * Plans the client for a model. Groups follow the first tag of each
 * operation, in the order of the document's `tags`, then first appearance.
 */
export function planSdk(model: SpecModel, options: { refreshOperation?: string } = {}): SdkPlan {
  const refresh = detectRefreshOperation(model, options.refreshOperation);
  const byTag = new Map<string, OperationModel[]>();
  for (const tag of model.tags) byTag.set(tag.name, []);
  for (const operation of model.operations) {
    const tag = operation.tags[0] ?? UNTAGGED;
    if (!byTag.has(tag)) byTag.set(tag, []);
    byTag.get(tag)?.push(operation);
  }
  const tags = [...byTag.entries()].filter(([, operations]) => operations.length > 0);
  const keys = uniqueNames(
    tags.map(([tag]) => (RESERVED_KEYS.has(camelCase(tag)) ? `${camelCase(tag)}Api` : camelCase(tag))),
  );
  const interfaceNames = uniqueNames(
    keys.map((key) => (key.endsWith('Api') ? pascalCase(key) : `${pascalCase(key)}Api`)),
  );
  const aliases = new Map(
    model.operations.map((operation) => [operation, `${pascalCase(operation.name)}Operation`]),
  );
  const groups = tags.map(([tag, operations], index): PlannedGroup => {
    const names = methodNames(operations, tag);
    const description = model.tags.find((candidate) => candidate.name === tag)?.description;
    return {
      key: keys[index] as string,
      interfaceName: interfaceNames[index] as string,
      tag,
      ...(description ? { description } : {}),
      operations: operations.map((operation) =>
        planOperation(
          model,
          operation,
          names.get(operation) as string,
          aliases.get(operation) as string,
          refresh?.tokenField,
        ),
      ),
    };
  });
  return {
    groups,
    ...(refresh ? { refresh: { operationId: refresh.operation.name, tokenField: refresh.tokenField } } : {}),
  };
}
