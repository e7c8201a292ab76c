import { describe, expect, it } from 'vitest';
import { readArticleHtml } from '../../adapters/cheerio-article';
import { readWarning, type WarningCode } from '../../src/article/warnings';
import type { Locale } from '../../src/format/locale';
import { warningText } from '../../src/format/warnings';
import { fixture } from './fixture-files';

describe('warningText per code', () => {
  it.each<[WarningCode, string | null, Locale, string]>([
    [
      'bad-front-matter',
      'Unexpected scalar at node end',
      'zh',
      '文章头信息无法读取（Unexpected scalar at node end），标题、作者和日期留空。',
    ],
    [
      'bad-front-matter',
      'Unexpected scalar at node end',
      'en',
      'The front matter cannot be read (Unexpected scalar at node end); title, author and date are left empty.',
    ],
    ['bad-front-matter', null, 'zh', '文章头信息无法读取，标题、作者和日期留空。'],
    [
      'bad-front-matter',
      null,
      'en',
      'The front matter cannot be read; title, author and date are left empty.',
    ],
    ['no-title', null, 'zh', '文章没有标题。'],
    ['no-title', null, 'en', 'The article has no title.'],
    ['no-date', null, 'zh', '文章没有日期。'],
    ['no-date', null, 'en', 'The article has no date.'],
    ['bad-date', 'Invalid Date', 'zh', '日期“Invalid Date”无法识别，发布时间留空。'],
    [
      'bad-date',
      'Invalid Date',
      'en',
      'The date "Invalid Date" cannot be read; the publication time is left empty.',
    ],
    ['no-time', null, 'zh', '页面上没有可识别的发布时间。'],
    ['no-time', null, 'en', 'The page shows no publication time that can be read.'],
    ['empty-body', null, 'zh', '正文为空。'],
    ['empty-body', null, 'en', 'The article body is empty.'],
    ['title-only', null, 'zh', '正文只重复了标题。'],
    ['title-only', null, 'en', 'The body only repeats the title.'],
  ])('%s (%j) in %s → %s', (code, detail, locale, expected) => {
    expect(warningText(readWarning(code, detail), locale)).toBe(expected);
  });
});

describe('warningText on the warnings of the empty article', () => {
  const f = fixture('kx-empty-title-invalid-date-edgecase');
  const read = readArticleHtml(f.text, f.url);
  if (!read.ok) throw new Error(read.error);
  const { warnings } = read.article;
  it.each<[Locale, string[]]>([
    ['zh', ['文章没有标题。', '日期“Invalid Date”无法识别，发布时间留空。', '正文为空。']],
    [
      'en',
      [
        'The article has no title.',
        'The date "Invalid Date" cannot be read; the publication time is left empty.',
        'The article body is empty.',
      ],
    ],
  ])('%s', (locale, expected) => {
    expect(warnings.map((w) => warningText(w, locale))).toEqual(expected);
  });
});
