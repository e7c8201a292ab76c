import { describe, expect, it } from 'vitest';
import { pickLocale } from '../../src/format/locale';

describe('pickLocale', () => {
  it.each([
    ['zh', 'zh'],
    ['zh-CN', 'zh'],
    ['zh_CN', 'zh'],
    ['zh-TW', 'zh'],
    ['zh-Hant-HK', 'zh'],
    ['ZH-cn', 'zh'],
    ['en', 'en'],
    ['en-US', 'en'],
    ['en_GB', 'en'],
    // Every other language gets English, not Chinese.
    ['fr', 'en'],
    ['ja', 'en'],
    ['ko-KR', 'en'],
    ['', 'en'],
    // Only the language subtag `zh` counts, not a word that starts with it.
    ['zha', 'en'],
    [' zh', 'en'],
  ])('%j → %s', (language, expected) => {
    expect(pickLocale(language)).toBe(expected);
  });
});
