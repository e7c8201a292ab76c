import { describe, expect, it } from 'vitest';
import { shouldWelcome } from '../../extension/first-run';

describe('shouldWelcome', () => {
  it.each<[string, boolean | undefined, string | undefined, boolean]>([
    ['install', undefined, 'normal', true],
    ['install', false, 'normal', true],
    ['install', undefined, undefined, true],
    ['install', undefined, 'development', false],
    ['install', true, 'development', false],
    ['install', true, 'normal', false],
    ['update', undefined, 'normal', false],
    ['browser_update', undefined, 'normal', false],
    ['chrome_update', undefined, 'normal', false],
  ])('%s, temporary %s, %s install → %s', (reason, temporary, installType, expected) => {
    expect(shouldWelcome({ reason, temporary, installType })).toBe(expected);
  });
});
