/** How statements and declarations are printed (registered with `on`). */
import ts from '../targets/typescript.cjs';
import { Format, K, on, UnsupportedNode } from './node-printer.js';

// Statements and declarations.
on(K.VariableStatement, (p, node: ts.VariableStatement) => {
  p.modifiers(node.modifiers);
  p.node(node.declarationList);
  p.write(';');
});
on(K.VariableDeclarationList, (p, node: ts.VariableDeclarationList) => {
  const kind = node.flags & ts.NodeFlags.BlockScoped;
  if (kind === ts.NodeFlags.Const) p.write('const ');
  else if (kind === ts.NodeFlags.Let) p.write('let ');
  else if (kind === 0) p.write('var ');
  else throw new UnsupportedNode(node.kind);
  p.list(node.declarations, Format.CommaList);
});
on(K.VariableDeclaration, (p, node: ts.VariableDeclaration) => {
  p.node(node.name);
  p.optional(node.exclamationToken);
  p.typeAnnotation(node.type);
  p.initializer(node.initializer);
});
on(K.ExpressionStatement, (p, node: ts.ExpressionStatement) => {
  p.node(node.expression);
  p.write(';');
});
on(K.ReturnStatement, (p, node: ts.ReturnStatement) => {
  p.write('return');
  if (node.expression !== undefined) {
    p.write(' ');
    p.node(node.expression);
  }
  p.write(';');
});
on(K.ThrowStatement, (p, node: ts.ThrowStatement) => {
  p.write('throw ');
  p.node(node.expression);
  p.write(';');
});
on(K.TypeAliasDeclaration, (p, node: ts.TypeAliasDeclaration) => {
  p.modifiers(node.modifiers);
  p.write('type ');
  p.node(node.name);
  p.list(node.typeParameters, Format.TypeArguments);
  p.write(' = ');
  p.node(node.type);
  p.write(';');
});
on(K.InterfaceDeclaration, (p, node: ts.InterfaceDeclaration) => {
  p.modifiers(node.modifiers);
  p.write('interface ');
  p.node(node.name);
  p.list(node.typeParameters, Format.TypeArguments);
  p.list(node.heritageClauses, Format.HeritageClauses);
  p.write(' {');
  p.list(node.members, Format.MembersBlock);
  p.write('}');
});
on(K.ClassDeclaration, (p, node: ts.ClassDeclaration) => {
  p.modifiers(node.modifiers);
  p.write('class');
  if (node.name !== undefined) {
    p.write(' ');
    p.node(node.name);
  }
  p.list(node.typeParameters, Format.TypeArguments);
  p.list(node.heritageClauses, Format.None);
  p.write(' {');
  p.list(node.members, Format.MembersBlock);
  p.write('}');
});
on(K.HeritageClause, (p, node: ts.HeritageClause) => {
  p.write(' ');
  p.token(node.token);
  p.write(' ');
  p.list(node.types, Format.CommaList);
});
on(K.MethodDeclaration, (p, node: ts.MethodDeclaration) => {
  p.modifiers(node.modifiers);
  p.optional(node.asteriskToken);
  p.node(node.name);
  p.optional(node.questionToken);
  p.signature(node);
  if (node.body === undefined) p.write(';');
  else p.functionBody(node.body);
});
on(K.FunctionDeclaration, (p, node: ts.FunctionDeclaration) => {
  p.modifiers(node.modifiers);
  p.write('function');
  p.optional(node.asteriskToken);
  p.write(' ');
  p.optional(node.name);
  p.signature(node);
  if (node.body === undefined) p.write(';');
  else p.functionBody(node.body);
});
on(K.ImportDeclaration, (p, node: ts.ImportDeclaration) => {
  if (node.attributes !== undefined) throw new UnsupportedNode(node.kind);
  p.modifiers(node.modifiers);
  p.write('import ');
  if (node.importClause !== undefined) {
    p.node(node.importClause);
    p.write(' from ');
  }
  p.node(node.moduleSpecifier);
  p.write(';');
});
on(K.ImportClause, (p, node: ts.ImportClause) => {
  const phase = (node as { phaseModifier?: ts.SyntaxKind }).phaseModifier;
  if (phase !== undefined) {
    p.token(phase);
    p.write(' ');
  } else if (node.isTypeOnly) {
    p.write('type ');
  }
  p.optional(node.name);
  if (node.name !== undefined && node.namedBindings !== undefined) p.write(', ');
  p.optional(node.namedBindings);
});
on(K.NamespaceImport, (p, node: ts.NamespaceImport) => {
  p.write('* as ');
  p.node(node.name);
});
on(K.NamespaceExport, (p, node: ts.NamespaceExport) => {
  p.write('* as ');
  p.node(node.name);
});
on([K.NamedImports, K.NamedExports], (p, node: ts.NamedImports | ts.NamedExports) => {
  p.write('{');
  p.list(node.elements, Format.NamedBindings);
  p.write('}');
});
on([K.ImportSpecifier, K.ExportSpecifier], (p, node: ts.ImportSpecifier | ts.ExportSpecifier) => {
  if (node.isTypeOnly) p.write('type ');
  if (node.propertyName !== undefined) {
    p.node(node.propertyName);
    p.write(' as ');
  }
  p.node(node.name);
});
on(K.ExportDeclaration, (p, node: ts.ExportDeclaration) => {
  if (node.attributes !== undefined) throw new UnsupportedNode(node.kind);
  p.modifiers(node.modifiers);
  p.write('export ');
  if (node.isTypeOnly) p.write('type ');
  if (node.exportClause !== undefined) p.node(node.exportClause);
  else p.write('*');
  if (node.moduleSpecifier !== undefined) {
    p.write(' from ');
    p.node(node.moduleSpecifier);
  }
  p.write(';');
});
