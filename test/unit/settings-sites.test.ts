import { describe, expect, it } from 'vitest';
import { readArticleHtml } from '../../adapters/cheerio-article';
import { summaryToMarkdown } from '../../src/format/markdown';
import { ALL_LOOKS } from '../../src/recognisers/palette';
import { summaryWithRules } from '../../src/rules/apply';
import { re2Engine } from '../../src/rules/re2';
import type { UserRule } from '../../src/rules/rule';
import {
  contrastShortfalls,
  lookClashes,
  type PageSample,
} from '../../src/settings/contrast-check';
import { syncBytes, utf8Bytes } from '../../src/settings/quota';
import { checkHost, siteKey } from '../../src/settings/sites';
import { analyze } from '../../src/summary/analyze';
import { SummarySchema } from '../../src/summary/schema';
import { fixture } from './fixture-files';

describe('checkHost: what a user types to add a site', () => {
  it.each([
    ['eastmoney.com', 'eastmoney.com'],
    ['https://www.eastmoney.com/a/202107.html', 'eastmoney.com'],
    ['  Finance.Sina.com.cn  ', 'finance.sina.com.cn'],
    ['cs.com.cn', 'cs.com.cn'],
    ['cnstock.com:443', 'cnstock.com'],
    ['xn--fiqs8s.com', 'xn--fiqs8s.com'],
  ])('%j adds %s', (typed, host) => {
    expect(checkHost(typed, [])).toEqual({ ok: true, host });
  });
  it.each([
    ['', 'empty'],
    ['eastmoney', 'not-a-domain'],
    ['east money.com', 'not-a-domain'],
    ['东方财富.com', 'not-latin'],
    ['com.cn', 'suffix'],
    ['www.stcn.com', 'known'],
    ['kuaixun.stcn.com', 'known'],
    ['eastmoney.com', 'added'],
  ])('%j is refused: %s', (typed, code) => {
    expect(checkHost(typed, ['eastmoney.com'])).toEqual({ ok: false, code });
  });
});

describe('siteKey: the site whose switch a page answers to', () => {
  it.each([
    ['https://www.stcn.com/article/detail/1.html', [], 'stcn.com'],
    ['http://kuaixun.stcn.com/2021/0707/1.shtml', [], 'stcn.com'],
    [
      'https://finance.sina.com.cn/a.html',
      ['sina.com.cn', 'finance.sina.com.cn'],
      'finance.sina.com.cn',
    ],
    ['https://news.sina.com.cn/a.html', ['sina.com.cn', 'finance.sina.com.cn'], 'sina.com.cn'],
    ['https://notstcn.com/', [], null],
    ['https://example.com/?u=stcn.com', [], null],
  ])('%s → %s', (url, added, key) => {
    expect(siteKey(url, added)).toBe(key);
  });
});

describe('sync quota', () => {
  it.each([
    ['abc', 3],
    ['内幕交易', 12],
    ['é', 2],
    ['😀', 4],
  ])('%s is %i bytes of UTF-8', (text, bytes) => {
    expect(utf8Bytes(text)).toBe(bytes);
  });
  it('counts the key and the JSON', () => {
    expect(syncBytes('rules', ['内幕'])).toBe(5 + 10);
  });
});

describe('contrast check', () => {
  it.each(ALL_LOOKS.map((look) => ({ ...look })))(
    'the palette’s $colour $style reads well on every sample page',
    (look) => {
      expect(contrastShortfalls(look)).toEqual([]);
    },
  );
  // Pages worse than the samples: a dim grey text on a dark page, a pale line on a light one.
  const harsh: PageSample[] = [
    { id: 'dim', scheme: 'dark', background: '#000000', text: '#767676' },
    { id: 'grey', scheme: 'light', background: '#a0a0a0', text: '#333333' },
  ];
  it.each([
    // Ratios worked out apart from the code (WCAG 2 relative luminance).
    [{ colour: 'red', style: 'underline' }, ['grey line 2.2']],
    [{ colour: 'blue', style: 'background' }, ['dim text 2.7', 'grey line 2.6']],
    [{ colour: 'amber', style: 'background' }, ['dim text 2.7', 'grey line 1.8']],
    [{ colour: 'amber', style: 'outline' }, ['grey line 1.8']],
  ] as const)('%j on harsher pages: %j', (look, expected) => {
    expect(
      contrastShortfalls(look, harsh).map((s) => `${s.sample.id} ${s.part} ${s.ratio.toFixed(1)}`),
    ).toEqual(expected);
  });
  it('finds looks too alike to tell apart', () => {
    const clashes = lookClashes(
      new Map([
        ['penalty', { colour: 'red', style: 'background' }],
        ['rule:a', { colour: 'red', style: 'background' }],
        ['rule:b', { colour: 'pink', style: 'background' }],
        ['cases', { colour: 'orange', style: 'background' }],
      ] as const),
    );
    expect(Object.fromEntries(clashes)).toEqual({
      penalty: { same: ['rule:a'], sameShape: ['rule:b'] },
      'rule:a': { same: ['penalty'], sameShape: ['rule:b'] },
      'rule:b': { same: [], sameShape: ['penalty', 'rule:a'] },
    });
  });
});

describe('rules in the summary and its Markdown', () => {
  const seed = fixture('yw-2021-07-07-jiangxi-csrc-enforcement-seed');
  const read = readArticleHtml(seed.text, seed.url);
  if (!read.ok) throw new Error(read.error);
  const rules: UserRule[] = [
    {
      id: 'r-watch',
      label: 'Jiangxi',
      group: 'watchlist',
      on: true,
      look: { colour: 'teal', style: 'outline' },
      match: { type: 'regex', pattern: '江西(证监局|省)', flags: '' },
    },
    {
      id: 'r-insider',
      label: 'Insider trading',
      group: 'enforcement',
      on: true,
      look: { colour: 'pink', style: 'outline' },
      match: { type: 'keywords', keywords: ['内幕交易'] },
    },
    {
      id: 'r-off',
      label: 'Off',
      group: 'other',
      on: false,
      look: { colour: 'grey', style: 'outline' },
      match: { type: 'keywords', keywords: ['证监会'] },
    },
  ];
  const summary = summaryWithRules(
    analyze(read.article),
    read.article.paragraphs,
    rules,
    re2Engine,
  );

  // Offsets checked against indexOf on the fixture's paragraphs.
  it('lists the rules that are on and their matches, by rule then place, as the schema says', () => {
    expect(SummarySchema.parse(summary)).toEqual(summary);
    expect(summary.rules.map((r) => r.id)).toEqual(['r-watch', 'r-insider']);
    expect(
      summary.matches.map((m) => `${m.rule} ${m.text} ${m.span.paragraph}:${m.span.start}`),
    ).toEqual([
      'r-watch 江西证监局 0:42',
      'r-watch 江西证监局 1:27',
      'r-watch 江西证监局 1:97',
      'r-watch 江西省 1:158',
      'r-watch 江西省 1:221',
      'r-watch 江西证监局 2:111',
      'r-watch 江西证监局 3:34',
      'r-watch 江西证监局 3:67',
      'r-watch 江西证监局 4:137',
      'r-watch 江西证监局 5:4',
      'r-insider 内幕交易 2:61',
      'r-insider 内幕交易 2:163',
    ]);
  });

  it('without rules, is the core’s summary as it was', () => {
    const plain = analyze(read.article);
    expect(summaryWithRules(plain, read.article.paragraphs, [], re2Engine)).toBe(plain);
    expect(plain.rules).toEqual([]);
    expect(plain.matches).toEqual([]);
  });

  it('puts the watchlist after the stocks and enforcement rules after the built-in kinds', () => {
    const md = summaryToMarkdown(summary, 'en');
    const at = (s: string) => md.indexOf(s);
    expect(md).toContain('## Watchlist\n\n### Jiangxi (10)\n- 江西证监局 ×8\n- 江西省 ×2\n');
    expect(md).toContain('### Insider trading (2)\n- 内幕交易 ×2\n');
    expect(at('## Stocks')).toBeLessThan(at('## Watchlist'));
    expect(at('## Watchlist')).toBeLessThan(at('## Enforcement'));
    expect(at('### Under investigation')).toBeLessThan(at('### Insider trading'));
    expect(md).not.toContain('Off');
  });
});
