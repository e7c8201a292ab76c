import { describe, expect, it } from 'vitest';
import { readArticleHtml } from '../../adapters/cheerio-article';
import { readWarning } from '../../src/article/warnings';
import type { Locale } from '../../src/format/locale';
import { summaryToMarkdown } from '../../src/format/markdown';
import { analyze } from '../../src/summary/analyze';
import type { Summary } from '../../src/summary/schema';
import { fixture } from './fixture-files';

function summaryOf(slug: string): Summary {
  const f = fixture(slug);
  const read = readArticleHtml(f.text, f.url);
  if (!read.ok) throw new Error(read.error);
  return analyze(read.article);
}

// Golden outputs, checked by hand against the article: written out, not snapshots.
const SEED_ZH = `# 多点聚力 江西证监局依法从严打击证券违法活动

证券时报网 · 2021年7月7日 23:21（北京时间）

## 股票

- **线上线下** SZ300959（深交所 创业板，有链接，但可能并非该公司）
  - ⚠ 可能误链：“线上线下”在此处是普通词语（“线上线下相结合”），并非指该公司。

## 执法数据

### 罚没（1）
- ¥10,623,900 — 罚没金额1062.39万元（执法机关：江西证监局）

### 案件（1）
- 3单 — 3单案件（执法机关：江西证监局）

### 移送（1）
- 1件 — 移送涉刑案件1件（执法机关：江西证监局）

### 调查中（2）
- 4件 — 4件内幕交易案（执法机关：江西证监局）
- 1件 — 1件信息披露违法违规案（执法机关：江西证监局）

## 其他金额与数量

- 数量：12批次 · 3件 · 7件 · 2件 · 1家 · 6,000佘个 · 5万余次 · 约2500万人次
`;

const SEED_EN = `# 多点聚力 江西证监局依法从严打击证券违法活动

证券时报网 · 7 Jul 2021, 23:21 Beijing time

## Stocks

- **线上线下** SZ300959 (Shenzhen · ChiNext, linked but probably not the company)
  - ⚠ Possibly mislinked: “线上线下” here reads as the phrase “online and offline”, not as the company.

## Enforcement

### Penalty (1)
- ¥10,623,900 — 罚没金额1062.39万元 (by 江西证监局)

### Cases (1)
- 3 — 3单案件 (by 江西证监局)

### Referral (1)
- 1 — 移送涉刑案件1件 (by 江西证监局)

### Under investigation (2)
- 4 — 4件内幕交易案 (by 江西证监局)
- 1 — 1件信息披露违法违规案 (by 江西证监局)

## Other amounts and counts

- Counts: 12批次 · 3件 · 7件 · 2件 · 1家 · 6,000佘个 · 5万余次 · 约2500万人次
`;

const EMPTY_ZH = `# （无标题）

证券时报网 · 时间不详

## 股票

未发现股票。

## 执法数据

未发现执法数据。

## 注意

- 文章没有标题。
- 日期“Invalid Date”无法识别，发布时间留空。
- 正文为空。
`;

const EMPTY_EN = `# (untitled)

证券时报网 · Time unknown

## Stocks

No stocks found.

## Enforcement

No enforcement figures found.

## Warnings

- The article has no title.
- The date "Invalid Date" cannot be read; the publication time is left empty.
- The article body is empty.
`;

describe('summaryToMarkdown, whole documents', () => {
  it.each<[string, Locale, string]>([
    ['yw-2021-07-07-jiangxi-csrc-enforcement-seed', 'zh', SEED_ZH],
    ['yw-2021-07-07-jiangxi-csrc-enforcement-seed', 'en', SEED_EN],
    ['kx-empty-title-invalid-date-edgecase', 'zh', EMPTY_ZH],
    ['kx-empty-title-invalid-date-edgecase', 'en', EMPTY_EN],
  ])('%s in %s', (slug, locale, expected) => {
    expect(summaryToMarkdown(summaryOf(slug), locale)).toBe(expected);
  });
});

describe('summaryToMarkdown, lines of real articles', () => {
  it.each<[string, Locale, string]>([
    // The page's address, and stocks the page tags.
    ['new-site-seed', 'zh', '<https://www.stcn.com/article/detail/1234567.html>'],
    [
      'new-site-seed',
      'zh',
      '- **线上线下** SZ300959（深交所 创业板，有链接，但可能并非该公司，页面标签）',
    ],
    [
      'new-site-seed',
      'en',
      '- **线上线下** SZ300959 (Shenzhen · ChiNext, linked but probably not the company, tagged on the page)',
    ],
    ['old-site-seed', 'en', '<http://www.stcn.com/xw/news/202107/t20210707_3441866.html>'],
    // Doubts by reason.
    [
      'kx-2022-09-16-reit-xinchanye-midword-false-positive',
      'zh',
      '  - ⚠ 可能误链：“新产业”夹在另一个词语中间（“创新产业园”）。',
    ],
    [
      'kx-2022-09-16-reit-xinchanye-midword-false-positive',
      'en',
      '  - ⚠ Possibly mislinked: “新产业” starts or ends inside another word (“创新产业园”).',
    ],
    [
      'yw-2022-02-23-miit-107-apps-bank-of-china-false-positive',
      'zh',
      '  - ⚠ 可能误链：“中国银行”是机构名称的一部分（“中国银行法学研究会”）。',
    ],
    [
      'yw-2022-02-23-miit-107-apps-bank-of-china-false-positive',
      'en',
      '  - ⚠ Possibly mislinked: “中国银行” is part of the name of an organisation (“中国银行法学研究会”).',
    ],
    // Singular and plural mentions, listings.
    [
      'kx-2022-09-16-reit-xinchanye-midword-false-positive',
      'zh',
      '- **国泰君安** SH601211（上交所 主板，提及 3 次）',
    ],
    [
      'sj-2021-10-26-st-jitang-delisting-fine-hotwords',
      'en',
      '- **比亚迪** SZ002594 (Shenzhen · Main Board, 1 mention)',
    ],
    // Enforcement headings count their figures; approximate values.
    ['yw-2022-02-23-miit-107-apps-bank-of-china-false-positive', 'zh', '### 监管措施（5）'],
    ['yw-2022-02-23-miit-107-apps-bank-of-china-false-positive', 'zh', '- 约300款 — 超过300款'],
    ['yw-2022-02-23-miit-107-apps-bank-of-china-false-positive', 'en', '### Measures (5)'],
    ['yw-2022-02-23-miit-107-apps-bank-of-china-false-positive', 'en', '- ≈300 — 超过300款'],
    [
      'sj-2021-10-26-st-jitang-delisting-fine-hotwords',
      'zh',
      '- ¥3,000,000 — 300万元罚款（执法机关：证监会）',
    ],
    // Other amounts and counts, one line per kind.
    ['kx-2022-09-16-reit-xinchanye-midword-false-positive', 'zh', '- 金额：1294亿元'],
    ['kx-2022-09-16-reit-xinchanye-midword-false-positive', 'zh', '- 数量：两只'],
    ['kx-2022-09-16-reit-xinchanye-midword-false-positive', 'en', '- Amounts: 1294亿元'],
    ['kx-2022-09-16-reit-xinchanye-midword-false-positive', 'en', '- Counts: 两只'],
    ['kx-2022-09-16-reit-xinchanye-midword-false-positive', 'en', 'No enforcement figures found.'],
  ])('%s in %s has the line %s', (slug, locale, line) => {
    expect(summaryToMarkdown(summaryOf(slug), locale).split('\n')).toContain(line);
  });
});

describe('summaryToMarkdown escapes page text', () => {
  it.each<[Locale, string]>([
    ['zh', '- **\\*ST济堂** SH600090（上交所 主板，提及 13 次）'],
    ['en', '- **\\*ST济堂** SH600090 (Shanghai · Main Board, 13 mentions)'],
  ])('the stock name *ST济堂 in %s', (locale, line) => {
    const markdown = summaryToMarkdown(
      summaryOf('sj-2021-10-26-st-jitang-delisting-fine-hotwords'),
      locale,
    );
    expect(markdown.split('\n')).toContain(line);
    expect(markdown).not.toMatch(/(^|[^\\])\*ST济堂/);
  });

  // The seed's summary with one piece of page text holding a syntax character.
  type Edit = (summary: Summary, text: string) => void;
  const inTitle: Edit = (s, text) => {
    s.article.title = text;
  };
  const inSource: Edit = (s, text) => {
    s.article.source = text;
  };
  const inStockName: Edit = (s, text) => {
    for (const stock of s.stocks) stock.name = text;
  };
  const inFigureText: Edit = (s, text) => {
    for (const f of s.figures) if (f.kind === 'penalty') f.text = text;
  };
  const inAuthority: Edit = (s, text) => {
    for (const f of s.figures) if (f.authority) f.authority.names = [text];
  };
  const inDoubtContext: Edit = (s, text) => {
    for (const m of s.stocks.flatMap((stock) => stock.occurrences))
      if (m.doubt) m.doubt.context = text;
  };
  const inWarningDetail: Edit = (s, text) => {
    s.warnings.push(readWarning('bad-date', text));
  };
  it.each<[string, Edit, string, string]>([
    ['title', inTitle, 'a\\b', '# a\\\\b'],
    ['title', inTitle, 'a`b', '# a\\`b'],
    ['title', inTitle, '*ST济堂', '# \\*ST济堂'],
    ['title', inTitle, 'a_b_', '# a\\_b\\_'],
    ['title', inTitle, '[链接](x)', '# \\[链接\\](x)'],
    ['title', inTitle, '<b>', '# \\<b\\>'],
    ['title', inTitle, '#1', '# \\#1'],
    ['title', inTitle, 'a|b', '# a\\|b'],
    ['title', inTitle, '~~a~~', '# \\~\\~a\\~\\~'],
    ['title', inTitle, 'A&lt;B', '# A\\&lt;B'],
    ['title', inTitle, '0.23%! 华夏合肥高新REIT', '# 0.23%! 华夏合肥高新REIT'],
    ['source', inSource, '证券*时报', '证券\\*时报 · 2021年7月7日 23:21（北京时间）'],
    [
      'stock name',
      inStockName,
      '*ST线上',
      '- **\\*ST线上** SZ300959（深交所 创业板，有链接，但可能并非该公司）',
    ],
    [
      'figure text',
      inFigureText,
      '罚没_1062.39万元_',
      '- ¥10,623,900 — 罚没\\_1062.39万元\\_（执法机关：江西证监局）',
    ],
    [
      'authority',
      inAuthority,
      '<b>证监局',
      '- ¥10,623,900 — 罚没金额1062.39万元（执法机关：\\<b\\>证监局）',
    ],
    [
      'doubt context',
      inDoubtContext,
      '线上线下*相结合',
      '  - ⚠ 可能误链：“线上线下”在此处是普通词语（“线上线下\\*相结合”），并非指该公司。',
    ],
    [
      'warning detail',
      inWarningDetail,
      '2021_07_07',
      '- 日期“2021\\_07\\_07”无法识别，发布时间留空。',
    ],
  ])('%s %j', (_where, edit, text, line) => {
    const summary = summaryOf('yw-2021-07-07-jiangxi-csrc-enforcement-seed');
    edit(summary, text);
    expect(summaryToMarkdown(summary, 'zh').split('\n')).toContain(line);
  });
});
