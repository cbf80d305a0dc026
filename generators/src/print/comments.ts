import ts from '../targets/typescript.cjs';
import { indentString, isLineBreak, type TextWriter } from './text-writer.js';

/**
 * Writes a comment attached with `ts.addSyntheticLeadingComment`, as
 * TypeScript's printer does (`emitLeadingSynthesizedComment` and
 * `writeCommentRange`): a block comment is split at line breaks, each line
 * trimmed and re-indented to the writer's indentation plus the line's own
 * leading whitespace.
 */
export function writeLeadingComment(writer: TextWriter, comment: ts.SynthesizedComment): void {
  const singleLine = comment.kind === ts.SyntaxKind.SingleLineCommentTrivia;
  if (comment.hasLeadingNewline === true || singleLine) writer.writeLine();
  writeComment(writer, comment);
  if (comment.hasTrailingNewLine === true || singleLine) writer.writeLine();
  else writer.write(' ');
}

function writeComment(writer: TextWriter, comment: ts.SynthesizedComment): void {
  if (comment.kind !== ts.SyntaxKind.MultiLineCommentTrivia) {
    writer.write(`//${comment.text}`);
    return;
  }
  const text = `/*${comment.text}*/`;
  const lines = splitLines(text);
  for (const [index, line] of lines.entries()) {
    if (index > 0) {
      // The first line starts at column 0 of the comment text, so the writer's indentation plus this line's own.
      const spaces = writer.indentLevel * 4 + leadingIndent(line);
      writer.rawWrite(spaces > 0 ? indentString(Math.floor(spaces / 4)) + ' '.repeat(spaces % 4) : '');
    }
    const trimmed = line.trim();
    if (trimmed !== '') {
      writer.write(trimmed);
      if (index < lines.length - 1) writer.writeLine();
    } else {
      writer.rawWrite('\n');
    }
  }
}

/** The lines of `text`, without their line breaks (CR, LF, CRLF, U+2028, U+2029), as TypeScript splits them. */
function splitLines(text: string): string[] {
  const lines: string[] = [];
  let start = 0;
  for (let position = 0; position < text.length; position++) {
    const code = text.charCodeAt(position);
    if (!isLineBreak(code)) continue;
    // TypeScript ends a line one character before the next line's start, so CRLF leaves its CR on the line, where trim() drops it.
    const nextStart = code === 0x0d && text.charCodeAt(position + 1) === 0x0a ? position + 2 : position + 1;
    lines.push(text.slice(start, nextStart - 1));
    start = nextStart;
    position = nextStart - 1;
  }
  lines.push(text.slice(start));
  return lines;
}

/** Columns of leading single-line whitespace, a tab reaching the next multiple of four (`calculateIndent`). */
function leadingIndent(line: string): number {
  let columns = 0;
  for (let position = 0; position < line.length; position++) {
    const code = line.charCodeAt(position);
    if (!ts.isWhiteSpaceSingleLine(code)) break;
    columns += code === 0x09 ? 4 - (columns % 4) : 1;
  }
  return columns;
}
