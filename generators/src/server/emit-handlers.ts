/**
 * `server/handlers.ts`: the typed handler contract. Per operation an
 * `<Op>Input` (the parsed request parts, from the zod target's `RequestOutputs`) and an `<Op>Result`
 * (a union over documented statuses, bodies typed from the `types` target),
 * per tag a `<Tag>Handlers` interface, and `Handlers` joining them.
 */
import ts from '../targets/typescript.cjs';
import {
  exportTypeAlias,
  importNamed,
  importNamespace,
  indexedType,
  keyword,
  type Member,
  objectType,
  type PrintedStatement,
  printed,
  printModule,
  propertyName,
  typeParameter,
  typeRef,
  unionType,
  withDoc,
} from './ast.js';
import { resultType } from './emit-results.js';
import type { ServerImports } from './options.js';
import type { GroupPlan, OperationPlan, ServerPlan } from './plan.js';

const f = ts.factory;

/** Names the handlers module takes from the runtime and passes on to the app. */
const RUNTIME_EXPORTS = [
  'BinaryBody',
  'PublicContext',
  'RequestContext',
  'SecuredContext',
  'SseEvent',
  'StreamBody',
];

const INPUT_KEYS = { path: 'path', query: 'query', header: 'headers', cookie: 'cookies' } as const;

/** Tracks which imports the emitted types actually use. */
export interface ImportUsage {
  zodOperations: boolean;
  paths: boolean;
  components: boolean;
  runtime: Set<string>;
}

/** Emits the source of `handlers.ts`. */
export function emitHandlers(plan: ServerPlan, imports: ServerImports): string {
  const usage: ImportUsage = {
    zodOperations: false,
    paths: false,
    components: false,
    runtime: new Set(),
  };
  // Printed as they are built; the imports, which depend on what the body uses, come last.
  const body: PrintedStatement[] = [];
  for (const group of plan.groups) {
    for (const operation of group.operations) {
      body.push(
        printed(
          exportTypeAlias(`${operation.typeBase}Input`, inputType(operation, usage), inputDoc(operation)),
        ),
        printed(
          exportTypeAlias(`${operation.typeBase}Result`, resultType(operation, usage), resultDoc(operation)),
        ),
      );
    }
  }
  body.push(...plan.groups.map((group) => printed(groupInterface(group, usage))));
  body.push(printed(handlersInterface(plan)));

  const typesNames = [...(usage.components ? ['components'] : []), ...(usage.paths ? ['paths'] : [])];
  const statements: (ts.Statement | PrintedStatement)[] = [
    ...(typesNames.length > 0 ? [importNamed(typesNames, imports.types)] : []),
    ...(usage.zodOperations ? [importNamespace('zodOperations', imports.zodOperations, true)] : []),
    ...(usage.runtime.size > 0 ? [importNamed([...usage.runtime].sort(), './runtime.js')] : []),
    f.createExportDeclaration(
      undefined,
      true,
      f.createNamedExports(RUNTIME_EXPORTS.map((name) => f.createExportSpecifier(false, undefined, name))),
      f.createStringLiteral('./runtime.js'),
    ),
    ...body,
  ];
  return printModule(statements);
}

function inputDoc(operation: OperationPlan): string {
  return `What \`${operation.operation.operationId}\` (${operation.operation.method.toUpperCase()} ${operation.operation.path}) receives, validated.`;
}

function resultDoc(operation: OperationPlan): string {
  return `What \`${operation.operation.operationId}\` may answer: one variant per documented status.`;
}

/**
 * `zodOperations.RequestOutputs['op']['query']`: the parsed part, as the zod
 * target writes it out (equal to `z.output` of the part's schema, which the
 * compiler would otherwise infer for every operation).
 */
function zodRequestType(operation: OperationPlan, keys: readonly string[], usage: ImportUsage): ts.TypeNode {
  usage.zodOperations = true;
  return indexedType(typeRef(f.createQualifiedName(f.createIdentifier('zodOperations'), 'RequestOutputs')), [
    operation.operation.name,
    ...keys,
  ]);
}

function inputType(operation: OperationPlan, usage: ImportUsage): ts.TypeNode {
  const members: Member[] = operation.locations.map((location) => ({
    name: INPUT_KEYS[location],
    type: zodRequestType(operation, [INPUT_KEYS[location]], usage),
  }));
  const body = operation.body;
  if (body !== undefined && body.media.length > 0) {
    const variants = body.media.map((media) => {
      if (media.kind !== 'stream') return zodRequestType(operation, ['body', media.mediaType], usage);
      usage.runtime.add('StreamBody');
      return typeRef('StreamBody');
    });
    members.push({ name: 'body', type: unionType(variants), optional: !body.required });
  }
  if (members.length === 0)
    return typeRef('Record', [keyword(ts.SyntaxKind.StringKeyword), keyword(ts.SyntaxKind.NeverKeyword)]);
  return objectType(members);
}

function contextType(operation: OperationPlan, usage: ImportUsage): ts.TypeNode {
  if (operation.access === 'public') {
    usage.runtime.add('PublicContext');
    return typeRef('PublicContext');
  }
  usage.runtime.add('SecuredContext');
  const auth = typeRef('TAuth');
  return typeRef('SecuredContext', [
    operation.access === 'optional'
      ? f.createUnionTypeNode([auth, keyword(ts.SyntaxKind.UndefinedKeyword)])
      : auth,
  ]);
}

function methodDoc(operation: OperationPlan): string {
  const model = operation.operation;
  const lines = [model.summary ?? model.operationId, '', `\`${model.method.toUpperCase()} ${model.path}\``];
  if (model.deprecated) lines.push('@deprecated');
  return lines.join('\n');
}

function groupInterface(group: GroupPlan, usage: ImportUsage): ts.InterfaceDeclaration {
  const members = group.operations.map((operation) =>
    withDoc(
      f.createMethodSignature(
        undefined,
        propertyName(operation.operation.name),
        undefined,
        undefined,
        [
          f.createParameterDeclaration(
            undefined,
            undefined,
            'input',
            undefined,
            typeRef(`${operation.typeBase}Input`),
          ),
          f.createParameterDeclaration(
            undefined,
            undefined,
            'context',
            undefined,
            contextType(operation, usage),
          ),
        ],
        typeRef('Promise', [typeRef(`${operation.typeBase}Result`)]),
      ),
      methodDoc(operation),
    ),
  );
  return withDoc(
    f.createInterfaceDeclaration(
      [f.createModifier(ts.SyntaxKind.ExportKeyword)],
      group.interfaceName,
      [typeParameter('TAuth', keyword(ts.SyntaxKind.UnknownKeyword))],
      undefined,
      members,
    ),
    `The \`${group.tag}\` operations. \`TAuth\` is what the app's security checks return.`,
  );
}

function handlersInterface(plan: ServerPlan): ts.InterfaceDeclaration {
  return withDoc(
    f.createInterfaceDeclaration(
      [f.createModifier(ts.SyntaxKind.ExportKeyword)],
      'Handlers',
      [typeParameter('TAuth', keyword(ts.SyntaxKind.UnknownKeyword))],
      undefined,
      plan.groups.map((group) =>
        f.createPropertySignature(
          undefined,
          propertyName(group.key),
          undefined,
          typeRef(group.interfaceName, [typeRef('TAuth')]),
        ),
      ),
    ),
    'Every operation of the API, grouped by first tag; `createRouter` needs all of them.',
  );
}
