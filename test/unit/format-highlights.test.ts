import { describe, expect, it } from 'vitest';
import { readArticleHtml } from '../../adapters/cheerio-article';
import { hoverLabels, planHighlights, spanKey } from '../../src/format/highlights';
import type { Locale } from '../../src/format/locale';
import { type RecogniserId, recogniser } from '../../src/recognisers';
import { analyze } from '../../src/summary/analyze';
import { fixture } from './fixture-files';

function read(slug: string) {
  const f = fixture(slug);
  const result = readArticleHtml(f.text, f.url);
  if (!result.ok) throw new Error(result.error);
  return { paragraphs: result.article.paragraphs, summary: analyze(result.article) };
}

/** The plan as the page shows it: recogniser, the text under the span, its tooltip label. */
function shown(slug: string, locale: Locale) {
  const { paragraphs, summary } = read(slug);
  const labels = hoverLabels(summary, locale);
  return planHighlights(summary).map((p) => ({
    recogniser: p.recogniser,
    text: paragraphs[p.span.paragraph]?.slice(p.span.start, p.span.end),
    label: labels.get(spanKey(p.span)),
  }));
}

describe('planHighlights and hoverLabels for the seed', () => {
  // recogniser, highlighted text, zh label, en label
  const expected: [RecogniserId, string, string, string][] = [
    [
      'stock-doubtful',
      '线上线下',
      'SZ300959 线上线下 · 可能误链：“线上线下”在此处是普通词语（“线上线下相结合”），并非指该公司。',
      'SZ300959 线上线下 · Possibly mislinked: “线上线下” here reads as the phrase “online and offline”, not as the company.',
    ],
    ['cases', '3单案件', '案件 · 3', 'Cases · 3'],
    ['penalty', '罚没金额1062.39万元', '罚没 · ¥10,623,900', 'Penalty · ¥10,623,900'],
    ['referral', '移送涉刑案件1件', '移送 · 1', 'Referral · 1'],
    ['investigation', '4件内幕交易案', '调查中 · 4', 'Under investigation · 4'],
    ['investigation', '1件信息披露违法违规案', '调查中 · 1', 'Under investigation · 1'],
  ];
  it.each<[Locale, 2 | 3]>([
    ['zh', 2],
    ['en', 3],
  ])('in %s: the recognisers, the page text under each span and the labels', (locale, column) => {
    const painted = shown('yw-2021-07-07-jiangxi-csrc-enforcement-seed', locale).filter(
      (p) => recogniser(p.recogniser)?.paintByDefault,
    );
    const planned = painted.map((p) => [p.recogniser, p.text, p.label]);
    expect(planned).toEqual(expected.map((row) => [row[0], row[1], row[column]]));
  });
});

describe('hover labels on real articles', () => {
  it.each<[string, Locale, RecogniserId, string]>([
    [
      'kx-2022-09-16-reit-xinchanye-midword-false-positive',
      'zh',
      'stock',
      'SH601211 国泰君安 · 上交所 主板',
    ],
    [
      'kx-2022-09-16-reit-xinchanye-midword-false-positive',
      'en',
      'stock',
      'SH601211 国泰君安 · Shanghai · Main Board',
    ],
    [
      'kx-2022-09-16-reit-xinchanye-midword-false-positive',
      'zh',
      'stock-doubtful',
      'SZ300832 新产业 · 可能误链：“新产业”夹在另一个词语中间（“创新产业园”）。',
    ],
    [
      'kx-2022-09-16-reit-xinchanye-midword-false-positive',
      'en',
      'stock-doubtful',
      'SZ300832 新产业 · Possibly mislinked: “新产业” starts or ends inside another word (“创新产业园”).',
    ],
    [
      'yw-2022-02-23-miit-107-apps-bank-of-china-false-positive',
      'zh',
      'stock-doubtful',
      'SH601988 中国银行 · 可能误链：“中国银行”是机构名称的一部分（“中国银行法学研究会”）。',
    ],
    [
      'yw-2022-02-23-miit-107-apps-bank-of-china-false-positive',
      'en',
      'stock-doubtful',
      'SH601988 中国银行 · Possibly mislinked: “中国银行” is part of the name of an organisation (“中国银行法学研究会”).',
    ],
    // 超过300款 is approximate; the measure word is left out, the label names the kind.
    [
      'yw-2022-02-23-miit-107-apps-bank-of-china-false-positive',
      'zh',
      'measure',
      '监管措施 · 约300',
    ],
    [
      'yw-2022-02-23-miit-107-apps-bank-of-china-false-positive',
      'en',
      'measure',
      'Measures · ≈300',
    ],
    [
      'sj-2021-10-26-st-jitang-delisting-fine-hotwords',
      'zh',
      'stock',
      'SH600090 *ST济堂 · 上交所 主板',
    ],
    ['sj-2021-10-26-st-jitang-delisting-fine-hotwords', 'zh', 'proposed', '拟处罚 · ¥3,000,000'],
    [
      'sj-2021-10-26-st-jitang-delisting-fine-hotwords',
      'en',
      'proposed',
      'Proposed penalty · ¥3,000,000',
    ],
  ])('%s in %s: the first %s reads %s', (slug, locale, id, label) => {
    expect(shown(slug, locale).find((p) => p.recogniser === id)?.label).toBe(label);
  });
});

describe('planHighlights plans what the summary lists', () => {
  it.each([
    // slug, stock mentions (doubtful included), enforcement figures, other figures
    ['yw-2021-07-07-jiangxi-csrc-enforcement-seed', 1, 5, 8],
    ['kx-2022-09-16-reit-xinchanye-midword-false-positive', 4, 0, 2],
    ['yw-2022-02-23-miit-107-apps-bank-of-china-false-positive', 1, 5, 5],
    ['sj-2021-10-26-st-jitang-delisting-fine-hotwords', 27, 1, 36],
    ['kx-empty-title-invalid-date-edgecase', 0, 0, 0],
  ])(
    '%s: %i stock spans, %i enforcement and %i other figure spans',
    (slug, stocks, enforcement, other) => {
      const planned = planHighlights(read(slug).summary);
      const groups = planned.map((p) => recogniser(p.recogniser)?.group);
      expect(groups.filter((g) => g === 'stocks')).toHaveLength(stocks);
      expect(groups.filter((g) => g === 'enforcement')).toHaveLength(enforcement);
      expect(groups.filter((g) => g === 'other')).toHaveLength(other);
    },
  );
  it('gives every planned span a hover label', () => {
    const { summary } = read('sj-2021-10-26-st-jitang-delisting-fine-hotwords');
    const labels = hoverLabels(summary, 'en');
    for (const p of planHighlights(summary)) expect(labels.get(spanKey(p.span))).toBeTruthy();
  });
});
