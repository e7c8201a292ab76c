import { describe, expect, it } from 'vitest';
import { findQuantities } from '../../src/figures/quantities';
import { parseNumeral } from '../../src/numbers/chinese';
import { scaleDecimal } from '../../src/numbers/decimal';

describe('scaleDecimal', () => {
  it.each([
    ['1062.39', 4, 10_623_900],
    ['2.06', 8, 206_000_000],
    ['0.68', 4, 6_800],
    ['6,000', 0, 6_000],
    ['4.82', 0, 4.82],
    ['1.71', 12, 1_710_000_000_000],
    ['0.005', 4, 50],
  ])('%s × 10^%i = %d exactly', (digits, exponent, expected) => {
    expect(scaleDecimal(digits, exponent)).toBe(expected);
  });
  it('avoids the float error of multiplying', () => {
    expect(1062.39 * 10_000).not.toBe(10_623_900);
    expect(scaleDecimal('1062.39', 4)).toBe(10_623_900);
  });
});

describe('parseNumeral', () => {
  it.each([
    ['三', 3],
    ['十二', 12],
    ['二十', 20],
    ['两千', 2000],
    ['两千万', 20_000_000],
    ['三百五十二', 352],
    ['一千零六十二万三千九百', 10_623_900],
    ['一亿二千万', 120_000_000],
    ['两三', null],
    ['8亿9200万', 892_000_000],
    ['8亿9千2百万', 892_000_000],
    ['12亿5千万', 1_250_000_000],
    ['1.5万亿', 1_500_000_000_000],
    ['1062.39万', 10_623_900],
    ['一二', null],
    ['', null],
    ['三x', null],
  ])('%s → %s', (text, expected) => {
    expect(parseNumeral(text)).toBe(expected);
  });
});

describe('findQuantities', () => {
  const one = (text: string) => {
    const [q, ...rest] = findQuantities(text);
    expect(rest).toEqual([]);
    return q && { text: q.text, value: q.value, unit: q.unit, approx: q.approx };
  };
  it.each([
    [
      '累计罚没金额1062.39万元',
      { text: '1062.39万元', value: 10_623_900, unit: 'CNY', approx: false },
    ],
    ['营收2.06亿元', { text: '2.06亿元', value: 206_000_000, unit: 'CNY', approx: false }],
    ['作品6,000佘个', { text: '6,000佘个', value: 6_000, unit: 'count', approx: true }],
    ['宣传5万余次', { text: '5万余次', value: 50_000, unit: 'count', approx: true }],
    ['查处三起', { text: '三起', value: 3, unit: 'count', approx: false }],
    ['罚款两千万元', { text: '两千万元', value: 20_000_000, unit: 'CNY', approx: false }],
    ['融资1.8亿美元', { text: '1.8亿美元', value: 180_000_000, unit: 'USD', approx: false }],
    ['募资3亿港元', { text: '3亿港元', value: 300_000_000, unit: 'HKD', approx: false }],
    ['覆盖约2500万人次', { text: '约2500万人次', value: 25_000_000, unit: 'count', approx: true }],
    // Compound magnitudes, mixed numerals, spaces.
    [
      '支付8亿9200万美元',
      { text: '8亿9200万美元', value: 892_000_000, unit: 'USD', approx: false },
    ],
    [
      '支付8亿9千2百万美元',
      { text: '8亿9千2百万美元', value: 892_000_000, unit: 'USD', approx: false },
    ],
    ['罚款 4 万元', { text: '4 万元', value: 40_000, unit: 'CNY', approx: false }],
    ['合计100余万元', { text: '100余万元', value: 1_000_000, unit: 'CNY', approx: true }],
    ['涉案百余万元', { text: '百余万元', value: 1_000_000, unit: 'CNY', approx: true }],
    // A magnitude with no unit: money only where a recogniser's words say so.
    ['被罚款60万，', { text: '60万', value: 600_000, unit: 'number', approx: false }],
    ['总罚金逾700万', { text: '逾700万', value: 7_000_000, unit: 'number', approx: true }],
    // Vague amounts state no value.
    ['处以数万元罚款', { text: '数万元', value: null, unit: 'CNY', approx: true }],
    ['上千元的违规所得', { text: '上千元', value: null, unit: 'CNY', approx: true }],
    ['十几万元', { text: '十几万元', value: null, unit: 'CNY', approx: true }],
    ['两三万元', { text: '两三万元', value: null, unit: 'CNY', approx: true }],
    ['数十家机构', { text: '数十家', value: null, unit: 'count', approx: true }],
    // Full-width digits and point, as some outlets print them.
    ['罚款３００万元', { text: '３００万元', value: 3_000_000, unit: 'CNY', approx: false }],
    ['罚款５０．５万元', { text: '５０．５万元', value: 505_000, unit: 'CNY', approx: false }],
    // A bare magnitude after a word of approximation is one of it.
    ['罚没超亿元', { text: '超亿元', value: 100_000_000, unit: 'CNY', approx: true }],
    ['获利近万元', { text: '近万元', value: 10_000, unit: 'CNY', approx: true }],
  ])('%s', (text, expected) => {
    expect(one(text)).toEqual(expected);
  });
  it.each([
    ['2021年7月7日', 'a date'],
    ['同比增长32.71%', 'a percentage'],
    ['暂停执业6个月', 'a duration'],
    ['第三批名单', 'an ordinal'],
    ['每10股派发红利', 'a rate'],
    ['4399单机支付SDK', 'a word starting with a measure word'],
    ['统一采用一把尺', 'a numeral inside a word'],
    ['一家公司', 'the article 一'],
    ['奥维通信(002231)', 'a stock code'],
    ['三元前驱体价格走弱', 'a Chinese digit before 元 inside a word'],
    ['推进一元化管理', 'a Chinese digit before 元 inside a word'],
    ['落实新“国九条”', 'a name in quotes ending in a numeral'],
    ['突出三大特点', 'no measure word'],
    ['千万不要大意', 'a Chinese magnitude with no digit and no unit'],
    ['万元户', 'a bare magnitude inside a word'],
    ['每万元营收', 'a bare magnitude inside a word'],
  ])('finds nothing in %s (%s)', (text) => {
    expect(findQuantities(text)).toEqual([]);
  });
});
