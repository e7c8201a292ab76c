import { describe, expect, it } from 'vitest';
import { readArticleHtml } from '../../adapters/cheerio-article';

// The page details of real stcn pages (shared/STCN-PAGES.md), one table row per layout variant.
const OLD = 'http://kuaixun.stcn.com/2019/0510/15134567.shtml';
const NEW = 'https://www.stcn.com/article/detail/757276.html';
const BODY = '<p>证监会依法对该公司罚款300万元。</p>';

const oldPage = (
  info: string,
  body = `<div class="txt_con" id="ctrlfscont">${BODY}</div>`,
  head = '',
) =>
  `<html><head><meta name="author" content="证券时报网">${head}</head><body><div class="content clearfix"><div class="box_left"><div class="intal_tit"><h2>某公司被罚</h2>${info}</div>${body}<div class="tuijian"><h2>推荐</h2><div class="info">2019-01-01 00:00<span>来源：别处</span><span>作者：别人</span></div></div></div></div></body></html>`;
const newPage = (spans: string) =>
  `<html><body><div class="detail-title">某公司被罚</div><div class="detail-info">${spans}</div><div class="detail-content">${BODY}</div><ul class="list"><li><div class="info"><span>券商中国</span><span>詹晨</span><span>2022-12-18 14:55</span></div></li></ul></body></html>`;

const read = (html: string, url: string | null) => {
  const r = readArticleHtml(html, url);
  if (!r.ok) throw new Error(r.error);
  const { source, author, publishedAt, url: address, layout, paragraphs } = r.article;
  return { source, author, publishedAt, url: address, layout, paragraphs };
};

describe('stcn page details', () => {
  it.each([
    [
      'old site: div.info names source and author in their own spans',
      oldPage(
        '<div class="info">2019-05-10 10:20<span>来源：证券时报网</span><span>作者：王某</span></div>',
      ),
      OLD,
      { source: '证券时报网', author: '王某', publishedAt: '2019-05-10T10:20:00+08:00' },
    ],
    [
      'old site: no author span, and meta author (the site) is not taken',
      oldPage('<div class="info">2019-05-10 10:20<span>来源：证券时报网</span></div>'),
      OLD,
      { source: '证券时报网', author: null, publishedAt: '2019-05-10T10:20:00+08:00' },
    ],
    [
      'new site: three spans with labels',
      newPage('<span>来源：证券时报网</span><span>作者：李某</span><span>2022-12-18 15:02</span>'),
      NEW,
      { source: '证券时报网', author: '李某', publishedAt: '2022-12-18T15:02:00+08:00' },
    ],
    [
      'new site: three spans without labels; the recommendations’ info is not the article’s',
      newPage('<span>证券时报网</span><span>李某</span><span>2022-12-18 15:02</span>'),
      NEW,
      { source: '证券时报网', author: '李某', publishedAt: '2022-12-18T15:02:00+08:00' },
    ],
    [
      'new site: two spans, source and time',
      newPage('<span>来源：证券时报网</span><span>2022-12-18 15:02</span>'),
      NEW,
      { source: '证券时报网', author: null, publishedAt: '2022-12-18T15:02:00+08:00' },
    ],
  ])('%s', (_, html, url, expected) => {
    expect(read(html, url)).toMatchObject(expected);
  });

  it('takes the address from `var linkUrl` when none is given', () => {
    const html = oldPage(
      '<div class="info">2019-05-10 10:20<span>来源：证券时报网</span></div>',
      undefined,
      `<script>var linkUrl = "${OLD}";</script>`,
    );
    expect(read(html, null).url).toBe(OLD);
  });

  it('reads the body of old pages that keep it in `.text`', () => {
    const html = oldPage(
      '<div class="info">2019-05-10 10:20<span>来源：证券时报网</span></div>',
      `<div class="text">${BODY}</div>`,
    );
    expect(read(html, OLD)).toMatchObject({
      layout: 'old-site',
      paragraphs: ['证监会依法对该公司罚款300万元。'],
    });
  });
});
