import { describe, expect, it } from 'vitest';
import { DIAGNOSTICS } from '../../src/diagnostics/codes.js';
import { RULES } from '../../src/lint/index.js';
import { renderRuleReference } from '../../src/lint/reference.js';

describe('the rule reference page', () => {
  it('is generated from the registries (update deliberately with --update)', async () => {
    await expect(renderRuleReference()).toMatchFileSnapshot('../../docs/lint-rules.md');
  });

  it('documents every lint rule and every loader code', () => {
    const page = renderRuleReference();
    for (const rule of RULES) for (const code of rule.codes) expect(page).toContain(`### ${code}`);
    for (const code of Object.keys(DIAGNOSTICS).filter((name) => /^(SPEC|SCHEMA)_/.test(name)))
      expect(page).toContain(`| \`${code}\` |`);
  });
});
