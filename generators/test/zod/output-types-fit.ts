/**
 * A module that compiles only when every plain type the zod target writes out
 * (`export type X` in `schemas.ts`, `RequestOutputs` in `operations.ts`)
 * agrees with `z.output` of its schema, in both directions of assignability.
 * A disagreement is a type error naming the declaration or operation.
 */

/** The module's source; `zodDir` is the import path of the generated `zod/` folder, `schemasSource` its `schemas.ts`. */
export function outputTypesFit(zodDir: string, schemasSource: string): string {
  const names = [...schemasSource.matchAll(/^export type (\w+)\b/gm)].map((match) => match[1] as string);
  return `import type { z } from 'zod';
import type * as O from '${zodDir}/operations.js';
import type * as S from '${zodDir}/schemas.js';

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Parsed<T> = { [K in keyof T]: T[K] extends z.core.$ZodType ? z.output<T[K]> : Parsed<T[K]> };
type Operations = typeof O;
type WithRequest = {
  [K in keyof Operations]: Operations[K] extends { request: unknown } ? K : never;
}[keyof Operations];
type RequestFits = {
  [K in keyof O.RequestOutputs]: K extends WithRequest
    ? Same<Parsed<Operations[K]['request']>, O.RequestOutputs[K]>
    : false;
};

export const everyOperationListed: Same<WithRequest, keyof O.RequestOutputs> = true;
export const requestOutputsFit: { [K in keyof RequestFits]: true } = {} as RequestFits;
export const schemaTypesFit: {
${names.map((name) => `  ${name}: Same<z.output<typeof S.${name}>, S.${name}>;`).join('\n')}
} = {
${names.map((name) => `  ${name}: true,`).join('\n')}
};
`;
}
