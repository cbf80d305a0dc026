// js-yaml 4 ships no types; only what the fast YAML path uses is declared.
declare module 'js-yaml' {
  export interface TypeOptions {
    kind: 'scalar' | 'sequence' | 'mapping';
    resolve?: (data: string | null) => boolean;
    construct?: (data: string) => unknown;
    predicate?: (data: unknown) => boolean;
  }
  export class Type {
    constructor(tag: string, options: TypeOptions);
  }
  export interface Schema {
    extend(types: { implicit?: Type[]; explicit?: Type[] }): Schema;
  }
  export const FAILSAFE_SCHEMA: Schema;
  export const types: { null: Type; bool: Type; merge: Type };
  export interface LoadOptions {
    schema?: Schema;
    filename?: string;
    /** Called as each node is opened and closed; `state` is the parser's own (position, result, input). */
    // biome-ignore lint/suspicious/noExplicitAny: the parser state is untyped in js-yaml.
    listener?: (event: 'open' | 'close', state: any) => void;
  }
  export function load(text: string, options?: LoadOptions): unknown;
  const jsyaml: { FAILSAFE_SCHEMA: Schema; types: typeof types; Type: typeof Type; load: typeof load };
  export default jsyaml;
}
