import { DIAGNOSTICS, type DiagnosticCode } from '../diagnostics/codes.js';
import { RULES } from './index.js';
import { PROFILE_NAMES, profileSettings } from './profiles.js';

/** Codes the loader reports (parse, references, meta-schema, tolerated constructs): every profile. */
const LOADER_PREFIXES = ['SPEC_', 'SCHEMA_'];

/**
 * The rule reference page (`generators/docs/lint-rules.md`), generated from
 * the rule registry and the diagnostic registry so it cannot drift from them.
 */
export function renderRuleReference(): string {
  const profiles = Object.fromEntries(PROFILE_NAMES.map((name) => [name, profileSettings(name, RULES)]));
  const lines = [
    '<!-- Generated from generators/src/lint and generators/src/diagnostics/codes.ts; do not edit. -->',
    '<!-- Update: npx vitest run test/lint/reference.test.ts --update (inside generators/) -->',
    '',
    '# specloom check: rules',
    '',
    'Two profiles, chosen with `lint.extends` in `specloom.config.ts` or `specloom check --profile`:',
    '',
    '- `specloom:recommended` (the default, also without a config): correctness rules only, at severities',
    '  that let a valid spec pass; what OpenAPI itself allows is at most a warning.',
    '- `specloom:strict`: every rule, house style included, at its registered severity.',
    '',
    '`lint.rules` sets any code below to `error`, `warning`, `info` or `off` over the profile, e.g.',
    "`lint: { extends: 'specloom:recommended', rules: { OPERATION_ID_NOT_CAMEL_CASE: 'warning' } }`.",
    '',
    '## Lint rules',
    '',
    '| code | kind | recommended | strict |',
    '| --- | --- | --- | --- |',
    ...RULES.flatMap((rule) =>
      rule.codes.map(
        (code) =>
          `| [\`${code}\`](#${code.toLowerCase()}) | ${rule.category} | ${profiles['specloom:recommended']?.[code]} | ${profiles['specloom:strict']?.[code]} |`,
      ),
    ),
    '',
    ...RULES.flatMap((rule) =>
      rule.codes.flatMap((code) => [
        `### ${code}`,
        '',
        `Reports: ${example(code)}`,
        '',
        `Why: ${rule.why}`,
        '',
        `How to fix: ${DIAGNOSTICS[code].help}`,
        '',
      ]),
    ),
    '## Loader checks',
    '',
    'Reported while the spec is read, under every profile. Errors stop loading (`check` exits 2, no',
    'command writes anything); warnings are constructs the loader reads tolerantly, and follow `lint.rules`.',
    '',
    '| code | severity | reports | how to fix |',
    '| --- | --- | --- | --- |',
    ...(Object.keys(DIAGNOSTICS) as DiagnosticCode[])
      .filter((code) => LOADER_PREFIXES.some((prefix) => code.startsWith(prefix)))
      .map(
        (code) =>
          `| \`${code}\` | ${DIAGNOSTICS[code].severity} | ${cell(example(code))} | ${cell(DIAGNOSTICS[code].help)} |`,
      ),
    '',
  ];
  return lines.join('\n');
}

/** The message template with its placeholders shown as `<name>`. */
function example(code: DiagnosticCode): string {
  return DIAGNOSTICS[code].message.replace(/\{(\w+)\}/g, '<$1>');
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|');
}
