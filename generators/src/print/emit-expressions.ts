/** How expressions are printed (registered with `on`). */
import type ts from '../targets/typescript.cjs';
import { Format, isMultiLine, K, on, UnsupportedNode } from './node-printer.js';

// Expressions.
on(K.PropertyAccessExpression, (p, node: ts.PropertyAccessExpression) => {
  // TypeScript writes `1..x` after a bare integer literal; the emitters never access members of numbers.
  if (node.expression.kind === K.NumericLiteral) throw new UnsupportedNode(node.kind);
  p.node(node.expression);
  if (node.questionDotToken !== undefined) p.node(node.questionDotToken);
  else p.write('.');
  p.node(node.name);
});
on(K.ElementAccessExpression, (p, node: ts.ElementAccessExpression) => {
  p.node(node.expression);
  p.optional(node.questionDotToken);
  p.write('[');
  p.node(node.argumentExpression);
  p.write(']');
});
on(K.CallExpression, (p, node: ts.CallExpression) => {
  p.node(node.expression);
  p.optional(node.questionDotToken);
  p.list(node.typeArguments, Format.TypeArguments);
  p.list(node.arguments, Format.CallArguments);
});
on(K.NewExpression, (p, node: ts.NewExpression) => {
  p.write('new ');
  p.node(node.expression);
  p.list(node.typeArguments, Format.TypeArguments);
  p.list(node.arguments, Format.NewArguments);
});
on(K.ParenthesizedExpression, (p, node: ts.ParenthesizedExpression) => {
  p.write('(');
  p.node(node.expression);
  p.write(')');
});
on(K.AsExpression, (p, node: ts.AsExpression) => {
  p.node(node.expression);
  p.write(' as ');
  p.node(node.type);
});
on(K.SatisfiesExpression, (p, node: ts.SatisfiesExpression) => {
  p.node(node.expression);
  p.write(' satisfies ');
  p.node(node.type);
});
on(K.NonNullExpression, (p, node: ts.NonNullExpression) => {
  p.node(node.expression);
  p.write('!');
});
on(K.TypeOfExpression, (p, node: ts.TypeOfExpression) => {
  p.write('typeof ');
  p.node(node.expression);
});
on(K.AwaitExpression, (p, node: ts.AwaitExpression) => {
  p.write('await ');
  p.node(node.expression);
});
on(K.PrefixUnaryExpression, (p, node: ts.PrefixUnaryExpression) => {
  // `- -x` and `+ +x` need a space that TypeScript adds; the emitters only negate literals.
  if (node.operand.kind === K.PrefixUnaryExpression) throw new UnsupportedNode(node.kind);
  p.token(node.operator);
  p.node(node.operand);
});
on(K.BinaryExpression, (p, node: ts.BinaryExpression) => {
  p.node(node.left);
  if (node.operatorToken.kind !== K.CommaToken) p.write(' ');
  p.token(node.operatorToken.kind);
  p.write(' ');
  p.node(node.right);
});
on(K.ConditionalExpression, (p, node: ts.ConditionalExpression) => {
  p.node(node.condition);
  p.write(' ');
  p.node(node.questionToken);
  p.write(' ');
  p.node(node.whenTrue);
  p.write(' ');
  p.node(node.colonToken);
  p.write(' ');
  p.node(node.whenFalse);
});
on(K.ArrowFunction, (p, node: ts.ArrowFunction) => {
  p.modifiers(node.modifiers);
  p.list(node.typeParameters, Format.TypeArguments);
  const [only, ...others] = node.parameters;
  if (only !== undefined && others.length === 0 && isSimpleArrowParameter(node, only)) p.node(only);
  else p.list(node.parameters, Format.Parameters);
  p.typeAnnotation(node.type);
  p.write(' ');
  p.node(node.equalsGreaterThanToken);
  if (node.body.kind === K.Block) {
    p.functionBody(node.body as ts.Block);
  } else {
    p.write(' ');
    p.node(node.body);
  }
});
on(K.ObjectLiteralExpression, (p, node: ts.ObjectLiteralExpression) =>
  p.list(
    node.properties,
    isMultiLine(node)
      ? Format.ObjectLiteralProperties | Format.PreferNewLine
      : Format.ObjectLiteralProperties,
  ),
);
on(K.ArrayLiteralExpression, (p, node: ts.ArrayLiteralExpression) =>
  p.list(
    node.elements,
    isMultiLine(node) ? Format.ArrayLiteralElements | Format.PreferNewLine : Format.ArrayLiteralElements,
  ),
);
on(K.PropertyAssignment, (p, node: ts.PropertyAssignment) => {
  p.node(node.name);
  p.write(': ');
  p.node(node.initializer);
});
on(K.ShorthandPropertyAssignment, (p, node: ts.ShorthandPropertyAssignment) => {
  p.node(node.name);
  if (node.objectAssignmentInitializer !== undefined) {
    p.write(' = ');
    p.node(node.objectAssignmentInitializer);
  }
});
on([K.SpreadAssignment, K.SpreadElement], (p, node: ts.SpreadAssignment | ts.SpreadElement) => {
  p.write('...');
  p.node(node.expression);
});
on(K.ObjectBindingPattern, (p, node: ts.ObjectBindingPattern) => {
  p.write('{');
  p.list(node.elements, Format.NamedBindings);
  p.write('}');
});
on(K.BindingElement, (p, node: ts.BindingElement) => {
  p.optional(node.dotDotDotToken);
  if (node.propertyName !== undefined) {
    p.node(node.propertyName);
    p.write(': ');
  }
  p.node(node.name);
  p.initializer(node.initializer);
});

/** `canEmitSimpleArrowHead`: one plain parameter is written without parentheses (`x => x`). */
function isSimpleArrowParameter(arrow: ts.ArrowFunction, parameter: ts.ParameterDeclaration): boolean {
  return (
    parameter.pos === arrow.pos &&
    arrow.type === undefined &&
    (arrow.modifiers === undefined || arrow.modifiers.length === 0) &&
    (arrow.typeParameters === undefined || arrow.typeParameters.length === 0) &&
    (parameter.modifiers === undefined || parameter.modifiers.length === 0) &&
    parameter.dotDotDotToken === undefined &&
    parameter.questionToken === undefined &&
    parameter.type === undefined &&
    parameter.initializer === undefined &&
    parameter.name.kind === K.Identifier
  );
}
