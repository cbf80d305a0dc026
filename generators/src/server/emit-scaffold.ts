/**
 * Scaffold-once services: per tag, a class implementing the tag's handler
 * interface whose every method throws `NotImplementedError` (501) until
 * someone writes it. Written only when the file does not exist yet.
 */
import ts from '../targets/typescript.cjs';
import { importNamed, keyword, printModule, propertyName, typeParameter, typeRef, withDoc } from './ast.js';
import type { GroupPlan, OperationPlan } from './plan.js';

const f = ts.factory;

/** `../generated/server/handlers.js` -> `../generated/server/runtime.js`. */
export function runtimeImportFor(handlersImport: string): string {
  return handlersImport.replace(
    /handlers(\.[cm]?[jt]s)?$/,
    (_match, extension: string | undefined) => `runtime${extension ?? ''}`,
  );
}

function contextType(operation: OperationPlan): ts.TypeNode {
  if (operation.access === 'public') return typeRef('PublicContext');
  const auth = typeRef('TAuth');
  return typeRef('SecuredContext', [
    operation.access === 'optional'
      ? f.createUnionTypeNode([auth, keyword(ts.SyntaxKind.UndefinedKeyword)])
      : auth,
  ]);
}

function stubMethod(operation: OperationPlan): ts.MethodDeclaration {
  const model = operation.operation;
  return withDoc(
    f.createMethodDeclaration(
      [f.createModifier(ts.SyntaxKind.AsyncKeyword)],
      undefined,
      propertyName(model.name),
      undefined,
      undefined,
      [
        f.createParameterDeclaration(
          undefined,
          undefined,
          '_input',
          undefined,
          typeRef(`${operation.typeBase}Input`),
        ),
        f.createParameterDeclaration(undefined, undefined, '_context', undefined, contextType(operation)),
      ],
      typeRef('Promise', [typeRef(`${operation.typeBase}Result`)]),
      f.createBlock(
        [
          f.createThrowStatement(
            f.createNewExpression(f.createIdentifier('NotImplementedError'), undefined, [
              f.createStringLiteral(model.operationId),
            ]),
          ),
        ],
        true,
      ),
    ),
    `${model.summary ?? model.operationId} (\`${model.method.toUpperCase()} ${model.path}\`).`,
  );
}

/** The source of `<tag>/<tag>.service.ts` for one handler group. */
export function emitScaffold(group: GroupPlan, handlersImport: string): string {
  const usesPublic = group.operations.some((operation) => operation.access === 'public');
  const usesSecured = group.operations.some((operation) => operation.access !== 'public');
  const typeNames = [
    group.interfaceName,
    ...group.operations.flatMap((operation) => [`${operation.typeBase}Input`, `${operation.typeBase}Result`]),
    ...(usesPublic ? ['PublicContext'] : []),
    ...(usesSecured ? ['SecuredContext'] : []),
  ].sort();
  const serviceClass = withDoc(
    f.createClassDeclaration(
      [f.createModifier(ts.SyntaxKind.ExportKeyword)],
      group.serviceName,
      [typeParameter('TAuth', keyword(ts.SyntaxKind.UnknownKeyword))],
      [
        f.createHeritageClause(ts.SyntaxKind.ImplementsKeyword, [
          f.createExpressionWithTypeArguments(f.createIdentifier(group.interfaceName), [typeRef('TAuth')]),
        ]),
      ],
      group.operations.map(stubMethod),
    ),
    [
      `The \`${group.tag}\` operations' business rules. Each method answers 501 until it is written;`,
      'services never see `req`/`res`: they take the validated input and return a typed result.',
    ].join('\n'),
  );
  return printModule([
    importNamed(typeNames, handlersImport),
    importNamed(['NotImplementedError'], runtimeImportFor(handlersImport), false),
    serviceClass,
  ]);
}
