import { describe, expect, it } from 'vitest';
import { readArticleHtml } from '../../adapters/cheerio-article';
import { doubtMessage, doubtTitle } from '../../src/format/doubts';
import { analyze } from '../../src/summary/analyze';
import { fixture } from './fixture-files';

/** The one doubtful mention of a stock in a real article. */
function doubtfulMention(slug: string, symbol: string) {
  const f = fixture(slug);
  const read = readArticleHtml(f.text, f.url);
  if (!read.ok) throw new Error(read.error);
  const stock = analyze(read.article).stocks.find((s) => s.symbol === symbol);
  const doubtful = stock?.occurrences.filter((m) => m.doubt) ?? [];
  const [mention] = doubtful;
  if (!mention?.doubt || doubtful.length !== 1) throw new Error(`${slug}: ${symbol} not doubtful`);
  return { text: mention.text, doubt: mention.doubt };
}

describe('doubtMessage per reason code', () => {
  it.each([
    {
      slug: 'yw-2021-07-07-jiangxi-csrc-enforcement-seed',
      symbol: 'SZ300959',
      code: 'common-phrase',
      zh: '“线上线下”在此处是普通词语（“线上线下相结合”），并非指该公司。',
      en: '“线上线下” here reads as the phrase “online and offline”, not as the company.',
    },
    {
      slug: 'kx-2022-09-16-reit-xinchanye-midword-false-positive',
      symbol: 'SZ300832',
      code: 'inside-word',
      zh: '“新产业”夹在另一个词语中间（“创新产业园”）。',
      en: '“新产业” starts or ends inside another word (“创新产业园”).',
    },
    {
      slug: 'yw-2022-02-23-miit-107-apps-bank-of-china-false-positive',
      symbol: 'SH601988',
      code: 'inside-organisation',
      zh: '“中国银行”是机构名称的一部分（“中国银行法学研究会”）。',
      en: '“中国银行” is part of the name of an organisation (“中国银行法学研究会”).',
    },
  ])('$code ($symbol)', ({ slug, symbol, code, zh, en }) => {
    const { text, doubt } = doubtfulMention(slug, symbol);
    expect(doubt.code).toBe(code);
    expect(doubtMessage(doubt, text, 'zh')).toBe(zh);
    expect(doubtMessage(doubt, text, 'en')).toBe(en);
  });
});

describe('doubtTitle', () => {
  it.each([
    ['zh', '可能误链'],
    ['en', 'Possibly mislinked'],
  ] as const)('%s → %s', (locale, expected) => {
    expect(doubtTitle(locale)).toBe(expected);
  });
});
