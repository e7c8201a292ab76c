import { describe, expect, it } from 'vitest';
import { readArticleHtml } from '../../adapters/cheerio-article';
import type { Locale } from '../../src/format/locale';
import { formatPublished } from '../../src/format/time';
import { fixture } from './fixture-files';

describe('formatPublished', () => {
  it.each<[string | null, Locale, string]>([
    // The seed's time as the reader stores it, with the Beijing offset.
    ['2021-07-07T23:21:00+08:00', 'zh', '2021年7月7日 23:21（北京时间）'],
    ['2021-07-07T23:21:00+08:00', 'en', '7 Jul 2021, 23:21 Beijing time'],
    ['2022-09-16T08:34:00+08:00', 'zh', '2022年9月16日 08:34（北京时间）'],
    ['2022-09-16T08:34:00+08:00', 'en', '16 Sep 2022, 08:34 Beijing time'],
    // Other offsets are shown in Beijing time.
    ['2021-07-07T15:21:00Z', 'zh', '2021年7月7日 23:21（北京时间）'],
    ['2021-07-07T15:21:00Z', 'en', '7 Jul 2021, 23:21 Beijing time'],
    ['2021-07-07T15:21:00.000Z', 'en', '7 Jul 2021, 23:21 Beijing time'],
    ['2021-07-07T17:21:00+02:00', 'en', '7 Jul 2021, 23:21 Beijing time'],
    ['2021-07-07T10:21:00-05:00', 'zh', '2021年7月7日 23:21（北京时间）'],
    // The Beijing day can be the next one, the next month or the next year.
    ['2021-07-07T20:00:00Z', 'zh', '2021年7月8日 04:00（北京时间）'],
    ['2021-07-07T20:00:00Z', 'en', '8 Jul 2021, 04:00 Beijing time'],
    ['2021-10-31T23:05:00-01:00', 'en', '1 Nov 2021, 08:05 Beijing time'],
    ['2021-12-31T16:00:00Z', 'zh', '2022年1月1日 00:00（北京时间）'],
    ['2021-12-31T16:00:00Z', 'en', '1 Jan 2022, 00:00 Beijing time'],
    ['2021-12-31T15:59:00Z', 'en', '31 Dec 2021, 23:59 Beijing time'],
    // Unknown or unreadable times.
    [null, 'zh', '时间不详'],
    [null, 'en', 'Time unknown'],
    ['Invalid Date', 'zh', '时间不详'],
    ['Invalid Date', 'en', 'Time unknown'],
    ['', 'en', 'Time unknown'],
  ])('%j in %s → %s', (iso, locale, expected) => {
    expect(formatPublished(iso, locale)).toBe(expected);
  });
});

describe('formatPublished on the times read from fixtures', () => {
  const publishedAt = (slug: string) => {
    const f = fixture(slug);
    const read = readArticleHtml(f.text, f.url);
    if (!read.ok) throw new Error(read.error);
    return read.article.publishedAt;
  };
  it.each<[string, Locale, string]>([
    ['yw-2021-07-07-jiangxi-csrc-enforcement-seed', 'zh', '2021年7月7日 23:21（北京时间）'],
    ['yw-2021-07-07-jiangxi-csrc-enforcement-seed', 'en', '7 Jul 2021, 23:21 Beijing time'],
    ['new-site-yisheng-757276', 'zh', '2022年12月18日 15:02（北京时间）'],
    ['new-site-yisheng-757276', 'en', '18 Dec 2022, 15:02 Beijing time'],
    ['kx-empty-title-invalid-date-edgecase', 'zh', '时间不详'],
    ['kx-empty-title-invalid-date-edgecase', 'en', 'Time unknown'],
  ])('%s in %s → %s', (slug, locale, expected) => {
    expect(formatPublished(publishedAt(slug), locale)).toBe(expected);
  });
});
