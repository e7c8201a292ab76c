import type { FigureRow } from './query';
import type { LedgerEntry } from './schema';

export interface PenaltySeries {
  /** Months, YYYY-MM, oldest first, every month between the first and the last. */
  months: string[];
  /** Yuan per month for each authority (the largest first), and the rest together as `others`. */
  series: { authority: string; yuan: number[] }[];
}

const nextMonth = (month: string) => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
};

/**
 * Penalties in yuan per month by authority, for the chart and its table. Only penalties in CNY
 * with a value and a date; joint actions count for each authority named; no authority is `''`.
 */
export function penaltiesByMonth(
  rows: readonly FigureRow[],
  top = 6,
  others = 'others',
): PenaltySeries {
  const sums = new Map<string, Map<string, number>>();
  const totals = new Map<string, number>();
  for (const { entry, figure } of rows) {
    if (
      figure.kind !== 'penalty' ||
      figure.unit !== 'CNY' ||
      figure.value === null ||
      !entry.publishedAt
    )
      continue;
    const month = entry.publishedAt.slice(0, 7);
    for (const authority of figure.authorities.length ? figure.authorities : ['']) {
      const byMonth = sums.get(authority) ?? new Map<string, number>();
      byMonth.set(month, (byMonth.get(month) ?? 0) + figure.value);
      sums.set(authority, byMonth);
      totals.set(authority, (totals.get(authority) ?? 0) + figure.value);
    }
  }
  const seen = [...sums.values()].flatMap((m) => [...m.keys()]).sort();
  const months: string[] = [];
  const last = seen.at(-1);
  // At most 20 years of months: a wrong date must not make a chart of a million columns.
  for (let m = seen[0]; m && last && m <= last && months.length < 240; m = nextMonth(m))
    months.push(m);
  const ranked = [...totals.entries()].sort((a, b) => b[1] - a[1]).map(([a]) => a);
  const shown = ranked.slice(0, top);
  const rest = ranked.slice(top);
  const series = shown.map((authority) => ({
    authority,
    yuan: months.map((month) => sums.get(authority)?.get(month) ?? 0),
  }));
  if (rest.length)
    series.push({
      authority: others,
      yuan: months.map((month) => rest.reduce((n, a) => n + (sums.get(a)?.get(month) ?? 0), 0)),
    });
  return { months, series };
}

export interface CompanyCount {
  symbol: string;
  name: string;
  /** Articles that truly mention it, and mentions in all of them. */
  articles: number;
  mentions: number;
}

/** The companies the most articles mention (ties: more mentions, then the code). */
export function topCompanies(entries: readonly LedgerEntry[], n = 10): CompanyCount[] {
  const by = new Map<string, CompanyCount>();
  for (const entry of entries)
    for (const s of entry.stocks) {
      const c = by.get(s.symbol) ?? { symbol: s.symbol, name: s.name, articles: 0, mentions: 0 };
      c.articles++;
      c.mentions += s.mentions;
      by.set(s.symbol, c);
    }
  return [...by.values()]
    .sort(
      (a, b) =>
        b.articles - a.articles || b.mentions - a.mentions || (a.symbol < b.symbol ? -1 : 1),
    )
    .slice(0, n);
}
