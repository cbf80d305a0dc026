import { describe, expect, it } from 'vitest';
import { MockConfigError, readMockConfig } from '../../src/mock/config.js';

const CONFIG = '/project/specloom.config.ts';

describe('mock config section', () => {
  it.each([
    ['no section', undefined, {}],
    [
      'a full section',
      { port: 0, dynamic: true, seed: 7, origins: ['http://localhost:5173'], seedFile: 'mock/seed.json' },
      {
        port: 0,
        dynamic: true,
        seed: '7',
        origins: ['http://localhost:5173'],
        seedFile: '/project/mock/seed.json',
      },
    ],
  ])('accepts %s', (_name, given, want) => {
    expect(readMockConfig(given, CONFIG)).toEqual(want);
  });

  it.each([
    ['a port out of range', { port: 70_000 }, /mock\.port/],
    ['a negative delay', { delay: -1 }, /mock\.delay/],
    ['an unknown member', { prot: 4010 }, /prot/],
    ['origins that are not strings', { origins: [1] }, /mock\.origins\.0/],
  ])('refuses %s, naming the member and the file', (_name, given, message) => {
    expect(() => readMockConfig(given, CONFIG)).toThrow(MockConfigError);
    expect(() => readMockConfig(given, CONFIG)).toThrow(message);
    expect(() => readMockConfig(given, CONFIG)).toThrow(CONFIG);
  });
});
