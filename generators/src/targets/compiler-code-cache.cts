// Loads the TypeScript compiler with V8's code cache. Compiling its 9 MB source costs about 130 ms of CPU on every
// `generate` (and again in each worker thread); with the compiled code cached on disk it takes about 15 ms. The
// cache lives with specloom's other caches (`$SPECLOOM_CACHE_DIR`, else `node_modules/.cache/specloom` of this
// package), named after the compiler's version and Node's; V8 also refuses, by itself, a cache that does not match
// the source. When anything goes wrong the compiler is simply required as usual.
import fs = require('node:fs');
import Module = require('node:module');
import path = require('node:path');
import vm = require('node:vm');

/**
 * Puts the compiler into `require.cache`, compiled from the code cache when
 * there is one, so that every later `require('typescript')` (the emitters',
 * openapi-typescript's) gets this one instance.
 */
function preloadCompiler(): void {
  let file: string;
  try {
    file = require.resolve('typescript');
  } catch {
    return;
  }
  if (require.cache[file] !== undefined) return;
  try {
    const { version } = require('typescript/package.json') as { version: string };
    const cacheFile = path.join(
      cacheDirectory(),
      `typescript-${version}-node${process.version}-${process.arch}.v8cache`,
    );
    let cachedData: Buffer | undefined;
    try {
      cachedData = fs.readFileSync(cacheFile);
    } catch {
      cachedData = undefined;
    }
    const script = new vm.Script(Module.wrap(fs.readFileSync(file, 'utf8')), { filename: file, cachedData });
    const compiled = new Module(file, module);
    compiled.filename = file;
    const wrapper = script.runInThisContext() as (...args: unknown[]) => void;
    wrapper.call(
      compiled.exports,
      compiled.exports,
      Module.createRequire(file),
      compiled,
      file,
      path.dirname(file),
    );
    compiled.loaded = true;
    require.cache[file] = compiled;
    if (cachedData === undefined || script.cachedDataRejected === true)
      store(cacheFile, script.createCachedData());
  } catch {
    // Required as usual below.
  }
}

// The same folder as `cacheDirectory` in load/meta-schema-validator.ts, written again here because this file runs as
// CommonJS, before any ES module is loaded, and cannot import that one.
function cacheDirectory(): string {
  if (process.env.SPECLOOM_CACHE_DIR) return path.resolve(process.env.SPECLOOM_CACHE_DIR);
  return path.join(__dirname, '..', '..', 'node_modules', '.cache', 'specloom');
}

/** Best effort and atomic: concurrent processes (or threads) never read half a file. */
function store(file: string, data: Buffer): void {
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const temporary = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    fs.writeFileSync(temporary, data);
    fs.renameSync(temporary, file);
  } catch {
    // A read-only install compiles the compiler on every run: slower, still correct.
  }
}

export = preloadCompiler;
