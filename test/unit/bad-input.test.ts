import { describe, expect, it } from 'vitest';
import { readArticleHtml } from '../../adapters/cheerio-article';
import { parseBeijingTime, parseFeedDate } from '../../src/read/dates';
import { readSavedPost } from '../../src/read/saved-post';
import { analyze } from '../../src/summary/analyze';

describe('dates', () => {
  it.each([
    ['Wed, 07 Jul 2021 23:21:00 GMT', '2021-07-07T23:21:00+08:00'],
    ['Mon, 22 Mar 2021 16:55:00 GMT', '2021-03-22T16:55:00+08:00'],
    ['Invalid Date', null],
    ['Wed, 31 Feb 2021 23:21:00 GMT', null],
    ['', null],
  ])('feed date %j → %s', (text, expected) => {
    expect(parseFeedDate(text)).toBe(expected);
  });
  it.each([
    ['2021-07-07 23:21来源：证券时报网', '2021-07-07T23:21:00+08:00'],
    ['2022-12-18 15:02', '2022-12-18T15:02:00+08:00'],
    ['2021-07-07 25:21', null],
    ['来源：证券时报网', null],
  ])('page time %j → %s', (text, expected) => {
    expect(parseBeijingTime(text)).toBe(expected);
  });
});

describe('saved posts that are broken', () => {
  it('keeps reading when the front matter is not YAML', () => {
    const post = readSavedPost('---\ntitle: [unclosed\n---\n<p>罚款100万元</p>');
    expect(post?.title).toBe('');
    expect(post?.warnings[0]?.code).toBe('bad-front-matter');
    expect(post?.warnings[0]?.message).toMatch(/^The front matter cannot be read \(/);
    expect(post?.bodyHtml).toBe('<p>罚款100万元</p>');
  });
  it('says why a bad date is left empty', () => {
    const read = readArticleHtml("---\ntitle: 'x'\ndate: Invalid Date\n---\n<p>正文</p>");
    expect(read.ok && read.article.publishedAt).toBe(null);
    expect(read.ok && read.article.warnings).toContainEqual({
      code: 'bad-date',
      detail: 'Invalid Date',
      message: 'The date "Invalid Date" cannot be read; the publication time is left empty.',
    });
  });
  it('is not a saved post without front matter', () => {
    expect(readSavedPost('<p>hello</p>')).toBeNull();
  });
});

describe('pages that are not articles', () => {
  it.each([
    ['an empty file', ''],
    ['plain text', '这不是网页'],
    [
      'a list page',
      '<ul class="list"><li><a href="/article/detail/1.html">罚没金额1062.39万元</a></li></ul>',
    ],
    ['binary noise', '\u0000\u0001PNG\r\n'],
  ])('%s gets a clear error', (_name, text) => {
    const read = readArticleHtml(text);
    expect(read.ok).toBe(false);
    expect(!read.ok && read.error).toMatch(/^Not an article: the page has no article body/);
  });
  it('reads a title-only new-site page with a warning and nothing found', () => {
    const read = readArticleHtml(
      '<div class="detail-title">标题</div><div class="detail-content"></div>',
    );
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.article.warnings.map((w) => w.code)).toContain('empty-body');
    expect(analyze(read.article).figures).toEqual([]);
  });
  it('reads malformed markup without losing text', () => {
    const read = readArticleHtml(
      '<div class="detail-content"><p>罚款<b>100万元<p>第二段</div></span>',
    );
    expect(read.ok && read.article.paragraphs).toEqual(['罚款100万元', '第二段']);
  });
});
