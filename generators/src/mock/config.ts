import { dirname, resolve } from 'node:path';
import { z } from 'zod';

/**
 * The `mock` section of `specloom.config.*`. Command-line flags override it;
 * `seedFile` is relative to the config file.
 */
export const mockConfigSchema = z
  .object({
    host: z.string().min(1),
    port: z.number().int().min(0).max(65_535),
    dynamic: z.boolean(),
    seed: z.union([z.string(), z.number()]).transform(String),
    delay: z.number().min(0),
    origins: z.array(z.string().min(1)),
    stateful: z.boolean(),
    seedFile: z.string().min(1),
    watch: z.boolean(),
    tokens: z.array(z.string().min(1)),
  })
  .partial()
  .strict();

export type MockConfig = z.infer<typeof mockConfigSchema>;

/** A `mock` section that does not validate; each message names the member. */
export class MockConfigError extends Error {}

/**
 * Validates the `mock` config section and makes `seedFile` absolute.
 * @param configPath the config file, for relative paths and error messages
 */
export function readMockConfig(section: unknown, configPath: string): MockConfig {
  if (section === undefined) return {};
  const parsed = mockConfigSchema.safeParse(section);
  if (!parsed.success) {
    const reasons = parsed.error.issues.map((issue) => `mock.${issue.path.join('.')}: ${issue.message}`);
    throw new MockConfigError(`${configPath}: ${reasons.join('; ')}`);
  }
  const config = parsed.data;
  if (config.seedFile !== undefined) config.seedFile = resolve(dirname(configPath), config.seedFile);
  return config;
}
