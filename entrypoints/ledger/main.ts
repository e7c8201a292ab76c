import { type LedgerProblem, ledgerProblemItem } from '../../extension/ledger/settings';
import { LedgerStore, problemOf } from '../../extension/ledger/store';
import { uiLocale } from '../../extension/ui-locale';
import { kindName } from '../../src/format/labels';
import { penaltiesByMonth, topCompanies } from '../../src/ledger/charts';
import {
  type ArticleRow,
  articleRows,
  type FigureRow,
  facets,
  figureRows,
  filterArticles,
  filterRows,
  type LedgerFilter,
  NO_FILTER,
  type SortKey,
  sortRows,
} from '../../src/ledger/query';
import type { LedgerEntry } from '../../src/ledger/schema';
import { SITES } from '../../src/sites';
import { renderCompanies, renderPenalties } from './charts';
import { ARTICLE_SORT, articleColumns, figureColumns } from './columns';
import { byId, el } from './dom';
import { startManaging } from './manage';
import { PAGE_SIZE, renderTable, sortBy, type TableView } from './table';
import { ledgerText } from './text';
import './style.css';

const locale = uiLocale();
const text = ledgerText(locale);
const store = new LedgerStore();
const emptyText = text.empty(SITES.map((s) => s.name[locale]).join(locale === 'zh' ? '、' : ', '));

type Tab = 'figures' | 'articles' | 'charts';
let tab: Tab = 'figures';
let entries: LedgerEntry[] = [];
let figures: FigureRow[] = [];
let articles: ArticleRow[] = [];
let filter: LedgerFilter = NO_FILTER;
let figureView: TableView = { page: 0, sort: 'publishedAt', direction: 'desc' };
let articleView: TableView = { page: 0, sort: 'publishedAt', direction: 'desc' };

const app = byId('app');
const notice = byId('notice');

function say(message: string, tone: 'info' | 'problem' = 'info') {
  notice.hidden = message === '';
  notice.dataset.tone = tone;
  notice.textContent = message;
}

function problemText(problem: LedgerProblem): string {
  switch (problem.code) {
    case 'full':
      return text.full;
    case 'rebuilt':
      return text.rebuilt(problem.kept ?? 0, problem.lost ?? 0);
    case 'damaged':
      return text.damaged(problem.lost ?? 0);
    default:
      return text.failed(problem.detail);
  }
}

function options(select: HTMLSelectElement, values: string[], label: (v: string) => string) {
  const chosen = select.value;
  select.replaceChildren(
    el('option', { text: text.all, attrs: { value: '' } }),
    ...values.map((v) => el('option', { text: label(v), attrs: { value: v } })),
  );
  select.value = values.includes(chosen) ? chosen : '';
}

function renderFigures() {
  const rows = filterRows(figures, filter);
  const sorted = sortRows(rows, figureView.sort as SortKey, figureView.direction);
  renderTable(byId('figures-panel'), {
    caption: text.figuresTab,
    columns: figureColumns(locale, text),
    rows: sorted,
    view: figureView,
    text,
    empty: entries.length ? text.none : emptyText,
    onView: (view) => {
      figureView = view;
      renderFigures();
    },
  });
}

function renderArticles() {
  const rows = filterArticles(articles, filter);
  const key = ARTICLE_SORT[articleView.sort] ?? ARTICLE_SORT.publishedAt;
  renderTable(byId('articles-panel'), {
    caption: text.articlesTab,
    columns: articleColumns(text),
    rows: key ? sortBy(rows, key, articleView.direction) : rows,
    view: articleView,
    text,
    empty: entries.length ? text.none : emptyText,
    onView: (view) => {
      articleView = view;
      renderArticles();
    },
  });
}

function renderCharts() {
  const rows = filterRows(figures, filter);
  const shown = new Set(rows.map((r) => r.entry));
  const inFilter =
    filter === NO_FILTER ? entries : filterArticles(articles, filter).map((r) => r.entry);
  renderPenalties(
    byId('penalties-chart'),
    byId('penalties-table'),
    penaltiesByMonth(rows, 6, text.others),
    text,
  );
  renderCompanies(
    byId('companies-chart'),
    byId('companies-table'),
    topCompanies(inFilter.length ? inFilter : [...shown]),
    text,
  );
}

/** Only the open tab is drawn: switching tabs draws the other from the same filtered data. */
function render() {
  byId('totals').textContent = `${text.articles(entries.length)} · ${text.figures(figures.length)}`;
  app.dataset.articles = String(entries.length);
  if (tab === 'figures') renderFigures();
  else if (tab === 'articles') renderArticles();
  else renderCharts();
}

function setEntries(next: LedgerEntry[]) {
  entries = next;
  figures = figureRows(entries);
  articles = articleRows(entries);
  const found = facets(figures);
  options(byId('kind'), found.kinds, (k) => kindName(k, locale));
  options(byId('authority'), found.authorities, (a) => a);
  const sites = [...new Set(entries.flatMap((e) => (e.site ? [e.site] : [])))].sort();
  options(byId('site'), sites, (s) => s);
}

function readFilter() {
  // Marks for `npm run bench:ledger`: how long a search or filter takes, debounce aside.
  performance.mark('ledger:filter-start');
  const value = (id: string) => byId<HTMLInputElement>(id).value;
  filter = {
    search: value('search'),
    from: value('from') || null,
    to: value('to') || null,
    kinds: value('kind') ? [value('kind')] : [],
    authority: value('authority') || null,
    site: value('site') || null,
  };
  figureView = { ...figureView, page: 0 };
  articleView = { ...articleView, page: 0 };
  render();
  performance.measure('ledger:filter', 'ledger:filter-start');
}

let searchTimer: ReturnType<typeof setTimeout> | undefined;
byId('search').addEventListener('input', () => {
  clearTimeout(searchTimer);
  searchTimer = setTimeout(readFilter, 120);
});
for (const id of ['from', 'to', 'kind', 'authority', 'site'])
  byId(id).addEventListener('change', readFilter);
byId('clear').addEventListener('click', () => {
  for (const id of ['search', 'from', 'to', 'kind', 'authority', 'site'])
    byId<HTMLInputElement>(id).value = '';
  readFilter();
});

const TABS: Tab[] = ['figures', 'articles', 'charts'];
function selectTab(next: Tab, focus = false) {
  tab = next;
  for (const t of TABS) {
    const button = byId(`tab-${t}`);
    button.setAttribute('aria-selected', String(t === next));
    button.tabIndex = t === next ? 0 : -1;
    byId(`${t}-panel`).hidden = t !== next;
    if (focus && t === next) button.focus();
  }
  render();
}
for (const t of TABS) {
  const button = byId(`tab-${t}`);
  button.addEventListener('click', () => selectTab(t));
  button.addEventListener('keydown', (event) => {
    const step = { ArrowRight: 1, ArrowLeft: -1 }[event.key];
    if (!step) return;
    event.preventDefault();
    selectTab(TABS[(TABS.indexOf(t) + step + TABS.length) % TABS.length] as Tab, true);
  });
}
// The charts follow the colour scheme: drawn again when it changes.
matchMedia('(prefers-color-scheme: dark)').addEventListener('change', () => {
  if (tab === 'charts') renderCharts();
});

function label() {
  document.documentElement.lang = locale === 'zh' ? 'zh-CN' : 'en';
  document.title = text.title;
  const words: Record<string, string> = {
    title: text.title,
    intro: text.intro,
    'filters-heading': text.search,
    'search-label': text.search,
    'from-label': text.from,
    'to-label': text.to,
    'kind-label': text.kind,
    'authority-label': text.authority,
    'site-label': text.site,
    clear: text.clear,
    'tab-figures': text.figuresTab,
    'tab-articles': text.articlesTab,
    'tab-charts': text.chartsTab,
    'penalties-caption': text.penaltiesChart,
    'companies-caption': text.companiesChart,
    'export-csv': text.exportCsv,
    'export-json': text.exportJson,
    'import-label': text.importJson,
    'settings-heading': text.settings,
    'recording-label': text.recording,
    'paused-label': text.paused,
    forget: text.forget,
    'forget-yes': text.forgetYes,
    'forget-no': text.cancel,
  };
  for (const [id, words_] of Object.entries(words)) byId(id).textContent = words_;
  byId<HTMLInputElement>('search').placeholder = text.searchHint;
  for (const node of document.querySelectorAll('.numbers-label')) node.textContent = text.numbers;
}

async function load() {
  app.dataset.ready = 'loading';
  byId('totals').textContent = text.loading;
  try {
    const problem = await store.open();
    const reported = await ledgerProblemItem.getValue().catch(() => null);
    const shown = problem ?? reported;
    if (shown) say(problemText(shown), 'problem');
    if (reported) await ledgerProblemItem.setValue(null).catch(() => {});
    // The newest page first, so the table is there before the whole ledger is read.
    setEntries(await store.newest(PAGE_SIZE));
    render();
    app.dataset.ready = 'first';
    performance.mark('ledger:first');
    const all = await store.all();
    setEntries(all.entries);
    render();
    if (all.damaged) say(text.damaged(all.damaged), 'problem');
  } catch (error) {
    say(problemText(problemOf(error)), 'problem');
  }
  app.dataset.ready = 'all';
  app.setAttribute('aria-busy', 'false');
  performance.mark('ledger:all');
}

label();
startManaging({
  store,
  text,
  entries: () => entries,
  say,
  reload: async () => {
    setEntries((await store.all()).entries);
    render();
  },
});
void load();
