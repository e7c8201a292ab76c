// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { readArticleHtml } from '../../adapters/cheerio-article';
import { readArticleHtmlWithDom } from '../../adapters/dom-article-html';
import { parseMetaTime, stripSiteSuffix } from '../../src/sites/generic/info';
import { analyze } from '../../src/summary/analyze';

// Real sentences (eastmoney-songdu-penalty-link-footer's article), so the scoring sees real prose.
const P1 =
  '宋都股份12月23日晚间发布公告,公司收到公司实际控制人、董事长、总裁俞建午的告知,俞建午于12月22日收到证监会出具的《行政处罚决定书》,根据相关规定,证监会决定没收俞建午违法所得3679.31万元,并处以1.1亿元的罚款。';
const P2 =
  '公告称,本次行政处罚不涉及公司事项,是对公司董事长、总裁俞建午个人的处罚决定,其个人账户股票交易并未涉及本公司股票,不会对公司日常生产经营活动造成影响。截至目前,公司各项生产经营活动一切正常。';
const P3 = '盘面上,截至今日收盘,宋都股份跌逾2%,报2.76元。';
const TITLE = '宋都股份:董事长被证监会处以1.1亿元罚款';
const URL = 'https://news.example.cn/a/1.html';
const ARTICLE = `<div class="content"><p>${P1}</p><p>${P2}</p><p>${P3}</p></div>`;
const NAV =
  '<div class="nav"><a href="/">首页</a> <a href="/gs">公司</a> <a href="/sc">市场</a></div>';
// Longer than the article, with its own amounts: it must never be read as the body.
const COMMENTS = Array.from(
  { length: 6 },
  (_, i) =>
    `<div class="item"><a href="/u/${i}">网友${i}</a><p>罚款1.1亿元还不够，违法所得3679.31万元也应该全部没收，第${i}位网友认为监管应当更严，投资者的损失由谁来赔偿？</p></div>`,
).join('');

const page = (head: string, body: string) =>
  `<!DOCTYPE html><html><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;

function read(html: string, url: string | null = URL) {
  const r = readArticleHtml(html, url);
  return r.ok ? r.article : r.error;
}

describe('the generic reader finds the article body', () => {
  it.each([
    [
      'between a nav and a footer',
      `${NAV}<h1>${TITLE}</h1>${ARTICLE}<div class="footer"><p>版权所有，未经许可，不得转载。本网站所刊载信息，不代表本站观点，请勿用于商业用途，违者必究，特此声明，谢谢合作。</p></div>`,
    ],
    [
      'with a comments block longer than the article',
      `<h1>${TITLE}</h1>${ARTICLE}<div id="comment">${COMMENTS}</div>`,
    ],
    [
      'with comments named in pinyin',
      `<h1>${TITLE}</h1>${ARTICLE}<div class="pinglun-list">${COMMENTS}</div>`,
    ],
    [
      'with sharing and recommendations inside the body',
      `<h1>${TITLE}</h1><div class="content"><p>${P1}</p><div class="fenxiang">分享到：微博，微信，QQ空间</div><p>${P2}</p><p>${P3}</p><div class="tuijian"><p>推荐阅读：两市融资余额减少，北向资金净买入，三大指数集体收涨。</p></div></div>`,
    ],
    [
      'in a div of <br>-separated lines',
      `<h1>${TITLE}</h1><div id="text">${P1}<br>${P2}<br>${P3}</div>`,
    ],
    [
      'with a list of related links at its end',
      `<h1>${TITLE}</h1><div class="content"><p>${P1}</p><p>${P2}</p><p>${P3}</p><ul><li><a href="/1">相关阅读一</a></li><li><a href="/2">相关阅读二</a></li><li><a href="/3">相关阅读三</a></li></ul></div>`,
    ],
    [
      'in hidden-chrome company',
      `<h1>${TITLE}</h1><div style="display:none"><p>${P2}${P2}</p></div>${ARTICLE}<aside><p>${P2}</p></aside>`,
    ],
  ])('%s', (_name, body) => {
    const article = read(page(`<title>${TITLE}_示例财经网</title>`, body));
    expect(article).toMatchObject({ site: null, layout: 'generic', title: TITLE });
    expect(typeof article !== 'string' && article.paragraphs).toEqual([P1, P2, P3]);
  });
});

describe('the generic reader refuses pages without an article body', () => {
  const titles = Array.from(
    { length: 12 },
    (_, i) =>
      `<li><a href="/a/${i}.html">第${i}条：证监会对${i}家公司采取监管措施</a><span>2022-05-12 20:3${i % 10}</span></li>`,
  ).join('');
  const results = Array.from(
    { length: 8 },
    (_, i) =>
      `<div class="result"><h3><a href="/a/${i}.html">宋都股份公告第${i}篇</a></h3><p>宋都股份发布公告，公司收到证监会出具的《行政处罚决定书》，决定没收违法所得并处以罚款，第${i}篇。</p></div>`,
  ).join('');
  it.each([
    ['a list of titles', `${NAV}<ul class="news_list">${titles}</ul>`, /no block of running text/],
    [
      'a search page of titles and summaries',
      `${NAV}<div id="results">${results}</div>`,
      /is a list: 8 links between 8 short texts/,
    ],
    [
      'a page of one short line',
      '<p>宋都股份跌逾2%，报2.76元。</p>',
      /has 16 characters outside links; an article has at least 80/,
    ],
    [
      'a page of link text only',
      `<div>${`<a href="/x">${P1}</a>`.repeat(3)}</div>`,
      /no block of running text/,
    ],
    ['an empty page', '', /no block of running text/],
  ])('%s', (_name, body, reason) => {
    const error = read(page('<title>列表_示例财经网</title>', body));
    expect(error).toMatch(/^Not an article: the page has no article body \(/);
    expect(error).toMatch(reason);
  });
});

describe('titles lose the site name', () => {
  it.each([
    [`${TITLE}_新浪财经_新浪网`, TITLE],
    [`${TITLE} - 东方财富网`, TITLE],
    [`${TITLE}-东方财富网`, TITLE],
    [`${TITLE} | 智通财经`, TITLE],
    [`${TITLE}_证券时报网`, TITLE],
    [`${TITLE}-上海证券报·中国证券网`, TITLE],
    ['2021-2022年度业绩预告', '2021-2022年度业绩预告'],
    ['沪指收涨 - 三大指数集体收涨', '沪指收涨 - 三大指数集体收涨'],
    ['新浪财经', '新浪财经'],
  ])('%s → %s', (raw, title) => {
    expect(stripSiteSuffix(raw)).toBe(title);
  });
  it.each([
    [
      'og:title wins over the page title',
      `<meta property="og:title" content="${TITLE}"><title>别的标题_新浪财经</title>`,
      '<h1>新浪财经</h1>',
      TITLE,
    ],
    [
      'the h1 when the page title starts with it',
      `<title>${TITLE}_新浪财经_新浪网</title>`,
      `<h1>${TITLE}</h1>`,
      TITLE,
    ],
    [
      'the page title when the h1 is the logo',
      `<title>${TITLE}_新浪财经_新浪网</title>`,
      '<h1>新浪财经</h1>',
      TITLE,
    ],
    ['the h1 when the page has no title', '', `<h1>${TITLE}</h1>`, TITLE],
  ])('%s', (_name, head, before, title) => {
    expect(read(page(head, `${before}${ARTICLE}`))).toMatchObject({ title });
  });
  it('warns when there is no title at all', () => {
    const article = read(page('', ARTICLE));
    expect(typeof article !== 'string' && article.warnings.map((w) => w.code)).toEqual([
      'no-title',
      'no-time',
    ]);
  });
});

describe('times are read as Beijing time', () => {
  it.each([
    ['2021-12-23T11:48:00Z', '2021-12-23T19:48:00+08:00'],
    ['2021-12-23T19:48:00+08:00', '2021-12-23T19:48:00+08:00'],
    ['2021-12-23T06:48:00-05:00', '2021-12-23T19:48:00+08:00'],
    ['2021-12-23T20:30:00+0000', '2021-12-24T04:30:00+08:00'],
    ['2021-12-23 19:48:00', '2021-12-23T19:48:00+08:00'],
    ['2021-12-23T19:48', '2021-12-23T19:48:00+08:00'],
    ['2021-02-30T19:48:00Z', null],
    ['2021-12-23', null],
    ['not a date', null],
  ])('meta %j → %s', (text, expected) => {
    expect(parseMetaTime(text)).toBe(expected);
  });
  const at = '2021-12-23T19:48:00+08:00';
  it.each([
    [
      'article:published_time',
      `<meta property="article:published_time" content="2021-12-23T11:48:00Z">`,
      '',
    ],
    ['pubdate', `<meta name="pubdate" content="2021-12-23 19:48:00">`, ''],
    ['publishdate', `<meta name="publishdate" content="2021-12-23 19:48">`, ''],
    [
      'JSON-LD',
      `<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2021-12-23T19:48:00+08:00"}</script>`,
      '',
    ],
    [
      'a visible line after the title',
      '',
      '<div class="info">2021-12-23 19:48 来源：证券时报</div>',
    ],
    ['a visible Chinese date', '', '<div class="info"><span>2021年12月23日 19:48</span></div>'],
  ])('from %s', (_name, head, info) => {
    const article = read(page(head, `<h1>${TITLE}</h1>${info}${ARTICLE}`));
    expect(article).toMatchObject({ publishedAt: at });
  });
  it('and never from the comments', () => {
    const article = read(
      page(
        '',
        `<h1>${TITLE}</h1>${ARTICLE}<div id="comment"><span>2022-01-01 08:00</span>${COMMENTS}</div>`,
      ),
    );
    expect(article).toMatchObject({ publishedAt: null });
  });
});

describe('source and author come from the lines around the title', () => {
  it.each([
    [
      '来源：',
      '<div class="info">2021-12-23 19:48 来源：中国证券报 作者：张三</div>',
      '中国证券报',
      '张三',
    ],
    [
      'an element named source',
      '<div class="date-source"><span class="date">2021年12月23日 19:48</span><a class="source">证券时报</a></div>',
      '证券时报',
      null,
    ],
    ['nothing', '<div class="info">2021-12-23 19:48</div>', null, null],
  ])('%s', (_name, info, source, author) => {
    expect(
      read(page('', `<div class="hd"><h1>${TITLE}</h1>${info}</div>${ARTICLE}`)),
    ).toMatchObject({ source, author });
  });
});

describe('readPage chooses between known layouts and the generic reader', () => {
  const NEW_SITE = `<div class="detail-title">${TITLE}</div><div class="detail-content"><p>${P1}</p></div>`;
  it.each([
    [
      'a known site’s URL uses its layouts',
      NEW_SITE,
      'https://www.stcn.com/article/detail/1.html',
      'new-site',
    ],
    ['no URL and a known layout’s body uses that layout', NEW_SITE, null, 'new-site'],
    ['another site’s URL uses the generic reader, whatever its classes', NEW_SITE, URL, 'generic'],
    [
      'no URL and no known layout uses the generic reader',
      `<h1>${TITLE}</h1>${ARTICLE}`,
      null,
      'generic',
    ],
  ])('%s', (_name, body, url, layout) => {
    expect(read(page('', body), url)).toMatchObject({ layout });
  });
  it('a known site’s page without its layout is refused as before, not read generically', () => {
    expect(read(page('', `<h1>${TITLE}</h1>${ARTICLE}`), 'https://www.stcn.com/x.html')).toBe(
      'Not an article: the page has no article body (.detail-content, div.txt_con#ctrlfscont, .box_left .text, .kx_left .text).',
    );
  });
});

describe('the core runs on what the generic reader finds', () => {
  it('finds codes in text and enforcement figures', () => {
    const body = `<h1>${TITLE}</h1><div class="content"><p>广州浪奇（000523.SZ）公告，${P1}</p><p>${P2}</p></div>`;
    const r = readArticleHtml(page('', body), URL);
    if (!r.ok) throw new Error(r.error);
    const summary = analyze(r.article);
    expect(summary.stocks.map((s) => [s.symbol, s.name])).toEqual([['SZ000523', '广州浪奇']]);
    expect(summary.figures.filter((f) => f.kind === 'penalty')).toMatchObject([
      { text: '没收俞建午违法所得3679.31万元', value: 36_793_100 },
      { text: '1.1亿元的罚款', value: 110_000_000 },
    ]);
  });
  it('gives the identical model through both adapters, and the same twice', () => {
    const html = page(
      `<title>${TITLE}_示例财经网</title>`,
      `${NAV}<h1>${TITLE}</h1><div class="info">2021-12-23 19:48 来源：证券时报</div>${ARTICLE}<div id="comment">${COMMENTS}</div>`,
    );
    const viaCheerio = readArticleHtml(html, URL);
    const viaDom = readArticleHtmlWithDom(html, new DOMParser(), URL);
    expect(viaDom.ok && viaDom.article).toEqual(viaCheerio.ok && viaCheerio.article);
    expect(readArticleHtml(html, URL)).toEqual(viaCheerio);
  });
});
