import { describe, expect, it } from 'vitest';
import { formatFinding, runContractTests, type TestCase, UnreachableServer } from '../src/index.js';
import { apiKeyAsHeader, authAfterValidation } from './patterns/auth-order.js';
import { swaggerBasePath } from './patterns/base-path.js';
import { bodyOnGet } from './patterns/body-on-get.js';
import { type Pattern, runPattern } from './patterns/harness.js';
import { invalidExample } from './patterns/invalid-example.js';
import { ownErrorShape } from './patterns/own-error-shape.js';
import { problemStatusKept } from './patterns/problem-status.js';
import { repeatableArrays, swaggerCollectionFormats } from './patterns/repeatable-arrays.js';
import { endlessStreams } from './patterns/streams.js';
import { stringEncodedNumbers } from './patterns/string-encoded-numbers.js';
import { templatedSibling, transportHeaders } from './patterns/templated-sibling.js';
import { unknownFormat } from './patterns/unknown-format.js';
import { noSuccessDocumented, untypedSchemas } from './patterns/untyped-schemas.js';

/** Each pattern once produced false findings on a real server; a correct server must now get none. */
const PATTERNS: Pattern[] = [
  repeatableArrays,
  swaggerCollectionFormats,
  stringEncodedNumbers,
  authAfterValidation,
  apiKeyAsHeader,
  untypedSchemas,
  noSuccessDocumented,
  endlessStreams,
  templatedSibling,
  transportHeaders,
  swaggerBasePath,
  unknownFormat,
  bodyOnGet,
  problemStatusKept,
  invalidExample(),
  ownErrorShape,
];

describe('a server that keeps its spec gets zero findings', () => {
  it.each(PATTERNS.map((pattern) => [pattern.name, pattern] as const))('%s', async (_name, pattern) => {
    const report = await runPattern(pattern);
    expect(report.findings.map((finding) => formatFinding(finding).join('\n'))).toEqual([]);
    expect(report.cases).toBeGreaterThan(0);
  });
});

describe('what the patterns need beyond zero findings', () => {
  it('still reports valid requests refused beside an example that breaks its own schema', async () => {
    const report = await runPattern(invalidExample('refuseAll'));
    const refused = report.findings.filter((finding) => finding.check === 'positive_data_acceptance');
    expect(refused.length).toBeGreaterThan(0);
    expect(refused.every((finding) => !finding.caseId.includes('from examples'))).toBe(true);
  });

  it('names a format the generator cannot satisfy once, as a note', async () => {
    const report = await runPattern(unknownFormat);
    const notes = report.notes.filter((note) => note.includes('"e164"'));
    expect(notes).toHaveLength(1);
    expect(notes[0]).toContain('addContact');
  });

  it('sends valid one-item arrays and still sends negative cases for arrays', async () => {
    const seen: TestCase[] = [];
    await runPattern({
      ...repeatableArrays,
      options: { ...repeatableArrays.options, onCase: (testCase) => seen.push(testCase) },
    });
    expect(
      seen.some((testCase) => testCase.kind === 'negative' && /id=not-a-number/.test(testCase.request.url)),
    ).toBe(true);
    expect(seen.some((testCase) => /\/points;at=/.test(testCase.request.url))).toBe(true);
  });

  it('sends parseable text for string-encoded numbers', async () => {
    const bodies: string[] = [];
    await runPattern({
      ...stringEncodedNumbers,
      options: {
        kinds: ['positive'],
        onCase: (testCase) => {
          if (testCase.request.body?.kind === 'text') bodies.push(testCase.request.body.text);
        },
      },
    });
    for (const body of bodies) {
      const value = JSON.parse(body) as Record<string, string>;
      if (value.limit !== undefined) expect(value.limit).toMatch(/^-?\d+$/);
      if (value.weight !== undefined) expect(value.weight).toMatch(/^-?\d+(\.\d+)?$/);
    }
    expect(bodies.length).toBeGreaterThan(0);
  });

  it('never sends a scheme-named header in a credential-less case', async () => {
    const sent: TestCase[] = [];
    await runPattern({
      ...apiKeyAsHeader,
      options: { ...apiKeyAsHeader.options, onCase: (testCase) => sent.push(testCase) },
    });
    const variants = sent.filter((testCase) => testCase.expectation.kind === 'unauthorized');
    expect(variants.length).toBeGreaterThan(0);
    for (const variant of variants) expect(variant.request.headers['x-api-key']).not.toBe('the-key');
  });

  it('says that the base path was joined', async () => {
    const report = await runPattern(swaggerBasePath);
    expect(report.baseUrl).toMatch(/\/api\/v2$/);
    expect(report.notes.join('\n')).toMatch(/under \/api\/v2/);
  });

  it('fails once, before any case, when nothing listens at the base URL', async () => {
    await expect(
      runContractTests({ spec: swaggerBasePath.document as never, baseUrl: 'http://127.0.0.1:9' }),
    ).rejects.toBeInstanceOf(Error);
    const { loadSpecModel } = await import('../src/index.js');
    const { fileURLToPath } = await import('node:url');
    const spec = await loadSpecModel(fileURLToPath(new URL('./fixtures/widgets.yaml', import.meta.url)));
    await expect(runContractTests({ spec, baseUrl: 'http://127.0.0.1:9' })).rejects.toBeInstanceOf(
      UnreachableServer,
    );
  });
});
