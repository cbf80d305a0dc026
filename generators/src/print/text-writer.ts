/**
 * The output buffer of the printer, with the same rules as TypeScript's text
 * writer (`createTextWriter`), so that what is printed here is byte for byte
 * what `ts.createPrinter().printNode` prints:
 * - indentation (four spaces a level) is written lazily, before the first
 *   text of a line;
 * - `writeLine` ends the line only when something is on it;
 * - `rawWrite` writes without indentation and counts as text on the line.
 */
export class TextWriter {
  private output = '';
  private indent = 0;
  private lineStart = true;

  /** Writes text, indenting first when it starts a line. */
  write(text: string): void {
    if (text.length === 0) return;
    if (this.lineStart) {
      this.output += indentString(this.indent);
      this.lineStart = false;
    }
    this.output += text;
    // Text ending in a line break leaves the writer at the start of a line, as TypeScript's does.
    if (endsWithLineBreak(text)) this.lineStart = true;
  }

  /** Writes text as is, without indentation. */
  rawWrite(text: string): void {
    this.output += text;
    this.lineStart = endsWithLineBreak(text);
  }

  writeLine(): void {
    if (this.lineStart) return;
    this.output += '\n';
    this.lineStart = true;
  }

  increaseIndent(): void {
    this.indent++;
  }

  decreaseIndent(): void {
    this.indent--;
  }

  get indentLevel(): number {
    return this.indent;
  }

  get text(): string {
    return this.output;
  }
}

const INDENTS = ['', '    '];

/** Four spaces per level, cached. */
export function indentString(level: number): string {
  for (let next = INDENTS.length; next <= level; next++) INDENTS.push(`${INDENTS[next - 1]}    `);
  return INDENTS[level] as string;
}

/** The characters TypeScript's scanner counts as line breaks. */
export function isLineBreak(code: number): boolean {
  return code === 0x0a || code === 0x0d || code === 0x2028 || code === 0x2029;
}

function endsWithLineBreak(text: string): boolean {
  return text.length > 0 && isLineBreak(text.charCodeAt(text.length - 1));
}
