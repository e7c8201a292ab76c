import { describe, expect, it } from 'vitest';
import { readArticleHtml } from '../../adapters/cheerio-article';
import { analyze } from '../../src/summary/analyze';
import { fixture } from './fixture-files';

// What the issue requires of the reference article, independent of the golden file.
describe.each(['yw-2021-07-07-jiangxi-csrc-enforcement-seed', 'old-site-seed', 'new-site-seed'])(
  'the seed as %s',
  (slug) => {
    const f = fixture(slug);
    const read = readArticleHtml(f.text, f.url);
    if (!read.ok) throw new Error(read.error);
    const summary = analyze(read.article);
    const of = (kind: string) =>
      summary.figures.filter((x) => x.kind === kind).map((x) => [x.text, x.value]);

    it('flags SZ300959 线上线下 as doubtful and does not count it', () => {
      const stock = summary.stocks.find((s) => s.symbol === 'SZ300959');
      expect(stock).toMatchObject({
        name: '线上线下',
        exchange: 'SZ',
        board: 'chinext',
        mentions: 0,
        doubtful: 1,
      });
      expect(stock?.reasons.map((r) => r.code)).toEqual(['common-phrase']);
    });
    it('finds the penalty of 10623900 CNY', () => {
      expect(
        summary.figures.filter((x) => x.kind === 'penalty').map((x) => [x.text, x.value, x.unit]),
      ).toEqual([['罚没金额1062.39万元', 10_623_900, 'CNY']]);
    });
    it('finds 3 cases and 1 referral', () => {
      expect(of('cases')).toEqual([['3单案件', 3]]);
      expect(of('referral')).toEqual([['移送涉刑案件1件', 1]]);
    });
    it('finds the investigations under way', () => {
      expect(of('investigation')).toEqual([
        ['4件内幕交易案', 4],
        ['1件信息披露违法违规案', 1],
      ]);
    });
    it('keeps the other counts as counts', () => {
      expect(of('count').map(([text]) => text)).toEqual([
        '12批次',
        '3件',
        '7件',
        '2件',
        '1家',
        '6,000佘个',
        '5万余次',
        '约2500万人次',
      ]);
      expect(summary.figures.find((x) => x.text === '6,000佘个')?.approx).toBe(true);
    });
    it('dates it in Beijing time', () => {
      expect(summary.article.publishedAt).toBe('2021-07-07T23:21:00+08:00');
    });
  },
);
