/** A semantic-version bump level, smallest first. */
export const BUMP_LEVELS = ['none', 'patch', 'minor', 'major'] as const;
export type BumpLevel = (typeof BUMP_LEVELS)[number];

interface Version {
  major: number;
  minor: number;
  patch: number;
}

const VERSION = /^v?(\d+)\.(\d+)\.(\d+)(?:[-+].*)?$/;

/**
 * Parses `1.2.3` (a leading `v` and pre-release/build suffixes are accepted).
 * @throws Error when the text is not a semantic version
 */
export function parseVersion(text: string): Version {
  const match = VERSION.exec(text.trim());
  if (!match) throw new Error(`"${text}" is not a semantic version (major.minor.patch)`);
  return { major: Number(match[1]), minor: Number(match[2]), patch: Number(match[3]) };
}

/** The major number of a version. */
export function majorOf(text: string): number {
  return parseVersion(text).major;
}

/** The version after applying a bump (semver §6-8: lower parts reset to zero). */
export function bumpVersion(text: string, level: BumpLevel): string {
  const { major, minor, patch } = parseVersion(text);
  if (level === 'major') return `${major + 1}.0.0`;
  if (level === 'minor') return `${major}.${minor + 1}.0`;
  if (level === 'patch') return `${major}.${minor}.${patch + 1}`;
  return `${major}.${minor}.${patch}`;
}

/** Which bump takes `from` to `to` (`none` when equal or lower). */
export function bumpBetween(from: string, to: string): BumpLevel {
  const a = parseVersion(from);
  const b = parseVersion(to);
  if (b.major !== a.major) return b.major > a.major ? 'major' : 'none';
  if (b.minor !== a.minor) return b.minor > a.minor ? 'minor' : 'none';
  return b.patch > a.patch ? 'patch' : 'none';
}

/** True when bump `actual` is at least `required`. */
export function satisfies(actual: BumpLevel, required: BumpLevel): boolean {
  return BUMP_LEVELS.indexOf(actual) >= BUMP_LEVELS.indexOf(required);
}
