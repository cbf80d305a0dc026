import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { promisify } from 'node:util';
import { readAtRef } from '../diff/git.js';

const run = promisify(execFile);

/** The most recent tag reachable from HEAD, or undefined when there is none. */
export async function latestTag(root: string): Promise<string | undefined> {
  try {
    const { stdout } = await run('git', ['describe', '--tags', '--abbrev=0'], {
      cwd: root,
      encoding: 'utf8',
    });
    return stdout.trim() || undefined;
  } catch {
    return undefined;
  }
}

export interface PackageInfo {
  name: string;
  version: string;
}

function parsePackage(text: string | undefined): PackageInfo | undefined {
  if (text === undefined) return undefined;
  try {
    const parsed = JSON.parse(text) as { name?: unknown; version?: unknown };
    if (typeof parsed.name !== 'string' || typeof parsed.version !== 'string') return undefined;
    return { name: parsed.name, version: parsed.version };
  } catch {
    return undefined;
  }
}

/** Name and version from a package.json in the working tree. */
export async function readPackage(path: string): Promise<PackageInfo | undefined> {
  return parsePackage(await readFile(path, 'utf8').catch(() => undefined));
}

/** Name and version from a package.json as it was at a git ref. */
export async function readPackageAtRef(
  root: string,
  ref: string,
  path: string,
): Promise<PackageInfo | undefined> {
  return parsePackage(await readAtRef(root, ref, relative(root, path)));
}
