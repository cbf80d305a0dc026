import { z } from 'zod';
import { DIAGNOSTICS } from '../diagnostics/codes.js';

const ruleSetting = z.enum(['error', 'warning', 'info', 'off']);
const looseSection = z.record(z.string(), z.unknown());

/** Shape of `specloom.config.*`; unknown keys are mistakes worth reporting (typos). */
export const configSchema = z
  .object({
    spec: z.string().min(1, 'must name the root spec file'),
    lint: z
      .object({
        extends: z.enum(['specloom:recommended', 'specloom:strict']).optional(),
        rules: z
          .record(z.string(), ruleSetting)
          .superRefine((rules, context) => {
            for (const code of Object.keys(rules)) {
              if (!(code in DIAGNOSTICS))
                context.addIssue({ code: 'custom', path: [code], message: `unknown rule "${code}"` });
            }
          })
          .optional(),
        problemSchema: z.string().min(1).optional(),
        pagination: z
          .object({
            cursorParam: z.string().min(1).optional(),
            nextCursorProperty: z.string().min(1).optional(),
          })
          .strict()
          .optional(),
      })
      .strict()
      .optional(),
    load: z
      .object({
        mirrors: z
          .record(z.string(), z.string().min(1))
          .superRefine((mirrors, context) => {
            for (const prefix of Object.keys(mirrors)) {
              if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(prefix))
                context.addIssue({
                  code: 'custom',
                  path: [prefix],
                  message: 'must be a URL prefix such as https://example.com/',
                });
            }
          })
          .optional(),
      })
      .strict()
      .optional(),
    generate: z
      .array(
        z
          .object({
            out: z.string().min(1),
            targets: z.array(z.string().min(1)).min(1, 'must list at least one target'),
            options: z.record(z.string(), looseSection).optional(),
          })
          .strict(),
      )
      .optional(),
    scaffold: z
      .object({ dir: z.string().min(1) })
      .strict()
      .optional(),
    mock: looseSection.optional(),
    test: looseSection.optional(),
    sdk: looseSection.optional(),
    diff: looseSection.optional(),
    release: looseSection.optional(),
  })
  .strict();
