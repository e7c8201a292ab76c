import { byPublished } from './order';
import type { LedgerEntry, LedgerFigure } from './schema';

/** One row per figure, one per article without any, so the file holds every article. */
export const CSV_COLUMNS = [
  'published_at',
  'title',
  'source',
  'site',
  'url',
  'kind',
  'value',
  'unit',
  'word',
  'approx',
  'status',
  'authority',
  'text',
  'sentence',
  'paragraph',
  'stocks',
  'id',
] as const;

// A cell that starts like a formula would run in a spreadsheet: page text is data, so quote it.
const FORMULA = /^[=+\-@\t\r]/;

function cell(value: string | number | boolean | null): string {
  if (value === null) return '';
  if (typeof value !== 'string') return String(value);
  const safe = FORMULA.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function row(entry: LedgerEntry, figure: LedgerFigure | null): string {
  const values: Record<(typeof CSV_COLUMNS)[number], string | number | boolean | null> = {
    published_at: entry.publishedAt,
    title: entry.title,
    source: entry.source,
    site: entry.site,
    url: entry.url,
    kind: figure?.kind ?? null,
    value: figure?.value ?? null,
    unit: figure?.unit ?? null,
    word: figure?.word ?? null,
    approx: figure ? figure.approx : null,
    status: figure?.status ?? null,
    authority: figure ? figure.authorities.join('、') : null,
    text: figure?.text ?? null,
    sentence: figure?.sentence ?? null,
    // Counted from 1, as a reader counts paragraphs.
    paragraph: figure ? figure.paragraph + 1 : null,
    stocks: entry.stocks.map((s) => `${s.symbol} ${s.name}`).join('; '),
    id: entry.id,
  };
  return CSV_COLUMNS.map((c) => cell(values[c])).join(',');
}

/**
 * The ledger as CSV: UTF-8 with a byte-order mark, so that Excel reads the Chinese correctly,
 * and CRLF line ends. No times of reading: the same articles give the same file anywhere.
 */
export function ledgerToCsv(entries: readonly LedgerEntry[]): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const entry of [...entries].sort(byPublished)) {
    if (entry.figures.length === 0) lines.push(row(entry, null));
    for (const figure of entry.figures) lines.push(row(entry, figure));
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
