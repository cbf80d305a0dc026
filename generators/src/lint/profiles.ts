import type { RuleSetting } from '../config/types.js';
import { DIAGNOSTICS } from '../diagnostics/codes.js';
import type { LintRule } from './types.js';

/** The built-in rule sets a config `extends` (or `check --profile` names). */
export const PROFILE_NAMES = ['specloom:recommended', 'specloom:strict'] as const;
export type ProfileName = (typeof PROFILE_NAMES)[number];

/** Used when neither the config nor the command line names a profile. */
export const DEFAULT_PROFILE: ProfileName = 'specloom:recommended';

/**
 * `specloom:recommended`: correctness rules only, at severities that keep a
 * valid spec passing (findings OpenAPI itself allows are warnings).
 * `specloom:strict`: every rule, style included, at its registered severity.
 */
export function profileSettings(
  profile: ProfileName,
  rules: readonly LintRule[],
): Record<string, RuleSetting> {
  const settings: Record<string, RuleSetting> = {};
  for (const rule of rules) {
    for (const code of rule.codes) {
      if (profile === 'specloom:strict') settings[code] = DIAGNOSTICS[code].severity;
      else
        settings[code] = rule.category === 'style' ? 'off' : (rule.recommended ?? DIAGNOSTICS[code].severity);
    }
  }
  return settings;
}

/** `strict` and `specloom:strict` both name the strict profile; undefined for anything else. */
export function parseProfileName(text: string): ProfileName | undefined {
  const full = text.includes(':') ? text : `specloom:${text}`;
  return (PROFILE_NAMES as readonly string[]).includes(full) ? (full as ProfileName) : undefined;
}
