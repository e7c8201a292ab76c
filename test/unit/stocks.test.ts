import { describe, expect, it } from 'vitest';
import { examples as CODE_EXAMPLES } from '../../src/recognisers/stock';
import { readHotwordTarget, readStockTagTarget } from '../../src/sites/stcn';
import { findCodesInText } from '../../src/stocks/codes-in-text';
import { DOUBT_RULES, doubtAbout } from '../../src/stocks/doubts';
import { examples as commonPhraseExamples } from '../../src/stocks/doubts/common-phrase';
import { examples as insideOrganisationExamples } from '../../src/stocks/doubts/inside-organisation';
import { examples as insideWordExamples } from '../../src/stocks/doubts/inside-word';
import { classifyCode } from '../../src/stocks/exchange';

describe('classifyCode', () => {
  it.each([
    ['600519', 'SH', 'main'],
    ['688981', 'SH', 'star'],
    ['900901', 'SH', 'b-share'],
    ['000571', 'SZ', 'main'],
    ['003013', 'SZ', 'main'],
    ['300959', 'SZ', 'chinext'],
    ['301001', 'SZ', 'chinext'],
    ['200011', 'SZ', 'b-share'],
    ['430047', 'BJ', 'bse'],
    ['832000', 'BJ', 'bse'],
    ['920001', 'BJ', 'bse'],
  ])('%s is %s %s', (code, exchange, board) => {
    expect(classifyCode(code)).toEqual({ exchange, board });
  });
  it.each(['123456', '999999', '60051', '6005190'])('%s is no listed code', (code) => {
    expect(classifyCode(code)).toBeNull();
  });
});

describe('stock links', () => {
  it('reads stcn’s SS as SH', () => {
    expect(
      readHotwordTarget('http://info.stcn.com/dc/stock/?stockcode=SS603377', '603377'),
    ).toEqual({
      code: '603377',
      exchange: 'SH',
    });
  });
  it('reads https hotwords with attributes in any order', () => {
    expect(readHotwordTarget('https://info.stcn.com/dc/stock/?stockcode=SZ300832', null)).toEqual({
      code: '300832',
      exchange: 'SZ',
    });
  });
  it('falls back to the code attribute', () => {
    expect(readHotwordTarget('http://info.stcn.com/dc/stock/', '600036')).toEqual({
      code: '600036',
      exchange: 'SH',
    });
  });
  it('rejects a link with no code', () => {
    expect(readHotwordTarget('http://example.com/', 'abc')).toBeNull();
  });
  it('reads a new-site stock tag', () => {
    expect(readStockTagTarget('/quotes/index/sz002458.html', 'SZ', '002458')).toEqual({
      code: '002458',
      exchange: 'SZ',
    });
  });
});

describe('codes in text', () => {
  it.each(CODE_EXAMPLES.map((e) => ({ ...e })))('$sentence → $symbol', (example) => {
    const found = findCodesInText(example.sentence);
    if (example.symbol === null) {
      expect(found).toEqual([]);
      return;
    }
    expect(found.map((f) => `${f.exchange}${f.code}`)).toEqual([example.symbol]);
    if (example.name) expect(found[0]?.name).toBe(example.name);
  });
  it('rejects a code whose stated market contradicts it', () => {
    expect(findCodesInText('600519.SZ')).toEqual([]);
  });
});

const DOUBT_EXAMPLES = {
  'common-phrase': commonPhraseExamples,
  'inside-word': insideWordExamples,
  'inside-organisation': insideOrganisationExamples,
} as const;

describe.each(DOUBT_RULES.map((rule) => ({ rule, code: rule.code })))(
  'doubt rule $code',
  ({ rule }) => {
    it.each(DOUBT_EXAMPLES[rule.code].map((e) => ({ ...e })))('$marked → $code', (example) => {
      const start = example.marked.indexOf('【');
      const end = example.marked.indexOf('】') - 1;
      const text = example.marked.replace(/[【】]/g, '');
      expect(rule.check({ text, start, end })?.code ?? null).toBe(example.code);
      // The rules together report the example's own reason first.
      if (example.code) expect(doubtAbout({ text, start, end })?.code).toBe(example.code);
    });
  },
);
