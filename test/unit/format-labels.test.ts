import { describe, expect, it } from 'vitest';
import { readArticleHtml } from '../../adapters/cheerio-article';
import type { Board, Exchange } from '../../src/article/model';
import {
  boardName,
  exchangeName,
  kindName,
  listingName,
  mentionCount,
  sectionText,
  stockMentions,
} from '../../src/format/labels';
import type { Locale } from '../../src/format/locale';
import type { FigureKind } from '../../src/recognisers';
import { classifyCode } from '../../src/stocks/exchange';
import { analyze } from '../../src/summary/analyze';
import { fixture } from './fixture-files';

describe('exchangeName', () => {
  it.each<[Exchange, Locale, string]>([
    ['SH', 'zh', '上交所'],
    ['SZ', 'zh', '深交所'],
    ['BJ', 'zh', '北交所'],
    ['SH', 'en', 'Shanghai'],
    ['SZ', 'en', 'Shenzhen'],
    ['BJ', 'en', 'Beijing'],
  ])('%s in %s → %s', (exchange, locale, expected) => {
    expect(exchangeName(exchange, locale)).toBe(expected);
  });
});

describe('boardName', () => {
  it.each<[Board, Locale, string]>([
    ['main', 'zh', '主板'],
    ['star', 'zh', '科创板'],
    ['chinext', 'zh', '创业板'],
    ['b-share', 'zh', 'B股'],
    ['bse', 'zh', '北交所'],
    ['main', 'en', 'Main Board'],
    ['star', 'en', 'STAR Market'],
    ['chinext', 'en', 'ChiNext'],
    ['b-share', 'en', 'B shares'],
    ['bse', 'en', 'BSE'],
  ])('%s in %s → %s', (board, locale, expected) => {
    expect(boardName(board, locale)).toBe(expected);
  });
});

// One real code per board, classified by the core as the summary does.
describe('listingName for each board', () => {
  it.each<[string, Locale, string]>([
    ['600090', 'zh', '上交所 主板'], // *ST济堂
    ['600090', 'en', 'Shanghai · Main Board'],
    ['688981', 'zh', '上交所 科创板'], // 中芯国际
    ['688981', 'en', 'Shanghai · STAR Market'],
    ['900901', 'zh', '上交所 B股'], // 云赛B股
    ['900901', 'en', 'Shanghai · B shares'],
    ['002594', 'zh', '深交所 主板'], // 比亚迪
    ['002594', 'en', 'Shenzhen · Main Board'],
    ['300959', 'zh', '深交所 创业板'], // 线上线下
    ['300959', 'en', 'Shenzhen · ChiNext'],
    ['200725', 'zh', '深交所 B股'], // 京东方B
    ['200725', 'en', 'Shenzhen · B shares'],
    // The BSE board is not repeated after its exchange.
    ['830799', 'zh', '北交所'], // 艾融软件
    ['830799', 'en', 'Beijing'],
    ['920799', 'zh', '北交所'],
    ['920799', 'en', 'Beijing'],
  ])('%s in %s → %s', (code, locale, expected) => {
    const listing = classifyCode(code);
    if (!listing) throw new Error(`${code} is not classified`);
    expect(listingName(listing.exchange, listing.board, locale)).toBe(expected);
  });

  it.each<[Exchange, Locale, string]>([
    ['SH', 'zh', '上交所'],
    ['SH', 'en', 'Shanghai'],
    ['SZ', 'zh', '深交所'],
    ['SZ', 'en', 'Shenzhen'],
    ['BJ', 'zh', '北交所'],
    ['BJ', 'en', 'Beijing'],
  ])('%s with no board in %s → %s', (exchange, locale, expected) => {
    expect(listingName(exchange, null, locale)).toBe(expected);
  });
});

describe('listingName for the stocks of real articles', () => {
  const stocksOf = (slug: string) => {
    const f = fixture(slug);
    const read = readArticleHtml(f.text, f.url);
    if (!read.ok) throw new Error(read.error);
    return analyze(read.article).stocks;
  };
  it.each<[string, string, Locale, string]>([
    ['yw-2021-07-07-jiangxi-csrc-enforcement-seed', 'SZ300959', 'zh', '深交所 创业板'],
    ['yw-2021-07-07-jiangxi-csrc-enforcement-seed', 'SZ300959', 'en', 'Shenzhen · ChiNext'],
    ['sj-2021-10-26-st-jitang-delisting-fine-hotwords', 'SH600090', 'zh', '上交所 主板'],
    ['sj-2021-10-26-st-jitang-delisting-fine-hotwords', 'SH600090', 'en', 'Shanghai · Main Board'],
    ['sj-2021-10-26-st-jitang-delisting-fine-hotwords', 'SZ002594', 'zh', '深交所 主板'],
    ['sj-2021-10-26-st-jitang-delisting-fine-hotwords', 'SZ002594', 'en', 'Shenzhen · Main Board'],
    ['yw-2022-02-23-miit-107-apps-bank-of-china-false-positive', 'SH601988', 'zh', '上交所 主板'],
    ['kx-2022-09-16-reit-xinchanye-midword-false-positive', 'SZ300832', 'en', 'Shenzhen · ChiNext'],
  ])('%s: %s in %s → %s', (slug, symbol, locale, expected) => {
    const stock = stocksOf(slug).find((s) => s.symbol === symbol);
    if (!stock) throw new Error(`${slug} has no ${symbol}`);
    expect(listingName(stock.exchange, stock.board, locale)).toBe(expected);
  });
});

describe('kindName', () => {
  it.each<[FigureKind, string, string]>([
    ['penalty', '罚没', 'Penalty'],
    ['cases', '案件', 'Cases'],
    ['referral', '移送', 'Referral'],
    ['measure', '监管措施', 'Measures'],
    ['investigation', '调查中', 'Under investigation'],
    ['amount', '金额', 'Amounts'],
    ['count', '数量', 'Counts'],
  ])('%s → %s / %s', (kind, zh, en) => {
    expect(kindName(kind, 'zh')).toBe(zh);
    expect(kindName(kind, 'en')).toBe(en);
  });
});

describe('mentionCount', () => {
  it.each<[number, Locale, string]>([
    [0, 'zh', '提及 0 次'],
    [1, 'zh', '提及 1 次'],
    [13, 'zh', '提及 13 次'],
    [0, 'en', '0 mentions'],
    [1, 'en', '1 mention'],
    [2, 'en', '2 mentions'],
    [13, 'en', '13 mentions'],
  ])('%i in %s → %s', (n, locale, expected) => {
    expect(mentionCount(n, locale)).toBe(expected);
  });
});

describe('stockMentions', () => {
  it.each<[number, number, Locale, string]>([
    [0, 0, 'en', '0 mentions'],
    [0, 2, 'en', 'linked but probably not the company'],
    [1, 2, 'en', '1 mention'],
    [3, 0, 'en', '3 mentions'],
    [0, 0, 'zh', '提及 0 次'],
    [0, 1, 'zh', '有链接，但可能并非该公司'],
    [2, 1, 'zh', '提及 2 次'],
  ])('%i mentions, %i doubtful, %s → %s', (mentions, doubtful, locale, expected) => {
    expect(stockMentions({ mentions, doubtful }, locale)).toBe(expected);
  });
});

describe('sectionText', () => {
  it.each<[Locale, ReturnType<typeof sectionText>]>([
    [
      'zh',
      {
        untitled: '（无标题）',
        stocks: '股票',
        noStocks: '未发现股票。',
        tagged: '页面标签',
        enforcement: '执法数据',
        noEnforcement: '未发现执法数据。',
        other: '其他金额与数量',
        warnings: '注意',
      },
    ],
    [
      'en',
      {
        untitled: '(untitled)',
        stocks: 'Stocks',
        noStocks: 'No stocks found.',
        tagged: 'tagged on the page',
        enforcement: 'Enforcement',
        noEnforcement: 'No enforcement figures found.',
        other: 'Other amounts and counts',
        warnings: 'Warnings',
      },
    ],
  ])('%s', (locale, expected) => {
    expect(sectionText(locale)).toEqual(expected);
  });
});
