import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const MAX_BUFFER = 256 * 1024 * 1024;

async function git(cwd: string, args: string[]): Promise<string> {
  const { stdout } = await run('git', args, { cwd, maxBuffer: MAX_BUFFER, encoding: 'utf8' });
  return stdout;
}

/** The repository root that holds `cwd`, or undefined outside a repository. */
export async function repositoryRoot(cwd: string): Promise<string | undefined> {
  try {
    return (await git(cwd, ['rev-parse', '--show-toplevel'])).trim();
  } catch {
    return undefined;
  }
}

/** True when `ref` names a commit available locally (false for HEAD~1 in a single-commit or shallow clone). */
export async function refExists(root: string, ref: string): Promise<boolean> {
  try {
    await git(root, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
    return true;
  } catch {
    return false;
  }
}

/** Text of `path` (relative to the repository root) at `ref`, or undefined when the file did not exist there. */
export async function readAtRef(root: string, ref: string, path: string): Promise<string | undefined> {
  try {
    return await git(root, ['show', `${ref}:${path.split(sep).join('/')}`]);
  } catch {
    return undefined;
  }
}

/** A spec's folder written out as it was at a ref; `dispose` deletes it. */
export interface MaterializedSpec {
  /** Where the root spec file sits in the temporary tree. */
  specPath: string;
  dispose(): Promise<void>;
}

/**
 * Writes every file under the spec's folder, as it was at `ref`, into a
 * temporary directory that mirrors the repository layout, so each side
 * resolves its `$ref`s from its own tree.
 * @returns undefined when the spec file did not exist at that ref
 */
export async function materializeAtRef(
  root: string,
  ref: string,
  specPath: string,
): Promise<MaterializedSpec | undefined> {
  const specRelative = relative(root, resolve(specPath)).split(sep).join('/');
  const folder = dirname(specRelative);
  const listing = await git(root, [
    'ls-tree',
    '-r',
    '-z',
    '--name-only',
    ref,
    '--',
    folder === '.' ? specRelative : folder,
  ]);
  const files = listing.split('\0').filter((name) => name !== '');
  if (!files.includes(specRelative)) return undefined;
  const directory = await mkdtemp(join(tmpdir(), 'specloom-diff-'));
  try {
    for (const file of files) {
      const target = join(directory, file);
      await mkdir(dirname(target), { recursive: true });
      const { stdout } = await run('git', ['show', `${ref}:${file}`], {
        cwd: root,
        maxBuffer: MAX_BUFFER,
        encoding: 'buffer',
      });
      await writeFile(target, stdout);
    }
  } catch (error) {
    await rm(directory, { recursive: true, force: true });
    throw error;
  }
  return {
    specPath: join(directory, specRelative),
    dispose: () => rm(directory, { recursive: true, force: true }),
  };
}

/**
 * Why `ref` does not resolve: `history` when it counts back from a commit
 * that exists (`HEAD~1` on the first commit or in a shallow clone: nothing to
 * compare yet), `unknown` when nothing by that name exists (a typo, which must
 * not pass a CI gate), with the branches and tags it could have meant.
 */
export async function explainMissingRef(
  root: string,
  ref: string,
): Promise<{ kind: 'history' } | { kind: 'unknown'; names: string[] }> {
  const base = ref.replace(/([~^]\d*)+$/, '');
  if (base !== ref && base !== '' && (await refExists(root, base))) return { kind: 'history' };
  let names: string[] = [];
  try {
    names = (
      await git(root, [
        'for-each-ref',
        '--format=%(refname:short)',
        'refs/heads',
        'refs/tags',
        'refs/remotes',
      ])
    )
      .split('\n')
      .filter((name) => name !== '');
  } catch {
    // No names to suggest; the error still says the ref is unknown.
  }
  return { kind: 'unknown', names: ['HEAD', ...names] };
}
