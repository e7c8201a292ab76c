import { setRecogniserVars } from '../../extension/look-vars';
import { actedBy } from '../../src/format/authority';
import { doubtMessage, doubtTitle } from '../../src/format/doubts';
import { kindName, listingName, sectionText, stockMentions } from '../../src/format/labels';
import type { Locale } from '../../src/format/locale';
import { formatFigureValue } from '../../src/format/numbers';
import { formatPublished } from '../../src/format/time';
import { warningText } from '../../src/format/warnings';
import {
  ENFORCEMENT_KINDS,
  type FigureKind,
  figureKindsOf,
  isEnforcement,
} from '../../src/recognisers';
import type { Figure, Span, StockSummary, Summary } from '../../src/summary/schema';
import { renderRuleSections } from './rules-view';

// Builds the summary view from data with createElement and textContent only: page text is data.

type Attrs = Record<string, string>;

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className = '',
  text = '',
  attrs: Attrs = {},
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text) node.textContent = text;
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  return node;
}

const byId = (id: string): HTMLElement => {
  const node = document.getElementById(id);
  if (!node) throw new Error(`popup markup lacks #${id}`);
  return node;
};

export const spanKey = (s: Span): string => `${s.paragraph}:${s.start}:${s.end}`;

/** Spans a click on each item reveals; a stock with several mentions cycles through them. */
export type Targets = Map<HTMLButtonElement, Span[]>;

function stockButton(stock: StockSummary, locale: Locale, targets: Targets): HTMLLIElement {
  const doubtful = stock.doubtful > 0 && stock.mentions === 0;
  const button = el('button', doubtful ? 'item stock doubtful' : 'item stock', '', {
    type: 'button',
    'data-symbol': stock.symbol,
  });
  setRecogniserVars(button, doubtful ? 'stock-doubtful' : 'stock');
  const top = el('span', 'line');
  top.append(el('span', 'name', stock.name), el('span', 'code', stock.symbol));
  const bottom = el('span', 'line sub');
  bottom.append(el('span', 'chip', listingName(stock.exchange, stock.board, locale)));
  bottom.append(el('span', 'count', stockMentions(stock, locale)));
  if (stock.tagged) bottom.append(el('span', 'tag', sectionText(locale).tagged));
  button.append(top, bottom);
  const doubts = new Set(
    stock.occurrences.map((m) => (m.doubt ? doubtMessage(m.doubt, m.text, locale) : '')),
  );
  for (const message of doubts) {
    if (message)
      button.append(
        el('span', 'doubt', `⚠ ${doubtTitle(locale)}${locale === 'zh' ? '：' : ': '}${message}`),
      );
  }
  // Counted mentions first, so a click shows the company where it really is.
  const spans = [...stock.occurrences].sort(
    (a, b) => Number(a.doubt !== null) - Number(b.doubt !== null),
  );
  if (spans.length === 0) button.setAttribute('aria-disabled', 'true');
  targets.set(
    button,
    spans.map((m) => m.span),
  );
  const li = el('li');
  li.append(button);
  return li;
}

function figureButton(figure: Figure, locale: Locale, targets: Targets): HTMLLIElement {
  const button = el('button', 'item figure', '', {
    type: 'button',
    'data-kind': figure.kind,
    'data-span': spanKey(figure.span),
    title: figure.sentence,
  });
  button.append(
    el('span', 'value', formatFigureValue(figure, locale)),
    el('span', 'quote', figure.text),
  );
  const by = actedBy(figure, locale);
  if (by) button.append(el('span', 'authority', by));
  targets.set(button, [figure.span]);
  const li = el('li');
  li.append(button);
  return li;
}

function kindSection(
  kind: FigureKind,
  figures: Figure[],
  locale: Locale,
  targets: Targets,
): HTMLElement {
  const section = el('section', 'kind', '', { 'data-kind': kind });
  setRecogniserVars(section, kind);
  const heading = el('h3');
  heading.append(
    el('span', 'swatch', '', { 'aria-hidden': 'true' }),
    kindName(kind, locale),
    el('span', 'n', String(figures.length)),
  );
  const list = el('ul', 'items');
  for (const f of figures) list.append(figureButton(f, locale, targets));
  section.append(heading, list);
  return section;
}

/** Fills #summary; returns the spans each item button reveals. */
export function renderSummary(summary: Summary, locale: Locale): Targets {
  const targets: Targets = new Map();
  const text = sectionText(locale);
  const { article } = summary;
  byId('title').textContent = article.title || text.untitled;
  byId('source').textContent = article.source ?? '';
  const time = byId('time');
  time.textContent = formatPublished(article.publishedAt, locale);
  if (article.publishedAt) time.setAttribute('datetime', article.publishedAt);

  const warnings = byId('warnings');
  warnings.replaceChildren(
    ...summary.warnings.map((w) => el('li', '', `⚠ ${warningText(w, locale)}`)),
  );
  warnings.hidden = summary.warnings.length === 0;

  byId('stocks-heading').textContent = text.stocks;
  const stocks = byId('stocks');
  stocks.replaceChildren(...summary.stocks.map((s) => stockButton(s, locale, targets)));
  if (summary.stocks.length === 0) stocks.append(el('li', 'empty', text.noStocks));

  byId('figures-heading').textContent = text.enforcement;
  const figures = byId('figures');
  figures.replaceChildren();
  for (const kind of ENFORCEMENT_KINDS) {
    const of = summary.figures.filter((f) => f.kind === kind);
    if (of.length > 0) figures.append(kindSection(kind, of, locale, targets));
  }
  if (!summary.figures.some((f) => isEnforcement(f.kind)))
    figures.append(el('p', 'empty', text.noEnforcement));
  const other = summary.figures.filter((f) => !isEnforcement(f.kind));
  if (other.length > 0) {
    const details = el('details', 'other');
    const label = el('summary', '', text.other);
    label.append(el('span', 'n', String(other.length)));
    details.append(label);
    for (const kind of figureKindsOf('other')) {
      const of = other.filter((f) => f.kind === kind);
      if (of.length > 0) details.append(kindSection(kind, of, locale, targets));
    }
    figures.append(details);
  }
  renderRuleSections(summary, locale, targets);
  byId('json').textContent = JSON.stringify(summary, null, 2);
  return targets;
}
