import { describe, expect, it } from 'vitest';
import { readArticleHtml } from '../../adapters/cheerio-article';
import type { Locale } from '../../src/format/locale';
import { formatFigureValue, groupDigits } from '../../src/format/numbers';
import { analyze } from '../../src/summary/analyze';
import type { Figure } from '../../src/summary/schema';
import { fixture } from './fixture-files';

const SEED = 'yw-2021-07-07-jiangxi-csrc-enforcement-seed';
const JITANG = 'sj-2021-10-26-st-jitang-delisting-fine-hotwords';

function figuresOf(slug: string): Figure[] {
  const f = fixture(slug);
  const read = readArticleHtml(f.text, f.url);
  if (!read.ok) throw new Error(read.error);
  return analyze(read.article).figures;
}

/** The one figure the core finds in a sentence written as stcn writes. */
function figureIn(sentence: string): Figure {
  const { figures } = analyze({
    site: null,
    layout: 'saved-post',
    title: '',
    source: null,
    author: null,
    publishedAt: null,
    url: null,
    paragraphs: [sentence],
    stockLinks: [],
    warnings: [],
  });
  const [figure] = figures;
  if (!figure || figures.length !== 1) throw new Error(`expected one figure in ${sentence}`);
  return figure;
}

describe('groupDigits', () => {
  it.each([
    [10_623_900, '10,623,900'],
    [3_000_000, '3,000,000'],
    [129_400_000_000, '129,400,000,000'],
    [1_710_000_000_000, '1,710,000,000,000'],
    [6000, '6,000'],
    [999, '999'],
    [0, '0'],
    [1.3, '1.3'],
    [4.82, '4.82'],
    [1234.5, '1,234.5'],
    // At most four decimals.
    [0.12345, '0.1235'],
  ])('%d → %s', (n, expected) => {
    expect(groupDigits(n)).toBe(expected);
  });
});

describe('formatFigureValue on figures of real articles', () => {
  it.each<[string, string, Locale, string, string]>([
    // slug, figure text, locale, with the word, without it
    [SEED, '罚没金额1062.39万元', 'zh', '¥10,623,900', '¥10,623,900'],
    [SEED, '罚没金额1062.39万元', 'en', '¥10,623,900', '¥10,623,900'],
    [SEED, '3单案件', 'zh', '3单', '3'],
    [SEED, '3单案件', 'en', '3', '3'],
    [SEED, '移送涉刑案件1件', 'zh', '1件', '1'],
    [SEED, '移送涉刑案件1件', 'en', '1', '1'],
    [SEED, '4件内幕交易案', 'zh', '4件', '4'],
    [SEED, '1件信息披露违法违规案', 'en', '1', '1'],
    [SEED, '12批次', 'zh', '12批次', '12'],
    [SEED, '约2500万人次', 'zh', '约25,000,000人次', '约25,000,000'],
    [SEED, '约2500万人次', 'en', '≈25,000,000', '≈25,000,000'],
    [SEED, '5万余次', 'zh', '约50,000次', '约50,000'],
    [SEED, '5万余次', 'en', '≈50,000', '≈50,000'],
    [SEED, '6,000佘个', 'zh', '约6,000个', '约6,000'],
    [JITANG, '300万元罚款', 'zh', '¥3,000,000', '¥3,000,000'],
    [JITANG, '1.71万亿元', 'en', '¥1,710,000,000,000', '¥1,710,000,000,000'],
    [JITANG, '1.3元', 'zh', '¥1.3', '¥1.3'],
    [JITANG, '超亿元', 'zh', '约¥100,000,000', '约¥100,000,000'],
    [JITANG, '超亿元', 'en', '≈¥100,000,000', '≈¥100,000,000'],
    [JITANG, '两项以上', 'zh', '约2项', '约2'],
    [JITANG, '1600多只', 'en', '≈1,600', '≈1,600'],
  ])('%s: %s in %s → %s', (slug, text, locale, withWord, withoutWord) => {
    const figure = figuresOf(slug).find((f) => f.text === text);
    if (!figure) throw new Error(`${slug} has no figure ${text}`);
    expect(formatFigureValue(figure, locale)).toBe(withWord);
    expect(formatFigureValue(figure, locale, false)).toBe(withoutWord);
  });
});

describe('formatFigureValue by currency', () => {
  it.each<[string, Locale, string]>([
    ['公司获得1.8亿美元融资', 'zh', 'US$180,000,000'],
    ['公司获得1.8亿美元融资', 'en', 'US$180,000,000'],
    ['募资约2.5亿美元', 'zh', '约US$250,000,000'],
    ['募资约2.5亿美元', 'en', '≈US$250,000,000'],
    ['香港证监会对其罚款1200万港元', 'zh', 'HK$12,000,000'],
    ['香港证监会对其罚款1200万港元', 'en', 'HK$12,000,000'],
    ['合计约3.5亿港币', 'zh', '约HK$350,000,000'],
    ['合计约3.5亿港币', 'en', '≈HK$350,000,000'],
    ['被处以50万欧元罚款', 'en', '€500,000'],
    ['赔偿20万英镑', 'en', '£200,000'],
    ['投资30亿日元', 'en', 'JP¥3,000,000,000'],
    ['侵吞国家公款约1.43亿元', 'zh', '约¥143,000,000'],
    ['侵吞国家公款约1.43亿元', 'en', '≈¥143,000,000'],
  ])('%s in %s → %s', (sentence, locale, expected) => {
    expect(formatFigureValue(figureIn(sentence), locale)).toBe(expected);
  });
});

// A vague amount states no value, and a statute states bounds: the summary says so, in words.
describe('formatFigureValue for amounts without one exact value', () => {
  it.each<[string, Locale, string]>([
    ['涉事柜员仅被处以数万元罚款', 'zh', '约数，无确切数值'],
    ['涉事柜员仅被处以数万元罚款', 'en', 'approximate, no exact value'],
    ['数十家机构参与了本次询价', 'en', 'approximate, no exact value'],
    ['对直接负责的主管人员处三万元以上三十万元以下罚款', 'zh', '¥30,000至¥300,000'],
    ['对直接负责的主管人员处三万元以上三十万元以下罚款', 'en', '¥30,000 to ¥300,000'],
    ['对单位直接责任人员处二十万元以下罚款', 'zh', '不超过¥200,000'],
    ['对单位直接责任人员处二十万元以下罚款', 'en', 'up to ¥200,000'],
    ['情节严重的，处五十万元以上罚款', 'zh', '不低于¥500,000'],
    ['情节严重的，处五十万元以上罚款', 'en', 'at least ¥500,000'],
  ])('%s in %s → %s', (sentence, locale, expected) => {
    expect(formatFigureValue(figureIn(sentence), locale)).toBe(expected);
  });
});
