// The TypeScript compiler API every emitter builds its syntax trees with, loaded through require().
// Importing the 9 MB CommonJS compiler from an ES module makes Node scan its source for export names
// first (cjs-module-lexer plus module-format detection), about 0.5 s of CPU on every `generate`; from
// require() it is compiled once and that scan never happens, and `preloadCompiler` compiles it from V8's
// code cache when it can. Emitters import this file (`import ts from '../targets/typescript.cjs'`), which
// keeps both the value and the `ts.*` types.
// Tests run the sources under vitest, which aliases this file to `typescript` itself (see vitest.config.ts).
import preloadCompiler = require('./compiler-code-cache.cjs');

preloadCompiler();

import ts = require('typescript');

export = ts;
