import { basename, extname } from 'node:path';
import { createDiagnostic } from '../diagnostics/codes.js';
import type { Diagnostic } from '../diagnostics/types.js';
import { pointerOf, resolvePointer } from '../model/json-pointer.js';
import type { SourceLocation } from '../model/types.js';
import type { FailedFile } from './discover.js';
import { checkInternalRefs, type InternalRef } from './internal-refs.js';
import {
  childContext,
  componentSection,
  itemContext,
  type RefContext,
  sectionItemContext,
} from './ref-context.js';
import { RefSiblings } from './ref-siblings.js';
import { type RefFailure, type RefMirrors, type RefTarget, resolveRef } from './resolve-ref.js';
import type { SourceFile } from './source-file.js';
import { SourceMap } from './source-map.js';

type Obj = Record<string, unknown>;

export interface BundleResult {
  document: Obj;
  sourceMap: SourceMap;
  diagnostics: Diagnostic[];
}

interface BundleOptions {
  swagger2: boolean;
  /** `2.0`, `3.0.x` or `3.1.x`: decides whether keys beside `$ref` count. */
  version: string;
  mirrors?: RefMirrors;
  /** Called for every object and array the walk enters (not literal data), before its references are followed. */
  visit?: NodeVisitor;
}

/**
 * Sees one node of the walk: what kind of OpenAPI object it is, where it lands in the bundled
 * document (`out`) and where it was written (`file`, `at`). The stacks are reused: copy to keep.
 */
export type NodeVisitor = (
  context: RefContext,
  node: object,
  out: readonly string[],
  file: SourceFile,
  at: readonly string[],
) => void;

/**
 * Joins a multi-file spec into one document whose `$ref`s are all internal.
 *
 * - A file the root lists under `components.<kind>.<Name>` (or `definitions.<Name>` in 2.0) keeps that name:
 *   every reference to it becomes `#/components/<kind>/<Name>`, so each component stays one named export.
 * - Any other external target is hoisted under a unique name derived from its file (or pointer) when the
 *   position it is referenced from has a component section, and inlined otherwise.
 * - References inside a non-root file are relative to that file, `#/...` included.
 *
 * Content is copied only where a reference changes, so a single-file spec is
 * walked once and never copied. Every moved subtree is recorded in the source
 * map so locations still point into the file that holds it.
 */
export function bundle(
  root: SourceFile,
  files: Map<string, SourceFile | FailedFile>,
  options: BundleOptions,
): BundleResult {
  return new Bundler(root, files, options).run();
}

class Bundler {
  private readonly diagnostics: Diagnostic[] = [];
  private readonly sourceMap: SourceMap;
  /** Target key -> the internal pointer it now lives at. */
  private readonly placed = new Map<string, string>();
  /** Hoisted components by section (`components/schemas`, `definitions`, ...). */
  private readonly hoisted = new Map<string, Map<string, unknown>>();
  /** Names taken per section, written or hoisted. */
  private readonly taken = new Map<string, Set<string>>();
  /** Targets being inlined or materialized right now: seeing one again is a cycle with no name to break it. */
  private readonly expanding: string[] = [];
  /** Internal references written in the root, checked once the document is complete. */
  private readonly rootRefs: InternalRef[] = [];
  private readonly reportedFiles = new Set<string>();
  /** Remote documents referenced without a mirror: one error each, at the first reference. */
  private readonly remote = new Map<string, { ref: string; location: SourceLocation; count: number }>();
  private readonly siblings: RefSiblings;

  constructor(
    private readonly root: SourceFile,
    private readonly files: Map<string, SourceFile | FailedFile>,
    private readonly options: BundleOptions,
  ) {
    this.sourceMap = new SourceMap(root);
    this.siblings = new RefSiblings(options.version);
  }

  run(): BundleResult {
    this.registerRootComponents();
    let document = this.transform(this.root, this.root.value, 'document', [], []) as Obj;
    document = this.attachHoisted(document);
    this.diagnostics.push(...checkInternalRefs(document, this.rootRefs, this.root));
    for (const [document, { ref, location, count }] of this.remote) {
      const more = count > 1 ? ` (${count} references to it; this is the first)` : '';
      this.diagnostics.push(createDiagnostic('SPEC_REF_REMOTE', { ref, document, more }, { location }));
    }
    this.diagnostics.push(...this.siblings.diagnostics());
    return { document, sourceMap: this.sourceMap, diagnostics: this.diagnostics };
  }

  /** Files the root lists as named components keep their names (see class doc). */
  private registerRootComponents(): void {
    const rootValue = asObj(this.root.value);
    const sections: string[][] = this.options.swagger2
      ? [['definitions'], ['parameters'], ['responses']]
      : Object.keys(asObj(rootValue.components)).map((kind) => ['components', kind]);
    for (const section of sections) {
      const entries = asObj(resolvePointer(rootValue, pointerOf(section)));
      const names = this.takenIn(section);
      for (const [name, entry] of Object.entries(entries)) {
        names.add(name);
        const ref = asObj(entry).$ref;
        if (typeof ref !== 'string' || ref.startsWith('#')) continue;
        const target = resolveRef(this.root.path, ref, this.options.mirrors);
        if ('error' in target || this.placed.has(target.key)) continue;
        this.placed.set(target.key, pointerOf([...section, name]));
      }
    }
  }

  /**
   * Returns `value` with its references rewritten (a new object only where something changed).
   * `at` is the position in `file`, `out` the position in the bundled document; both are stacks
   * pushed and popped during the walk.
   */
  private transform(
    file: SourceFile,
    value: unknown,
    context: RefContext,
    at: string[],
    out: string[],
  ): unknown {
    if (value === null || typeof value !== 'object' || context === 'data') return value;
    this.options.visit?.(context, value, out, file, at);
    if (Array.isArray(value)) {
      const childContextOfItems = itemContext(context);
      let copy: unknown[] | undefined;
      for (let index = 0; index < value.length; index += 1) {
        const item = value[index];
        if (item === null || typeof item !== 'object') continue;
        at.push(String(index));
        out.push(String(index));
        const next = this.transform(file, item, childContextOfItems, at, out);
        at.pop();
        out.pop();
        if (next !== item) {
          copy ??= value.slice();
          copy[index] = next;
        }
      }
      return copy ?? value;
    }
    const object = value as Obj;
    if (typeof object.$ref === 'string') return this.reference(file, object, context, at, out);
    const members = this.transformMembers(file, object, context, at, out);
    return context === 'schema' ? this.rewriteDiscriminatorMapping(file, members, at, out) : members;
  }

  /**
   * OAS 3.x §4.8.25: discriminator mapping values are schema names or references. A reference to
   * another file must follow its schema into the bundle, or tools that match mapping values against
   * `#/components/schemas/*` (openapi-typescript among them) no longer recognise the branch.
   */
  private rewriteDiscriminatorMapping(file: SourceFile, schema: Obj, at: string[], out: string[]): Obj {
    const discriminator = asObj(schema.discriminator);
    const mapping = asObj(discriminator.mapping);
    let rewritten: Obj | undefined;
    for (const [value, target] of Object.entries(mapping)) {
      // Plain component names and references already internal to the root stay as written.
      if (typeof target !== 'string' || (!target.includes('.') && !target.includes('/'))) continue;
      if (target.startsWith('#') && file === this.root) continue;
      const site = ['discriminator', 'mapping', value];
      at.push(...site);
      out.push(...site);
      const placed = this.reference(file, { $ref: target }, 'schema', at, out);
      at.splice(at.length - site.length, site.length);
      out.splice(out.length - site.length, site.length);
      const pointer = asObj(placed).$ref;
      if (typeof pointer === 'string' && pointer !== target) {
        rewritten ??= { ...mapping };
        rewritten[value] = pointer;
      }
    }
    return rewritten ? { ...schema, discriminator: { ...discriminator, mapping: rewritten } } : schema;
  }

  private transformMembers(
    file: SourceFile,
    object: Obj,
    context: RefContext,
    at: string[],
    out: string[],
  ): Obj {
    let copy: Obj | undefined;
    for (const key in object) {
      const child = object[key];
      if (child === null || typeof child !== 'object' || key === '$ref') continue;
      at.push(key);
      out.push(key);
      const next = this.transform(file, child, childContext(context, key), at, out);
      at.pop();
      out.pop();
      if (next !== child) {
        copy ??= { ...object };
        copy[key] = next;
      }
    }
    return copy ?? object;
  }

  private reference(
    file: SourceFile,
    object: Obj,
    context: RefContext,
    at: string[],
    out: string[],
  ): unknown {
    const ref = object.$ref as string;
    // Siblings of $ref (3.1 summary/description, schema keywords) are kept and walked too; where the
    // version says they are ignored, they are noted once per kind (and dropped from Swagger 2.0, whose
    // schema otherwise rejects them).
    let withSiblings = this.transformMembers(file, object, context, at, out);
    if (
      this.siblings.note(withSiblings, context, (key) => file.locate([...at, key])) &&
      this.options.swagger2
    )
      withSiblings = { $ref: ref };
    const isRootInternal = ref.startsWith('#') && file === this.root;
    if (isRootInternal) {
      this.rootRefs.push({ ref, site: [...at] });
      return withSiblings;
    }
    const resolved = resolveRef(file.path, ref, this.options.mirrors);
    if ('error' in resolved) return this.failed(file, at, ref, resolved, withSiblings);
    const target = this.targetFile(resolved, file, at, ref);
    if (target === undefined) return withSiblings;
    if (target.file === this.root) return { ...withSiblings, $ref: pointerOf(resolved.tokens) };

    const here = pointerOf(out);
    const placedAt = this.placed.get(resolved.key);
    if (placedAt !== undefined && placedAt !== here) return { ...withSiblings, $ref: placedAt };
    if (placedAt === here) return this.expand(target, resolved, context, out, withSiblings, file, at, ref);

    const section = componentSection(context, this.options.swagger2);
    if (section === undefined)
      return this.expand(target, resolved, context, out, withSiblings, file, at, ref);
    const name = this.uniqueName(section, resolved);
    const pointer = pointerOf([...section, name]);
    this.placed.set(resolved.key, pointer);
    const slot = [...section, name];
    this.sourceMap.add(pointer, target.file, resolved.tokens);
    const content = this.transform(
      target.file,
      target.value,
      sectionItemContext(section),
      [...resolved.tokens],
      slot,
    );
    this.hoistedIn(section).set(name, content);
    return { ...withSiblings, $ref: pointer };
  }

  /** Puts the target's content where the reference stands (inlining, or a root-listed component's own slot). */
  private expand(
    target: { file: SourceFile; value: unknown },
    resolved: RefTarget,
    context: RefContext,
    out: string[],
    withSiblings: Obj,
    file: SourceFile,
    at: string[],
    ref: string,
  ): unknown {
    if (this.expanding.includes(resolved.key)) {
      const chain = [...this.expanding.slice(this.expanding.indexOf(resolved.key)), resolved.key]
        .map((key) => this.displayKey(key))
        .join(' -> ');
      this.diagnostics.push(
        createDiagnostic(
          'SPEC_REF_CIRCULAR',
          { ref, chain },
          { location: file.locate([...at, '$ref']), pointer: pointerOf(out) },
        ),
      );
      return withSiblings;
    }
    this.expanding.push(resolved.key);
    this.sourceMap.add(pointerOf(out), target.file, resolved.tokens);
    const content = this.transform(target.file, target.value, context, [...resolved.tokens], out);
    this.expanding.pop();
    const { $ref: _ref, ...siblings } = withSiblings;
    if (content === null || typeof content !== 'object' || Array.isArray(content)) return content;
    return Object.keys(siblings).length === 0 ? content : { ...(content as Obj), ...siblings };
  }

  private targetFile(
    resolved: RefTarget,
    file: SourceFile,
    at: string[],
    ref: string,
  ): { file: SourceFile; value: unknown } | undefined {
    const loaded = this.files.get(resolved.file);
    if (loaded === undefined || !('path' in loaded)) {
      const parseFailures =
        loaded?.diagnostics.filter((diagnostic) => diagnostic.code === 'SPEC_PARSE_ERROR') ?? [];
      if (parseFailures.length > 0) {
        if (!this.reportedFiles.has(resolved.file)) this.diagnostics.push(...parseFailures);
        this.reportedFiles.add(resolved.file);
      } else this.unresolved(file, at, ref, `file ${resolved.file} does not exist`, undefined);
      return undefined;
    }
    const value = resolvePointer(loaded.value, pointerOf(resolved.tokens));
    if (value === undefined) {
      this.unresolved(
        file,
        at,
        ref,
        `${basename(resolved.file)} has no node at "#${pointerOf(resolved.tokens).slice(1)}"`,
        undefined,
      );
      return undefined;
    }
    return { file: loaded, value };
  }

  private failed(file: SourceFile, at: string[], ref: string, failure: RefFailure, keep: unknown): unknown {
    if (failure.remote === undefined) return this.unresolved(file, at, ref, failure.error, keep);
    const seen = this.remote.get(failure.remote);
    if (seen) seen.count += 1;
    else this.remote.set(failure.remote, { ref, location: file.locate([...at, '$ref']), count: 1 });
    return keep;
  }

  private unresolved(file: SourceFile, at: string[], ref: string, reason: string, keep: unknown): unknown {
    this.diagnostics.push(
      createDiagnostic('SPEC_REF_UNRESOLVED', { ref, reason }, { location: file.locate([...at, '$ref']) }),
    );
    return keep;
  }

  private attachHoisted(document: Obj): Obj {
    if (this.hoisted.size === 0) return document;
    const result = { ...document };
    for (const [sectionKey, entries] of this.hoisted) {
      const section = sectionKey.split('/');
      let parent = result;
      for (const token of section.slice(0, -1)) {
        parent[token] = { ...asObj(parent[token]) };
        parent = parent[token] as Obj;
      }
      const last = section[section.length - 1] ?? '';
      parent[last] = { ...asObj(parent[last]), ...Object.fromEntries(entries) };
    }
    return result;
  }

  private uniqueName(section: string[], target: RefTarget): string {
    const last = target.tokens[target.tokens.length - 1];
    const base = sanitizeName(last ?? basename(target.file, extname(target.file)));
    const names = this.takenIn(section);
    let name = base;
    for (let suffix = 2; names.has(name); suffix += 1) name = `${base}${suffix}`;
    names.add(name);
    return name;
  }

  private takenIn(section: string[]): Set<string> {
    const key = section.join('/');
    let names = this.taken.get(key);
    if (!names) {
      names = new Set();
      this.taken.set(key, names);
    }
    return names;
  }

  private hoistedIn(section: string[]): Map<string, unknown> {
    const key = section.join('/');
    let entries = this.hoisted.get(key);
    if (!entries) {
      entries = new Map();
      this.hoisted.set(key, entries);
    }
    return entries;
  }

  private displayKey(key: string): string {
    const hash = key.indexOf('#');
    return `${basename(key.slice(0, hash))}#${key.slice(hash + 1)}`;
  }
}

/** Component names must match `^[a-zA-Z0-9.\-_]+$` (OAS 3.x §4.8.7). */
function sanitizeName(text: string): string {
  const cleaned = text.replace(/[^a-zA-Z0-9._-]/g, '_');
  return cleaned === '' ? 'Component' : cleaned;
}

function asObj(value: unknown): Obj {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Obj) : {};
}
