import type { Block } from '../src/article/blocks';
import { hoverLabels, planHighlights } from '../src/format/highlights';
import type { Locale } from '../src/format/locale';
import type { PageState } from '../src/messages';
import { isEnforcement } from '../src/recognisers';
import { needsEngine, summaryWithRules } from '../src/rules/apply';
import { lookIn, type PageView, readPageView } from '../src/settings/page-view';
import { analyze } from '../src/summary/analyze';
import type { Span, Summary } from '../src/summary/schema';
import { paint, unpaint } from './highlighter';
import { watchHover } from './hover';
import { ARTICLE_BODY, knownSiteReader, type PageReader } from './page-reader';
import { pageScheme } from './page-scheme';
import { askRegexMatches } from './page-settings';
import type { Painted } from './painted';
import { spanRange } from './ranges';
import { showRange } from './step-highlights';
import { createTooltip } from './tooltip';

export { ARTICLE_BODY };

export interface PageSession {
  /** Reads the page again (it changed, or its URL did) and repaints. */
  refresh(): void;
  /** The article body the last read found, or null. */
  body(): Element | null;
  state(): PageState;
  setEnabled(enabled: boolean): PageState;
  /** New settings or rules: read, match and paint again with them. */
  apply(view: PageView): void;
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
  initial: PageView = readPageView(undefined, undefined, doc.location?.href ?? ''),
  reader: PageReader = knownSiteReader,
): PageSession {
  const tooltip = createTooltip(doc);
  let view = initial;
  let enabled = view.painting;
  // Regular-expression rules are matched in the background; until it answers, the popup waits.
  let waiting = false;
  let reads = 0;
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

  function show(summary: Summary, blocks: Block<Node>[], element: Element | null) {
    clear();
    labels = null;
    read = { ok: true, summary, blocks };
    if (enabled && element)
      painted = paint(
        doc,
        blocks,
        planHighlights(summary),
        (id) => lookIn(view, id),
        pageScheme(element),
      );
    onAnalysed(summary.figures.filter((f) => isEnforcement(f.kind)).length, summary);
  }

  function refresh() {
    clear();
    const result = reader.read(doc);
    const element = reader.body(doc);
    const turn = ++reads;
    labels = null;
    waiting = false;
    if (result.ok) {
      const { paragraphs } = result.article;
      const base = analyze(result.article);
      // The user's keyword rules here; their regular expressions in the background, then again.
      show(summaryWithRules(base, paragraphs, view.rules, null), result.blocks, element);
      if (needsEngine(view.rules)) {
        waiting = true;
        void askRegexMatches(view, paragraphs).then((found) => {
          if (turn !== reads) return;
          waiting = false;
          show(summaryWithRules(base, paragraphs, view.rules, null, found), result.blocks, element);
        });
      }
    } else {
      read = { ok: false, error: result.error };
      onAnalysed(null);
    }
    watch(element);
  }

  const state = (): PageState =>
    waiting
      ? { state: 'loading' }
      : read.ok
        ? { state: 'article', summary: read.summary, enabled }
        : { state: 'not-article', reason: read.error };

  refresh();
  return {
    refresh,
    body: () => body,
    state,
    setEnabled(wanted) {
      // While FinLens is paused everywhere, a site switched on still paints nothing.
      const next = wanted && !view.paused;
      enabled = next;
      // What was read still holds (the watch re-reads on any change): paint it again at once.
      if (next && read.ok) show(read.summary, read.blocks, body);
      else if (next) refresh();
      else clear();
      return state();
    },
    apply(next) {
      view = next;
      enabled = next.painting;
      refresh();
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
