import type { LedgerEntry, LedgerFigure } from './schema';

/** One line of the figures table: a figure and the article it is in. */
export interface FigureRow {
  entry: LedgerEntry;
  figure: LedgerFigure;
  /** Lower-case text searched: the sentence, the figure, who acted, the companies, the title. */
  haystack: string;
}

const fold = (text: string) => text.normalize('NFKC').toLowerCase();

export function figureRows(entries: readonly LedgerEntry[]): FigureRow[] {
  const rows: FigureRow[] = [];
  for (const entry of entries) {
    const companies = entry.stocks
      .map((s) => `${s.symbol} ${s.symbol.slice(2)} ${s.name}`)
      .join(' ');
    for (const figure of entry.figures)
      rows.push({
        entry,
        figure,
        haystack: fold(
          [figure.sentence, figure.text, figure.authorities.join(' '), companies, entry.title].join(
            '\n',
          ),
        ),
      });
  }
  return rows;
}

export interface LedgerFilter {
  /** Words that must all appear: a company name or code, an authority, words of the sentence. */
  search: string;
  /** Publication dates, YYYY-MM-DD, inclusive; Beijing dates, as the articles give them. */
  from: string | null;
  to: string | null;
  kinds: readonly string[];
  authority: string | null;
  site: string | null;
}

export const NO_FILTER: LedgerFilter = {
  search: '',
  from: null,
  to: null,
  kinds: [],
  authority: null,
  site: null,
};

function inRange(publishedAt: string | null, filter: LedgerFilter): boolean {
  if (!filter.from && !filter.to) return true;
  if (!publishedAt) return false;
  const day = publishedAt.slice(0, 10);
  return (!filter.from || day >= filter.from) && (!filter.to || day <= filter.to);
}

export const searchWords = (search: string): string[] =>
  fold(search)
    .split(/[\s,，、]+/)
    .filter(Boolean);

export function filterRows(rows: readonly FigureRow[], filter: LedgerFilter): FigureRow[] {
  const words = searchWords(filter.search);
  const kinds = new Set(filter.kinds);
  return rows.filter(
    ({ entry, figure, haystack }) =>
      (kinds.size === 0 || kinds.has(figure.kind)) &&
      (!filter.authority || figure.authorities.includes(filter.authority)) &&
      (!filter.site || entry.site === filter.site) &&
      inRange(entry.publishedAt, filter) &&
      words.every((w) => haystack.includes(w)),
  );
}

export type SortKey = 'publishedAt' | 'kind' | 'value' | 'authority' | 'title';
export type SortDirection = 'asc' | 'desc';

const keyOf: Record<SortKey, (r: FigureRow) => string | number> = {
  publishedAt: (r) => r.entry.publishedAt ?? '',
  kind: (r) => r.figure.kind,
  value: (r) => r.figure.value ?? -1,
  authority: (r) => r.figure.authorities.join('、'),
  title: (r) => r.entry.title,
};

/** A stable sort: rows equal by the key keep their order (newest first, then article order). */
export function sortRows(rows: FigureRow[], key: SortKey, direction: SortDirection): FigureRow[] {
  const get = keyOf[key];
  const sign = direction === 'asc' ? 1 : -1;
  return rows
    .map((row, i) => ({ row, i, k: get(row) }))
    .sort((a, b) => (a.k < b.k ? -sign : a.k > b.k ? sign : a.i - b.i))
    .map(({ row }) => row);
}

/** The choices of the authority and site filters, most frequent first. */
export function facets(rows: readonly FigureRow[]): {
  authorities: string[];
  sites: string[];
  kinds: string[];
} {
  const count = (values: Iterable<string>) => {
    const n = new Map<string, number>();
    for (const v of values) n.set(v, (n.get(v) ?? 0) + 1);
    return [...n.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([v]) => v);
  };
  return {
    authorities: count(rows.flatMap((r) => r.figure.authorities)),
    sites: count(rows.flatMap((r) => (r.entry.site ? [r.entry.site] : []))),
    kinds: count(rows.map((r) => r.figure.kind)),
  };
}

/** One line of the articles table, with the text its search reads. */
export interface ArticleRow {
  entry: LedgerEntry;
  haystack: string;
}

export function articleRows(entries: readonly LedgerEntry[]): ArticleRow[] {
  return entries.map((entry) => ({
    entry,
    haystack: fold(
      [
        entry.title,
        entry.source ?? '',
        ...entry.stocks.map((s) => `${s.symbol} ${s.symbol.slice(2)} ${s.name}`),
        ...entry.figures.flatMap((f) => [f.sentence, f.authorities.join(' ')]),
      ].join('\n'),
    ),
  }));
}

/** Articles that pass the filters; kind and authority keep the articles with such a figure. */
export function filterArticles(rows: readonly ArticleRow[], filter: LedgerFilter): ArticleRow[] {
  const words = searchWords(filter.search);
  const kinds = new Set(filter.kinds);
  return rows.filter(
    ({ entry, haystack }) =>
      (!filter.site || entry.site === filter.site) &&
      inRange(entry.publishedAt, filter) &&
      (kinds.size === 0 || entry.figures.some((f) => kinds.has(f.kind))) &&
      (!filter.authority ||
        entry.figures.some((f) => f.authorities.includes(filter.authority ?? ''))) &&
      words.every((w) => haystack.includes(w)),
  );
}
