import { describe, expect, it } from 'vitest';
import { readArticleHtml } from '../../adapters/cheerio-article';
import { ledgerToCsv } from '../../src/ledger/csv';
import { buildEntry } from '../../src/ledger/entry';
import { figureLink, ledgerValue, paragraphName } from '../../src/ledger/format';
import { entryId, normaliseUrl, siteOf } from '../../src/ledger/identity';
import { mergeAll, mergeEntry } from '../../src/ledger/merge';
import { LedgerEntrySchema } from '../../src/ledger/schema';
import { analyze } from '../../src/summary/analyze';
import type { Summary } from '../../src/summary/schema';
import { fixture } from './fixture-files';

const T1 = '2026-01-02T03:04:05.000Z';
const T2 = '2026-02-03T04:05:06.000Z';

function summaryOf(slug: string): Summary {
  const f = fixture(slug);
  const read = readArticleHtml(f.text, f.url);
  if (!read.ok) throw new Error(read.error);
  return analyze(read.article);
}

describe('buildEntry', () => {
  it('keeps the article, its true stocks and its enforcement figures with who acted', () => {
    const entry = buildEntry(summaryOf('old-site-seed'), T1);
    expect(LedgerEntrySchema.safeParse(entry).success).toBe(true);
    expect(entry).toMatchObject({
      id: 'a:2021-07-07T23:21|证券时报网|多点聚力江西证监局依法从严打击证券违法活动',
      url: 'http://www.stcn.com/xw/news/202107/t20210707_3441866.html',
      urls: ['http://www.stcn.com/xw/news/202107/t20210707_3441866.html'],
      site: 'stcn.com',
      publishedAt: '2021-07-07T23:21:00+08:00',
      firstSeenAt: T1,
      lastSeenAt: T1,
    });
    // 线上线下 is linked to SZ300959 but means "online and offline": not a mention.
    expect(entry.stocks).toEqual([]);
    expect(entry.figures.map((f) => [f.kind, f.text, f.value, f.authorities.join('、')])).toEqual([
      ['cases', '3单案件', 3, '江西证监局'],
      ['penalty', '罚没金额1062.39万元', 10_623_900, '江西证监局'],
      ['referral', '移送涉刑案件1件', 1, '江西证监局'],
      ['investigation', '4件内幕交易案', 4, '江西证监局'],
      ['investigation', '1件信息披露违法违规案', 1, '江西证监局'],
    ]);
    expect(entry.figures[1]).toMatchObject({
      unit: 'CNY',
      word: '元',
      paragraph: 2,
      approx: false,
    });
    expect(entry.figures[1]?.sentence).toMatch(/^上半年,江西证监局完成3单案件调查处罚/);
  });

  it('keeps no article text beyond the figures’ sentences', () => {
    const summary = summaryOf('new-site-wenzhou-fine-245wan');
    const stored = JSON.stringify(buildEntry(summary, T1));
    // A sentence of the article with no figure in it.
    expect(stored).not.toContain('房地产市场传来大消息');
    expect(stored).toContain('温州监管分局对瓯海农商银行处罚款人民币245万元');
  });

  it('counts companies the article names, not the ones it only seems to', () => {
    const entry = buildEntry(summaryOf('kx-2022-09-16-reit-xinchanye-midword-false-positive'), T1);
    expect(entry.stocks.map((s) => s.symbol)).toContain('SH601211');
    // 创<新产业>园 is linked to SZ300832 in the middle of a word.
    expect(entry.stocks.map((s) => s.symbol)).not.toContain('SZ300832');
  });

  it('reads figures a newer core may give: a status, and no precise value', () => {
    const summary = summaryOf('old-site-seed');
    const vague = { ...summary.figures[1], value: null, status: 'proposed' };
    const entry = buildEntry({ ...summary, figures: [vague] } as unknown as Summary, T1);
    expect(entry.figures).toEqual([expect.objectContaining({ value: null, status: 'proposed' })]);
    expect(LedgerEntrySchema.safeParse(entry).success).toBe(true);
  });
});

describe('one entry per article', () => {
  it('gives the same article at two addresses one id', () => {
    const oldSite = buildEntry(summaryOf('old-site-seed'), T1);
    const newSite = buildEntry(summaryOf('new-site-seed'), T2);
    const saved = buildEntry(summaryOf('yw-2021-07-07-jiangxi-csrc-enforcement-seed'), T2);
    expect(newSite.id).toBe(oldSite.id);
    expect(saved.id).toBe(oldSite.id);
    const { entries, added, updated } = mergeAll([oldSite], [newSite]);
    expect([entries.length, added, updated]).toEqual([1, 0, 1]);
    expect(entries[0]?.urls).toEqual([
      'http://www.stcn.com/xw/news/202107/t20210707_3441866.html',
      'https://www.stcn.com/article/detail/1234567.html',
    ]);
    expect(entries[0]).toMatchObject({ firstSeenAt: T1, lastSeenAt: T2, url: newSite.url });
  });

  it('updates an article whose title changed when it is read again at the same address', () => {
    const first = buildEntry(summaryOf('new-site-wenzhou-fine-245wan'), T1);
    const edited = {
      ...first,
      id: entryId({ ...first, title: '改过的标题', figureTexts: [] }),
      title: '改过的标题',
      lastSeenAt: T2,
    };
    const { entries } = mergeAll([first], [edited]);
    expect(entries.map((e) => [e.id, e.title])).toEqual([[first.id, '改过的标题']]);
  });

  it('keeps the later reading whichever arrives last', () => {
    const early = buildEntry(summaryOf('old-site-seed'), T1);
    const late = { ...early, title: 'later', lastSeenAt: T2, firstSeenAt: T2 };
    expect(mergeEntry(late, early)).toMatchObject({
      title: 'later',
      firstSeenAt: T1,
      lastSeenAt: T2,
    });
    expect(mergeEntry(early, late)).toMatchObject({
      title: 'later',
      firstSeenAt: T1,
      lastSeenAt: T2,
    });
  });

  it.each([
    [
      'https://www.stcn.com/article/detail/1234567.html#comment',
      'stcn.com/article/detail/1234567.html',
    ],
    ['http://WWW.stcn.com/article/detail/1234567.html/', 'stcn.com/article/detail/1234567.html'],
    [
      'https://h5.stcn.com/pages/detail/detail?jump_type=news&id=1234567',
      'h5.stcn.com/pages/detail/detail?id=1234567',
    ],
    ['https://example.com/a?utm_source=x&b=2&a=1', 'example.com/a?a=1&b=2'],
    ['not a url', 'not a url'],
  ])('normalises %s', (url, normal) => {
    expect(normaliseUrl(url)).toBe(normal);
  });

  it.each([
    ['http://kuaixun.stcn.com/2021/0707/1.shtml', 'stcn.com'],
    ['https://www.stcn.com/article/detail/1.html', 'stcn.com'],
    ['https://www.xinhua.com.cn/x', 'xinhua.com.cn'],
    ['http://127.0.0.1:8080/x', '127.0.0.1'],
    [null, null],
    ['nonsense', null],
  ])('the site of %s is %s', (url, site) => {
    expect(siteOf(url)).toBe(site);
  });
});

describe('ledgerToCsv', () => {
  const entries = [
    buildEntry(summaryOf('old-site-seed'), T1),
    buildEntry(summaryOf('kx-2022-09-16-reit-xinchanye-midword-false-positive'), T1),
  ];
  const csv = ledgerToCsv(entries);
  const lines = csv.slice(1).split('\r\n');

  it('starts with a byte-order mark and ends every line with CRLF', () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.slice(1).replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('writes one row per figure, and one for an article without any, newest first', () => {
    expect(lines[0]).toBe(
      'published_at,title,source,site,url,kind,value,unit,word,approx,status,authority,text,sentence,paragraph,stocks,id',
    );
    expect(lines.filter(Boolean)).toHaveLength(1 + 1 + 5);
    expect(lines[1]).toMatch(/^2022-09-16T.*,,,,,,,,,,,SH601211 国泰君安/);
    expect(lines[3]).toBe(
      [
        '2021-07-07T23:21:00+08:00',
        '多点聚力 江西证监局依法从严打击证券违法活动',
        '证券时报网',
        'stcn.com',
        'http://www.stcn.com/xw/news/202107/t20210707_3441866.html',
        'penalty',
        '10623900',
        'CNY',
        '元',
        'false',
        '',
        '江西证监局',
        '罚没金额1062.39万元',
        `"${entries[0]?.figures[1]?.sentence}"`,
        '3',
        '',
        entries[0]?.id,
      ].join(','),
    );
  });

  it('quotes commas and quotes, and defuses cells that a spreadsheet would run as formulas', () => {
    const [entry] = entries as [(typeof entries)[0]];
    const hostile = { ...entry, title: '=HYPERLINK("x"),1', figures: [] };
    const line = ledgerToCsv([hostile]).split('\r\n')[1];
    expect(line).toContain(`"'=HYPERLINK(""x""),1"`);
  });
});

describe('ledger formatting', () => {
  const figure = buildEntry(summaryOf('old-site-seed'), T1).figures[1];
  it.each([
    ['zh', '¥10,623,900'],
    ['en', '¥10,623,900'],
  ] as const)('writes the penalty in %s as %s', (locale, text) => {
    if (!figure) throw new Error('no figure');
    expect(ledgerValue(figure, locale)).toBe(text);
    expect(ledgerValue({ ...figure, value: null }, locale)).toBe('罚没金额1062.39万元');
  });
  it('links to the figure in the article, and only over http(s)', () => {
    expect(figureLink('https://www.stcn.com/a.html#x', '罚款 1万元')).toBe(
      'https://www.stcn.com/a.html#:~:text=%E7%BD%9A%E6%AC%BE%201%E4%B8%87%E5%85%83',
    );
    expect(figureLink('javascript:alert(1)', 'x')).toBeNull();
    expect(figureLink(null, 'x')).toBeNull();
    expect(paragraphName(2, 'zh')).toBe('第3段');
    expect(paragraphName(2, 'en')).toBe('paragraph 3');
  });
});
