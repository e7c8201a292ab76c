import { readDocument } from '../adapters/dom-article';
import type { Block } from '../src/article/blocks';
import { isEnforcement } from '../src/figures/kinds';
import { planHighlights } from '../src/format/highlights';
import type { Locale } from '../src/format/locale';
import type { PageState } from '../src/messages';
import { analyze } from '../src/summary/analyze';
import type { Span, Summary } from '../src/summary/schema';
import { flash, paint, unpaint } from './highlighter';
import { watchHover } from './hover';
import type { Painted } from './painted';
import { spanRange } from './ranges';
import { createTooltip } from './tooltip';

/** The bodies of both stcn layouts; a page without one is left alone. */
export const ARTICLE_BODY = '.detail-content, div.txt_con#ctrlfscont';

export interface PageSession {
  /** Reads the page again (it changed, or its URL did) and repaints. */
  refresh(): void;
  /** The article body the last read found, or null. */
  body(): Element | null;
  state(): PageState;
  setEnabled(enabled: boolean): PageState;
  reveal(span: Span): boolean;
  dispose(): void;
}

type Read = { ok: true; summary: Summary; blocks: Block<Node>[] } | { ok: false; error: string };

/**
 * Reads, analyses and paints one page, again on each `refresh()`; watches the pointer over the
 * article body for the tooltip. `onAnalysed` gets the number of enforcement figures, or null
 * when the page is no article. When to refresh is `page-watch.ts`'s call.
 */
export function startPageSession(
  doc: Document,
  locale: Locale,
  onAnalysed: (count: number | null) => void,
): PageSession {
  const tooltip = createTooltip(doc);
  let enabled = true;
  let read: Read = { ok: false, error: 'Not read yet.' };
  let painted: Painted[] = [];
  let body: Element | null = null;
  let bodyWatch: AbortController | null = null;

  function watch(element: Element | null) {
    if (element === body) return;
    body = element;
    bodyWatch?.abort();
    bodyWatch = null;
    if (!element) return;
    bodyWatch = new AbortController();
    watchHover(element, () => painted, tooltip, bodyWatch.signal);
  }

  function clear() {
    tooltip.hide();
    unpaint();
    painted = [];
  }

  function refresh() {
    clear();
    const result = readDocument(doc, doc.location?.href ?? null);
    if (result.ok) {
      const summary = analyze(result.article);
      if (enabled) painted = paint(doc, result.blocks, planHighlights(summary, locale));
      read = { ok: true, summary, blocks: result.blocks };
      onAnalysed(summary.figures.filter((f) => isEnforcement(f.kind)).length);
    } else {
      read = { ok: false, error: result.error };
      onAnalysed(null);
    }
    watch(doc.querySelector(ARTICLE_BODY));
  }

  const state = (): PageState =>
    read.ok
      ? { state: 'article', summary: read.summary, enabled }
      : { state: 'not-article', reason: read.error };

  refresh();
  return {
    refresh,
    body: () => body,
    state,
    setEnabled(next) {
      enabled = next;
      if (next) refresh();
      else clear();
      return state();
    },
    reveal(span) {
      const range = read.ok ? spanRange(doc, read.blocks, span) : null;
      if (!range) return false;
      const box = range.getBoundingClientRect();
      const view = doc.defaultView;
      // A hidden tab does not animate, so jump there; so do readers who asked for less motion.
      const still = doc.hidden || view?.matchMedia('(prefers-reduced-motion: reduce)').matches;
      view?.scrollTo({
        top: view.scrollY + box.top + box.height / 2 - view.innerHeight / 2,
        behavior: still ? 'auto' : 'smooth',
      });
      flash(range);
      return true;
    },
    dispose() {
      watch(null);
      clear();
    },
  };
}
