import { readArticleHtml } from '../../adapters/cheerio-article';
import { buildEntry } from '../../src/ledger/entry';
import { entryId } from '../../src/ledger/identity';
import type { LedgerEntry } from '../../src/ledger/schema';
import { analyze } from '../../src/summary/analyze';
import { listFixtures } from '../../test/unit/fixture-files';

const SEEN = '2026-01-01T00:00:00.000Z';
const HOUR = 3_600_000;
const BEIJING = 8 * HOUR;

/** An ISO time in Beijing time with its offset, as the summaries give them. */
const beijing = (ms: number) => `${new Date(ms + BEIJING).toISOString().slice(0, 19)}+08:00`;

/**
 * `n` ledger entries made from the fixtures' real entries: each fixture article again and again,
 * at its own address and time (one every five hours from 2019 on), values varied, so that
 * searches, filters and charts meet realistic text.
 */
export function syntheticEntries(n: number): LedgerEntry[] {
  const bases = listFixtures().flatMap((f) => {
    const read = readArticleHtml(f.text, f.url);
    return read.ok ? [buildEntry(analyze(read.article), SEEN)] : [];
  });
  const start = Date.UTC(2019, 0, 1);
  return Array.from({ length: n }, (_, i) => {
    const base = bases[i % bases.length] as LedgerEntry;
    const url = `https://www.stcn.com/article/detail/${100_000 + i}.html`;
    const title = `${base.title} (${i})`;
    const publishedAt = beijing(start + i * 5 * HOUR);
    const figures = base.figures.map((f) => ({
      ...f,
      value: f.value === null ? null : Math.round(f.value * (1 + (i % 7) / 10)),
    }));
    return {
      ...base,
      id: entryId({ title, source: base.source, publishedAt, url, figureTexts: [] }),
      url,
      urls: [url],
      title,
      publishedAt,
      site: 'stcn.com',
      figures,
    };
  });
}
