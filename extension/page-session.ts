import { readDocument } from '../adapters/dom-article';
import type { Block } from '../src/article/blocks';
import { hoverLabels, planHighlights } from '../src/format/highlights';
import type { Locale } from '../src/format/locale';
import type { PageState } from '../src/messages';
import { isEnforcement } from '../src/recognisers';
import { SITES } from '../src/sites';
import { analyze } from '../src/summary/analyze';
import type { Span, Summary } from '../src/summary/schema';
import { defaultLooks, paint, unpaint } from './highlighter';
import { watchHover } from './hover';
import { pageScheme } from './page-scheme';
import type { Painted } from './painted';
import { spanRange } from './ranges';
import { showRange } from './step-highlights';
import { createTooltip } from './tooltip';

/** The article bodies of every known site's layouts; a page without one is left alone. */
export const ARTICLE_BODY = SITES.flatMap((s) => s.layouts.map((l) => l.body)).join(', ');

export interface PageSession {
  /** Reads the page again (it changed, or its URL did) and repaints. */
  refresh(): void;
  /** The article body the last read found, or null. */
  body(): Element | null;
  state(): PageState;
  setEnabled(enabled: boolean): PageState;
  reveal(span: Span): boolean;
  /** The spans painted now, for stepping through them and listing them. */
  painted(): readonly Painted[];
  dispose(): void;
}

type Read = { ok: true; summary: Summary; blocks: Block<Node>[] } | { ok: false; error: string };

/**
 * Reads, analyses and paints one page, again on each `refresh()`; watches the pointer over the
 * article body for the tooltip. `onAnalysed` gets the number of enforcement figures, or null
 * when the page is no article, and the summary when there is one (for the ledger). When to
 * refresh is `page-watch.ts`'s call.
 */
export function startPageSession(
  doc: Document,
  locale: Locale,
  onAnalysed: (count: number | null, summary?: Summary) => void,
): PageSession {
  const tooltip = createTooltip(doc);
  let enabled = true;
  let read: Read = { ok: false, error: 'Not read yet.' };
  let painted: Painted[] = [];
  // Tooltip labels, built on the first hover: formatting numbers need not delay the highlights.
  let labels: Map<string, string> | null = null;
  const labelOf = (key: string) => {
    if (!read.ok) return null;
    labels ??= hoverLabels(read.summary, locale);
    return labels.get(key) ?? null;
  };
  let body: Element | null = null;
  let bodyWatch: AbortController | null = null;

  function watch(element: Element | null) {
    if (element === body) return;
    body = element;
    bodyWatch?.abort();
    bodyWatch = null;
    if (!element) return;
    bodyWatch = new AbortController();
    watchHover(element, () => painted, labelOf, tooltip, bodyWatch.signal);
  }

  function clear() {
    tooltip.hide();
    unpaint();
    painted = [];
  }

  function refresh() {
    clear();
    const result = readDocument(doc, doc.location?.href ?? null);
    labels = null;
    if (result.ok) {
      const summary = analyze(result.article);
      const body = doc.querySelector(ARTICLE_BODY);
      if (enabled && body)
        painted = paint(
          doc,
          result.blocks,
          planHighlights(summary),
          defaultLooks,
          pageScheme(body),
        );
      read = { ok: true, summary, blocks: result.blocks };
      onAnalysed(summary.figures.filter((f) => isEnforcement(f.kind)).length, summary);
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
      showRange(doc, range);
      return true;
    },
    painted: () => painted,
    dispose() {
      watch(null);
      clear();
    },
  };
}
