import { el } from './dom';
import type { LedgerText } from './text';

/** Rows per page: a page of the table stays quick to build however long the ledger grows. */
export const PAGE_SIZE = 50;

export interface Column<R> {
  id: string;
  label: string;
  /** Sortable columns give the key to sort by. */
  sortable?: boolean;
  className?: string;
  cell(row: R): Node | string;
}

export interface TableView {
  page: number;
  sort: string;
  direction: 'asc' | 'desc';
}

interface TableOptions<R> {
  caption: string;
  columns: Column<R>[];
  /** Already filtered and sorted. */
  rows: readonly R[];
  view: TableView;
  text: LedgerText;
  empty: string;
  onView(view: TableView): void;
}

/**
 * A sortable, paged table: header buttons sort (and say so with aria-sort), the pager moves by
 * pages. Built from data with createElement only.
 */
export function renderTable<R>(container: HTMLElement, o: TableOptions<R>): void {
  const pages = Math.max(1, Math.ceil(o.rows.length / PAGE_SIZE));
  const page = Math.min(o.view.page, pages - 1);
  const table = el(
    'table',
    { className: 'grid' },
    el('caption', { className: 'visually-hidden', text: o.caption }),
  );
  const head = el('tr');
  for (const column of o.columns) {
    const th = el('th', { attrs: { scope: 'col' }, className: column.className ?? '' });
    if (column.sortable) {
      const sorted = o.view.sort === column.id;
      th.setAttribute(
        'aria-sort',
        sorted ? (o.view.direction === 'asc' ? 'ascending' : 'descending') : 'none',
      );
      const button = el('button', {
        text: column.label,
        className: 'sort',
        attrs: { type: 'button', 'data-sort': column.id, title: o.text.sortBy(column.label) },
      });
      button.append(
        el('span', {
          className: 'arrow',
          text: sorted ? (o.view.direction === 'asc' ? ' ▲' : ' ▼') : '',
          attrs: { 'aria-hidden': 'true' },
        }),
      );
      button.addEventListener('click', () =>
        o.onView({
          page: 0,
          sort: column.id,
          direction: sorted && o.view.direction === 'desc' ? 'asc' : 'desc',
        }),
      );
      th.append(button);
    } else th.textContent = column.label;
    head.append(th);
  }
  table.append(el('thead', {}, head));
  const body = el('tbody');
  for (const row of o.rows.slice(page * PAGE_SIZE, (page + 1) * PAGE_SIZE)) {
    const tr = el('tr');
    for (const column of o.columns)
      tr.append(el('td', { className: column.className ?? '' }, column.cell(row)));
    body.append(tr);
  }
  table.append(body);

  const pager = el('nav', { className: 'pager', attrs: { 'aria-label': o.caption } });
  const move = (to: number) => () => o.onView({ ...o.view, page: to });
  const prev = el('button', { text: o.text.prev, attrs: { type: 'button', 'data-page': 'prev' } });
  const next = el('button', { text: o.text.next, attrs: { type: 'button', 'data-page': 'next' } });
  prev.disabled = page === 0;
  next.disabled = page >= pages - 1;
  prev.addEventListener('click', move(page - 1));
  next.addEventListener('click', move(page + 1));
  pager.append(
    prev,
    el('span', { className: 'page', text: o.text.page(page + 1, pages) }),
    next,
    el('span', { className: 'muted', text: o.text.shown(o.rows.length) }),
  );
  const children: Node[] = [table];
  if (o.rows.length === 0) children.push(el('p', { className: 'empty', text: o.empty }));
  else children.push(pager);
  container.replaceChildren(...children);
}

/** A sort that keeps the order of equal rows, by a key of each row. */
export function sortBy<R>(
  rows: readonly R[],
  key: (r: R) => string | number,
  direction: 'asc' | 'desc',
): R[] {
  const sign = direction === 'asc' ? 1 : -1;
  return rows
    .map((row, i) => ({ row, i, k: key(row) }))
    .sort((a, b) => (a.k < b.k ? -sign : a.k > b.k ? sign : a.i - b.i))
    .map(({ row }) => row);
}
