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
import { createTooltip, UI_ATTR } from './tooltip';

export { ARTICLE_BODY };

const DEBOUNCE_MS = 300;

export interface PageSession {
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

const isOwnNode = (n: Node) =>
  n.nodeType === Node.ELEMENT_NODE && (n as Element).hasAttribute(UI_ATTR);

// The tooltip's host comes and goes on <html>, outside the body; this filter is the second line.
const isOwnMutation = (r: MutationRecord) =>
  r.type === 'childList' && [...r.addedNodes, ...r.removedNodes].every(isOwnNode);

/**
 * Reads, analyses and paints one article page, and keeps doing so as late content arrives.
 * `onAnalysed` gets the number of enforcement figures, or null when the page is no article.
 */
export function startPageSession(
  doc: Document,
  locale: Locale,
  onAnalysed: (count: number | null) => void,
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
  let timer: ReturnType<typeof setTimeout> | undefined;

  const observer = new MutationObserver((records) => {
    if (records.every(isOwnMutation)) return;
    clearTimeout(timer);
    timer = setTimeout(refresh, DEBOUNCE_MS);
  });

  function watch(element: Element | null) {
    if (element === body) return;
    body = element;
    observer.disconnect();
    bodyWatch?.abort();
    bodyWatch = null;
    if (!element) return;
    observer.observe(element, { childList: true, subtree: true, characterData: true });
    bodyWatch = new AbortController();
    watchHover(element, () => painted, labelOf, tooltip, bodyWatch.signal);
  }

  function clear() {
    tooltip.hide();
    unpaint();
    painted = [];
    observer.takeRecords();
  }

  function show(summary: Summary, blocks: Block<Node>[], body: Element | null) {
    clear();
    labels = null;
    read = { ok: true, summary, blocks };
    if (enabled && body)
      painted = paint(
        doc,
        blocks,
        planHighlights(summary),
        (id) => lookIn(view, id),
        pageScheme(body),
      );
    onAnalysed(summary.figures.filter((f) => isEnforcement(f.kind)).length);
  }

  function refresh() {
    clear();
    const result = reader.read(doc);
    const body = reader.body(doc);
    const turn = ++reads;
    labels = null;
    waiting = false;
    if (result.ok) {
      const { paragraphs } = result.article;
      const base = analyze(result.article);
      show(summaryWithRules(base, paragraphs, view.rules, null), result.blocks, body);
      if (needsEngine(view.rules)) {
        waiting = true;
        void askRegexMatches(view, paragraphs).then((found) => {
          if (turn !== reads) return;
          waiting = false;
          show(summaryWithRules(base, paragraphs, view.rules, null, found), result.blocks, body);
        });
      }
    } else {
      read = { ok: false, error: result.error };
      onAnalysed(null);
    }
    watch(body);
  }

  const state = (): PageState =>
    waiting
      ? { state: 'loading' }
      : read.ok
        ? { state: 'article', summary: read.summary, enabled }
        : { state: 'not-article', reason: read.error };

  refresh();
  return {
    state,
    setEnabled(wanted) {
      // While FinLens is paused everywhere, a site switched on still paints nothing.
      const next = wanted && !view.paused;
      enabled = next;
      // What was read still holds (the observer re-reads on any change): paint it again at once.
      if (next && read.ok) show(read.summary, read.blocks, reader.body(doc));
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
      clearTimeout(timer);
      observer.disconnect();
      watch(null);
      clear();
    },
  };
}
