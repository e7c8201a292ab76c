import { describe, expect, it } from 'vitest';
import { pickLocale } from '../../src/format/locale';

describe('pickLocale', () => {
  it.each([
    ['en', 'en'],
    ['en-US', 'en'],
    ['en_GB', 'en'],
    ['EN-us', 'en'],
    ['zh-CN', 'zh'],
    ['zh_TW', 'zh'],
    ['zh', 'zh'],
    ['fr', 'zh'],
    ['', 'zh'],
    // Only the language subtag `en` counts, not a word that starts with it.
    ['eng', 'zh'],
    [' en', 'zh'],
  ])('%j → %s', (language, expected) => {
    expect(pickLocale(language)).toBe(expected);
  });
});
