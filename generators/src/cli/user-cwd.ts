import { isAbsolute, relative } from 'node:path';

/**
 * The folder the user typed the command in. `npm run specloom -- ...` runs
 * the script from the package root and keeps the user's folder in
 * `INIT_CWD`; paths on the command line are the user's, so they resolve from
 * there. Only a folder below the script's own counts: a workspace script
 * started by a root script inherits the root's `INIT_CWD`, which is above it.
 */
export function userCwd(processCwd: string, env: NodeJS.ProcessEnv): string {
  const initCwd = env.INIT_CWD;
  if (env.npm_lifecycle_event === undefined || initCwd === undefined || initCwd === '') return processCwd;
  const fromScript = relative(processCwd, initCwd);
  const below = fromScript !== '' && !fromScript.startsWith('..') && !isAbsolute(fromScript);
  return below ? initCwd : processCwd;
}
