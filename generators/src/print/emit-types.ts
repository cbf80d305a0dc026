/** How names, literals and type nodes are printed (registered with `on`). */
import ts from '../targets/typescript.cjs';
import { Format, K, on, UnsupportedNode } from './node-printer.js';
import { stringLiteralText } from './string-literal.js';

/** Printable ASCII other than `'` and `\\`: written between single quotes as it is. */
const PLAIN_SINGLE_QUOTED = /^[ -&(-[\]-~]*$/;

on(K.ThisType, (p) => p.write('this'));

// Literals and names.
on(K.Identifier, (p, node: ts.Identifier) => {
  if ((node as { emitNode?: { autoGenerate?: unknown } }).emitNode?.autoGenerate !== undefined)
    throw new UnsupportedNode(node.kind);
  p.write(ts.idText(node));
});
on(K.StringLiteral, (p, node: ts.StringLiteral) => {
  const { textSourceNode, singleQuote } = node as { textSourceNode?: unknown; singleQuote?: boolean };
  if (textSourceNode !== undefined) throw new UnsupportedNode(node.kind);
  if (singleQuote !== true) p.write(stringLiteralText(node.text));
  // Single quotes only around text with nothing to escape (keys such as `components['schemas']`).
  else if (PLAIN_SINGLE_QUOTED.test(node.text)) p.write(`'${node.text}'`);
  else throw new UnsupportedNode(node.kind);
});
on([K.NumericLiteral, K.BigIntLiteral, K.RegularExpressionLiteral], (p, node: ts.LiteralExpression) =>
  p.write(node.text),
);
on(K.QualifiedName, (p, node: ts.QualifiedName) => {
  p.node(node.left);
  p.write('.');
  p.node(node.right);
});
on(K.ComputedPropertyName, (p, node: ts.ComputedPropertyName) => {
  p.write('[');
  p.node(node.expression);
  p.write(']');
});

// Types.
on(K.TypeReference, (p, node: ts.TypeReferenceNode) => {
  p.node(node.typeName);
  p.list(node.typeArguments, Format.TypeArguments);
});
on(K.ExpressionWithTypeArguments, (p, node: ts.ExpressionWithTypeArguments) => {
  p.node(node.expression);
  p.list(node.typeArguments, Format.TypeArguments);
});
on(K.LiteralType, (p, node: ts.LiteralTypeNode) => p.node(node.literal));
on(K.TypeLiteral, (p, node: ts.TypeLiteralNode) => {
  p.write('{');
  p.list(node.members, Format.TypeLiteralMembers);
  p.write('}');
});
on(K.PropertySignature, (p, node: ts.PropertySignature) => {
  p.modifiers(node.modifiers);
  p.node(node.name);
  p.optional(node.questionToken);
  p.typeAnnotation(node.type);
  p.write(';');
});
on(K.MethodSignature, (p, node: ts.MethodSignature) => {
  p.modifiers(node.modifiers);
  p.node(node.name);
  p.optional(node.questionToken);
  p.signature(node);
  p.write(';');
});
on(K.CallSignature, (p, node: ts.CallSignatureDeclaration) => {
  p.signature(node);
  p.write(';');
});
on(K.IndexSignature, (p, node: ts.IndexSignatureDeclaration) => {
  p.modifiers(node.modifiers);
  p.list(node.parameters, Format.IndexSignatureParameters);
  p.typeAnnotation(node.type);
  p.write(';');
});
on(K.UnionType, (p, node: ts.UnionTypeNode) => p.list(node.types, Format.UnionMembers));
on(K.IntersectionType, (p, node: ts.IntersectionTypeNode) => p.list(node.types, Format.IntersectionMembers));
on(K.ArrayType, (p, node: ts.ArrayTypeNode) => {
  p.node(node.elementType);
  p.write('[]');
});
on(K.ParenthesizedType, (p, node: ts.ParenthesizedTypeNode) => {
  p.write('(');
  p.node(node.type);
  p.write(')');
});
on(K.IndexedAccessType, (p, node: ts.IndexedAccessTypeNode) => {
  p.node(node.objectType);
  p.write('[');
  p.node(node.indexType);
  p.write(']');
});
on(K.TypeOperator, (p, node: ts.TypeOperatorNode) => {
  p.token(node.operator);
  p.write(' ');
  p.node(node.type);
});
on(K.TypeQuery, (p, node: ts.TypeQueryNode) => {
  p.write('typeof ');
  p.node(node.exprName);
  p.list(node.typeArguments, Format.TypeArguments);
});
on(K.ConditionalType, (p, node: ts.ConditionalTypeNode) => {
  p.node(node.checkType);
  p.write(' extends ');
  p.node(node.extendsType);
  p.write(' ? ');
  p.node(node.trueType);
  p.write(' : ');
  p.node(node.falseType);
});
on(K.InferType, (p, node: ts.InferTypeNode) => {
  p.write('infer ');
  p.node(node.typeParameter);
});
on(K.MappedType, (p, node: ts.MappedTypeNode) => {
  const writer = p.writer;
  writer.write('{');
  writer.writeLine();
  writer.increaseIndent();
  if (node.readonlyToken !== undefined) {
    p.node(node.readonlyToken);
    if (node.readonlyToken.kind !== K.ReadonlyKeyword) writer.write('readonly');
    writer.write(' ');
  }
  writer.write('[');
  p.node(node.typeParameter.name);
  writer.write(' in ');
  p.optional(node.typeParameter.constraint);
  if (node.nameType !== undefined) {
    writer.write(' as ');
    p.node(node.nameType);
  }
  writer.write(']');
  if (node.questionToken !== undefined) {
    p.node(node.questionToken);
    if (node.questionToken.kind !== K.QuestionToken) writer.write('?');
  }
  writer.write(': ');
  p.optional(node.type);
  writer.write(';');
  writer.writeLine();
  writer.decreaseIndent();
  p.list(node.members, Format.PreserveLines);
  writer.write('}');
});
on(K.TypeParameter, (p, node: ts.TypeParameterDeclaration) => {
  p.modifiers(node.modifiers);
  p.node(node.name);
  if (node.constraint !== undefined) {
    p.write(' extends ');
    p.node(node.constraint);
  }
  if (node.default !== undefined) {
    p.write(' = ');
    p.node(node.default);
  }
});
on(K.Parameter, (p, node: ts.ParameterDeclaration) => {
  p.modifiers(node.modifiers);
  p.optional(node.dotDotDotToken);
  p.node(node.name);
  p.optional(node.questionToken);
  p.typeAnnotation(node.type);
  p.initializer(node.initializer);
});
