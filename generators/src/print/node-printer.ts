import ts from '../targets/typescript.cjs';
import { writeLeadingComment } from './comments.js';
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

/** `ListFormat` bits of TypeScript's printer, and the formats built from them that the emitters' trees use. */
export enum Format {
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

export const K = ts.SyntaxKind;

type Emit = (printer: NodePrinter, node: never) => void;

/** Writes one tree; `node` dispatches on the kind to the emitters registered with `on`. */
export class NodePrinter {
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

/** The `multiLine` the factory records on blocks and object and array literals (not in TypeScript's public types). */
export function isMultiLine(
  node: ts.Block | ts.ObjectLiteralExpression | ts.ArrayLiteralExpression,
): boolean {
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

/** Emitters by syntax kind, registered by `emit-*.ts`. */
const EMITTERS: Emit[] = [];

/** Registers how nodes of `kinds` are printed. */
export function on<T extends ts.Node>(
  kinds: ts.SyntaxKind | readonly ts.SyntaxKind[],
  emit: (p: NodePrinter, node: T) => void,
) {
  for (const kind of Array.isArray(kinds) ? kinds : [kinds]) EMITTERS[kind] = emit as Emit;
}
