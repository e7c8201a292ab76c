import { setRecogniserVars } from '../../extension/look-vars';
import { kindName } from '../../src/format/labels';
import type { Locale } from '../../src/format/locale';
import { figureLink, ledgerValue, paragraphName, shortTime } from '../../src/ledger/format';
import type { ArticleRow, FigureRow } from '../../src/ledger/query';
import type { LedgerEntry } from '../../src/ledger/schema';
import { el } from './dom';
import type { Column } from './table';
import type { LedgerText } from './text';

/** The article's title, linking to it (at the figure, when there is one) in a new tab. */
function articleCell(entry: LedgerEntry, figureText: string, text: LedgerText): Node {
  const href = figureLink(entry.url, figureText);
  const title = entry.title || '—';
  const link = href
    ? el('a', {
        text: title,
        attrs: { href, target: '_blank', rel: 'noopener noreferrer', title: text.openArticle },
      })
    : el('span', { text: title });
  const meta = [entry.source, entry.site].filter(Boolean).join(' · ');
  return el('div', {}, link, el('div', { className: 'muted small', text: meta }));
}

/** The sentence, with the figure's own words marked. */
function sentenceCell(row: FigureRow, locale: Locale): Node {
  const { sentence, text, paragraph } = row.figure;
  const at = sentence.indexOf(text);
  const quote = el('q', { className: 'sentence' });
  if (at < 0) quote.textContent = sentence;
  else quote.append(sentence.slice(0, at), el('mark', { text }), sentence.slice(at + text.length));
  return el(
    'div',
    {},
    el('div', { className: 'where', text: paragraphName(paragraph, locale) }),
    quote,
  );
}

function kindCell(kind: string, locale: Locale): Node {
  const chip = el('span', {
    className: 'kind',
    text: kindName(kind, locale),
    attrs: { 'data-kind': kind },
  });
  setRecogniserVars(chip, kind);
  return chip;
}

/** Who acted in an article, each once, in the order of its figures. */
const authoritiesOf = (entry: LedgerEntry) =>
  [...new Set(entry.figures.flatMap((f) => f.authorities))].join('、');

/** When and where, the first columns of both tables; `figureText` is where the link lands. */
function entryColumns<R extends { entry: LedgerEntry }>(
  text: LedgerText,
  figureText: (row: R) => string,
): Column<R>[] {
  return [
    {
      id: 'publishedAt',
      label: text.published,
      sortable: true,
      className: 'time',
      cell: (r) => shortTime(r.entry.publishedAt),
    },
    {
      id: 'title',
      label: text.article,
      sortable: true,
      className: 'article',
      cell: (r) => articleCell(r.entry, figureText(r), text),
    },
  ];
}

export function figureColumns(locale: Locale, text: LedgerText): Column<FigureRow>[] {
  return [
    ...entryColumns<FigureRow>(text, (r) => r.figure.text),
    { id: 'kind', label: text.kind, sortable: true, cell: (r) => kindCell(r.figure.kind, locale) },
    {
      id: 'value',
      label: text.value,
      sortable: true,
      className: 'number',
      cell: (r) => ledgerValue(r.figure, locale) + (r.figure.status ? ` (${r.figure.status})` : ''),
    },
    {
      id: 'authority',
      label: text.authority,
      sortable: true,
      className: 'authority',
      cell: (r) => r.figure.authorities.join('、') || '—',
    },
    { id: 'figure', label: text.figure, className: 'quote', cell: (r) => r.figure.text },
    {
      id: 'where',
      label: text.where,
      className: 'where-cell',
      cell: (r) => sentenceCell(r, locale),
    },
  ];
}

export function articleColumns(text: LedgerText): Column<ArticleRow>[] {
  return [
    ...entryColumns<ArticleRow>(text, () => ''),
    {
      id: 'figures',
      label: text.count,
      sortable: true,
      className: 'number',
      cell: (r) => String(r.entry.figures.length),
    },
    {
      id: 'authority',
      label: text.authority,
      sortable: true,
      cell: (r) => authoritiesOf(r.entry) || '—',
    },
    {
      id: 'companies',
      label: text.companies,
      cell: (r) => r.entry.stocks.map((s) => `${s.name} ${s.symbol}`).join('，') || '—',
    },
  ];
}

/** Sort keys of the articles table's sortable columns. */
export const ARTICLE_SORT: Record<string, (r: ArticleRow) => string | number> = {
  publishedAt: (r) => r.entry.publishedAt ?? '',
  title: (r) => r.entry.title,
  figures: (r) => r.entry.figures.length,
  authority: (r) => authoritiesOf(r.entry),
};
