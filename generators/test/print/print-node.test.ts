import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { printFile, printStatement, printStatements } from '../../src/print/index.js';
import { printNode, UnsupportedNode } from '../../src/print/print-node.js';
import { Random } from '../../src/sampling/index.js';
import { CONSTRUCTS, call, constant, doc, LEFT_TO_TYPESCRIPT } from './constructs.js';
import { typescriptPrintFile, typescriptPrintNode } from './reference.js';

const f = ts.factory;
const str = (text: string) => f.createStringLiteral(text);

describe('the fast printer', () => {
  it.each(Object.entries(CONSTRUCTS))('prints %s itself, as TypeScript does', (_name, build) => {
    const node = build();
    expect(printNode(node)).toBe(typescriptPrintNode(node));
  });

  it.each(
    Object.entries(LEFT_TO_TYPESCRIPT),
  )('leaves %s to TypeScript, with the same result', (_name, build) => {
    const node = build();
    expect(() => printNode(node)).toThrow(UnsupportedNode);
    expect(printStatement(node)).toBe(typescriptPrintNode(node));
  });

  it('prints statement lists and files as TypeScript does', () => {
    const statements = Object.values(CONSTRUCTS).map((build) => build() as ts.Statement);
    expect(printStatements(statements)).toBe(`${statements.map(typescriptPrintNode).join('\n\n')}\n`);
    expect(printFile(statements)).toBe(typescriptPrintFile(statements));
    expect(printFile([])).toBe(typescriptPrintFile([]));
    const prologue = [f.createExpressionStatement(str('use strict')), ...statements.slice(0, 2)];
    expect(printFile(prologue)).toBe(typescriptPrintFile(prologue));
  });

  it('writes 1,000 random doc comments, at random depths, as TypeScript does', () => {
    const random = new Random(7);
    const pieces = [
      ' ',
      '  ',
      '\t',
      '\n',
      '\r\n',
      '\r',
      '\u2028',
      '\u00a0',
      '*',
      ' * ',
      'word',
      '*/',
      '\u0085',
      '',
    ];
    for (let sample = 0; sample < 1000; sample++) {
      let text = '';
      for (let count = random.int(0, 12); count > 0; count--)
        text += pieces[random.int(0, pieces.length - 1)];
      text = text.replace(/\*\//g, '*\\/');
      let node: ts.Expression = doc(call('string', []), text);
      for (let depth = random.int(0, 3); depth > 0; depth--)
        node = f.createObjectLiteralExpression(
          [doc(f.createPropertyAssignment('p', node), text)],
          random.next() < 0.7,
        );
      const statement = constant('X', node);
      expect(printNode(statement), JSON.stringify(text)).toBe(typescriptPrintNode(statement));
    }
  });
});
