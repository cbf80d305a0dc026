import ts from '../targets/typescript.cjs';
import { writeLeadingComment } from './comments.js';
import { stringLiteralText } from './string-literal.js';
import { TextWriter } from './text-writer.js';

/**
 * A node this printer does not print exactly as TypeScript would (a kind it
 * does not know, a node parsed from source text, emit flags it does not
 * honour); the caller prints the statement with TypeScript's printer instead.
 */
export class UnsupportedNode extends Error {
  constructor(readonly kind: ts.SyntaxKind) {
    super(`the fast printer does not print ${ts.SyntaxKind[kind]}`);
  }
}

/**
 * Prints one statement (or any node) of a synthesized tree, byte for byte as
 * `ts.createPrinter({ newLine: LF }).printNode(EmitHint.Unspecified, node, file)`.
 * It follows the same rules for the shapes the emitters build: list formats
 * (brackets, separators, `multiLine`), indentation, synthetic comments and
 * literal escaping; anything else throws `UnsupportedNode`.
 */
export function printNode(node: ts.Node): string {
  const printer = new NodePrinter();
  printer.node(node);
  return printer.writer.text;
}

/** `ListFormat` bits of TypeScript's printer, and the formats built from them that the emitters' trees use. */
enum Format {
  None = 0,
  MultiLine = 1,
  PreserveLines = 2,
  BarDelimited = 4,
  AmpersandDelimited = 8,
  CommaDelimited = 16,
  AllowTrailingComma = 64,
  Indented = 128,
  SpaceBetweenBraces = 256,
  SpaceBetweenSiblings = 512,
  Braces = 1024,
  Parenthesis = 2048,
  AngleBrackets = 4096,
  SquareBrackets = 8192,
  OptionalIfUndefined = 16384,
  OptionalIfEmpty = 32768,
  PreferNewLine = 65536,
  NoTrailingNewLine = 131072,
  NoSpaceIfEmpty = 524288,
  SpaceAfterList = 2097152,

  Modifiers = SpaceBetweenSiblings | SpaceAfterList,
  TypeArguments = CommaDelimited |
    SpaceBetweenSiblings |
    AngleBrackets |
    OptionalIfUndefined |
    OptionalIfEmpty,
  Parameters = CommaDelimited | SpaceBetweenSiblings | Parenthesis,
  IndexSignatureParameters = CommaDelimited | SpaceBetweenSiblings | Indented | SquareBrackets,
  CallArguments = CommaDelimited | SpaceBetweenSiblings | Parenthesis,
  NewArguments = CallArguments | OptionalIfUndefined,
  CommaList = CommaDelimited | SpaceBetweenSiblings,
  HeritageClauses = SpaceBetweenSiblings,
  MembersBlock = MultiLine | Indented,
  TypeLiteralMembers = MultiLine | Indented | OptionalIfEmpty | NoSpaceIfEmpty,
  UnionMembers = BarDelimited | SpaceBetweenSiblings,
  IntersectionMembers = AmpersandDelimited | SpaceBetweenSiblings,
  ObjectLiteralProperties = PreserveLines |
    CommaDelimited |
    SpaceBetweenSiblings |
    SpaceBetweenBraces |
    Indented |
    Braces |
    NoSpaceIfEmpty |
    AllowTrailingComma,
  ArrayLiteralElements = PreserveLines |
    CommaDelimited |
    SpaceBetweenSiblings |
    AllowTrailingComma |
    Indented |
    SquareBrackets,
  NamedBindings = CommaDelimited |
    SpaceBetweenSiblings |
    SpaceBetweenBraces |
    AllowTrailingComma |
    NoSpaceIfEmpty,
  SingleLineStatements = SpaceBetweenSiblings | SpaceBetweenBraces,
}

/** The only emit flag the factory sets on the emitters' nodes (on property accesses); it changes nothing here. */
const NO_INDENTATION_FLAG = 1 << 18;

const K = ts.SyntaxKind;

type Emit = (printer: NodePrinter, node: never) => void;

class NodePrinter {
  readonly writer = new TextWriter();

  /** Emits a node with its synthetic comments, as the printer's comment pipeline does for every node. */
  node(node: ts.Node): void {
    const emitNode = (node as { emitNode?: { flags?: number; leadingComments?: ts.SynthesizedComment[] } })
      .emitNode;
    if (node.pos !== -1 || (emitNode !== undefined && !isPlainEmitNode(emitNode)))
      throw new UnsupportedNode(node.kind);
    const leading = emitNode?.leadingComments;
    if (leading !== undefined) for (const comment of leading) writeLeadingComment(this.writer, comment);
    const emit = EMITTERS[node.kind];
    if (emit !== undefined) emit(this, node as never);
    else if (isToken(node.kind)) this.token(node.kind);
    else throw new UnsupportedNode(node.kind);
  }

  optional(node: ts.Node | undefined): void {
    if (node !== undefined) this.node(node);
  }

  write(text: string): void {
    this.writer.write(text);
  }

  token(kind: ts.SyntaxKind): void {
    this.writer.write(ts.tokenToString(kind) as string);
  }

  /** `emitNodeList` for synthesized children: no source positions, so only the format decides the line breaks. */
  list(children: ts.NodeArray<ts.Node> | readonly ts.Node[] | undefined, format: Format): void {
    const writer = this.writer;
    if (children === undefined && format & Format.OptionalIfUndefined) return;
    const empty = children === undefined || children.length === 0;
    if (empty && format & Format.OptionalIfEmpty) return;
    if (format & BRACKETS) writer.write(openingBracket(format));
    if (empty || children === undefined) {
      if (format & Format.MultiLine) writer.writeLine();
      else if (format & Format.SpaceBetweenBraces && !(format & Format.NoSpaceIfEmpty)) writer.write(' ');
    } else {
      const newLines = (format & Format.PreserveLines && format & Format.PreferNewLine) !== 0;
      if (newLines || format & Format.MultiLine) writer.writeLine();
      else if (format & Format.SpaceBetweenBraces) writer.write(' ');
      if (format & Format.Indented) writer.increaseIndent();
      for (let index = 0; index < children.length; index++) {
        if (index > 0) {
          writeDelimiter(writer, format);
          if (newLines || format & Format.MultiLine) writer.writeLine();
          else if (format & Format.SpaceBetweenSiblings) writer.write(' ');
        }
        this.node(children[index] as ts.Node);
      }
      if ((children as ts.NodeArray<ts.Node>).hasTrailingComma === true && format & Format.AllowTrailingComma)
        writer.write(',');
      if (format & Format.Indented) writer.decreaseIndent();
      if (newLines || (format & Format.MultiLine && !(format & Format.NoTrailingNewLine))) writer.writeLine();
      else if (format & (Format.SpaceAfterList | Format.SpaceBetweenBraces)) writer.write(' ');
    }
    if (format & BRACKETS) writer.write(closingBracket(format));
  }

  typeAnnotation(type: ts.TypeNode | undefined): void {
    if (type === undefined) return;
    this.writer.write(': ');
    this.node(type);
  }

  initializer(initializer: ts.Expression | undefined): void {
    if (initializer === undefined) return;
    this.writer.write(' = ');
    this.node(initializer);
  }

  /** `emitSignatureHead`: type parameters, parameters, return type. */
  signature(node: ts.SignatureDeclarationBase): void {
    this.list(node.typeParameters, Format.TypeArguments);
    this.list(node.parameters, Format.Parameters);
    this.typeAnnotation(node.type);
  }

  /** `emitBlockFunctionBody`: one line unless the block was made `multiLine` (or is empty, which is left to TypeScript). */
  functionBody(body: ts.Block): void {
    const writer = this.writer;
    if (body.statements.length === 0) throw new UnsupportedNode(body.kind);
    writer.write(' {');
    if (isMultiLine(body)) {
      writer.increaseIndent();
      this.list(body.statements, Format.MultiLine);
      writer.decreaseIndent();
    } else {
      this.list(body.statements, Format.SingleLineStatements);
    }
    writer.write('}');
  }

  /** Modifiers: only keywords (decorators are left to TypeScript). */
  modifiers(modifiers: ts.NodeArray<ts.ModifierLike> | undefined): void {
    if (modifiers === undefined) return;
    for (const modifier of modifiers)
      if (modifier.kind === K.Decorator) throw new UnsupportedNode(modifier.kind);
    this.list(modifiers, Format.Modifiers);
  }
}

/** Printable ASCII other than `'` and `\\`: written between single quotes as it is. */
const PLAIN_SINGLE_QUOTED = /^[ -&(-[\]-~]*$/;

/** The `multiLine` the factory records on blocks and object and array literals (not in TypeScript's public types). */
function isMultiLine(node: ts.Block | ts.ObjectLiteralExpression | ts.ArrayLiteralExpression): boolean {
  return (node as { multiLine?: boolean }).multiLine === true;
}

/** Punctuation and keywords (keyword types, modifiers, `true`, `null`, `?`, `=>`): their text is fixed. */
function isToken(kind: ts.SyntaxKind): boolean {
  return (
    ((kind >= K.FirstPunctuation && kind <= K.LastPunctuation) ||
      (kind >= K.FirstKeyword && kind <= K.LastKeyword)) &&
    ts.tokenToString(kind) !== undefined
  );
}

function isPlainEmitNode(emitNode: Record<string, unknown>): boolean {
  for (const key in emitNode) {
    const value = emitNode[key];
    if (value === undefined) continue;
    if (key === 'leadingComments') continue;
    if (key === 'flags' && (value === 0 || value === NO_INDENTATION_FLAG)) continue;
    return false;
  }
  return true;
}

const BRACKETS = Format.Braces | Format.Parenthesis | Format.AngleBrackets | Format.SquareBrackets;

function openingBracket(format: Format): string {
  if (format & Format.Braces) return '{';
  if (format & Format.Parenthesis) return '(';
  if (format & Format.AngleBrackets) return '<';
  return '[';
}

function closingBracket(format: Format): string {
  if (format & Format.Braces) return '}';
  if (format & Format.Parenthesis) return ')';
  if (format & Format.AngleBrackets) return '>';
  return ']';
}

function writeDelimiter(writer: TextWriter, format: Format): void {
  if (format & Format.CommaDelimited) writer.write(',');
  else if (format & Format.BarDelimited) writer.write(' |');
  else if (format & Format.AmpersandDelimited) writer.write(' &');
}

const EMITTERS: Emit[] = [];

function on<T extends ts.Node>(
  kinds: ts.SyntaxKind | readonly ts.SyntaxKind[],
  emit: (p: NodePrinter, node: T) => void,
) {
  for (const kind of Array.isArray(kinds) ? kinds : [kinds]) EMITTERS[kind] = emit as Emit;
}

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
