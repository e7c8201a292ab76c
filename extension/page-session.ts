import type { PageState } from '../src/messages';
import type { ArticleMeta } from '../src/read/read-article';
import type { Scheme } from '../src/recognisers/palette';
import type { Span } from '../src/summary/schema';
import { requestAnalysis, requestLabels, requestSummary } from './analysis/client';
import type { AnalysedAnswer, AnalyseRequest, MetaPayload } from './analysis/protocol';
import { BodyReader, type PageBlock } from './body-reader';
import { Highlighter } from './highlighter';
import { watchHover } from './hover';
import { knownSiteReader, type PageReader } from './page-reader';
import { pageScheme } from './page-scheme';
import type { Painted } from './painted';
import { slicesRange, spanSlices } from './ranges';
import { type Slices, slices } from './slices';
import { showRange } from './step-highlights';
import { createTooltip, type Tooltip } from './tooltip';

export interface PageSession {
  /** Reads the page whole again (its URL changed, or its body was replaced) and repaints. */
  refresh(): void;
  /** The body changed: reads what changed in it, and repaints what that changes. */
  update(): void;
  /** A mutation record inside the body: its part is read again at the next update. */
  note(record: MutationRecord): void;
  /** The settings or rules changed: analysed and painted again with them. */
  settingsChanged(): void;
  /** The article body being read, or null. */
  body(): Element | null;
  state(): Promise<PageState>;
  setEnabled(enabled: boolean): Promise<PageState>;
  /** Whether highlights are on. */
  enabled(): boolean;
  /** Whether the page was last found to hold an article. */
  isArticle(): boolean;
  /** Scrolls to a span of the summary and flashes it; false when it is no longer on the page. */
  reveal(span: Span): Promise<boolean>;
  /** The spans painted now, for stepping through them. */
  painted(): readonly Painted[];
  dispose(): void;
}

/** What a session tells the page's watcher: the badge (null: no article) and whether it is on. */
export type OnBadge = (count: number | null, enabled: boolean) => void;

type Work = 'paint' | 'settings' | 'update' | 'full';
const RANK: Readonly<Record<Work, number>> = { paint: 0, settings: 1, update: 2, full: 3 };

/** 64 random bits, in base 36: what the background's check takes (8 to 64 of a-z0-9). */
const newPageId = (): string =>
  (crypto.getRandomValues(new BigUint64Array(1))[0] as bigint).toString(36).padStart(13, '0');

/** The frame's meta as sent: its warnings are codes already; its stock tags go as tuples. */
function metaPayload({ stockTags, ...info }: ArticleMeta): MetaPayload {
  return { ...info, tags: stockTags.map((t) => [t.code, t.exchange, t.name]) };
}

const asElement = (node: Node): Element | null =>
  node.nodeType === Node.ELEMENT_NODE ? (node as Element) : null;

/**
 * Reads one page, has the background analyse it, and paints what it says; again after each
 * change, reading and sending only what changed. The work runs one piece at a time, in slices
 * that leave the page free between them (`./slices.ts`); reading the page again from the start
 * gives up whatever older work is under way. When to read again is `page-watch.ts`'s call.
 */
export function startPageSession(
  doc: Document,
  onBadge: OnBadge,
  reader: PageReader = knownSiteReader,
): PageSession {
  const highlighter = new Highlighter(doc);
  let tip: Tooltip | null = null;
  const tooltip = () => {
    tip ??= createTooltip(doc);
    return tip;
  };
  let nextId = 1;
  const newId = () => nextId++;

  type Status =
    | { state: 'loading' }
    | { state: 'not-article'; reason: string }
    | { state: 'article' };
  let status: Status = { state: 'loading' };
  let bodyReader: BodyReader | null = null;
  let meta: ArticleMeta | null = null;
  let bodyElement: Element | null = null;
  /** This reading of the page, as the background knows it, and its last version analysed. */
  let page = '';
  let version = 0;
  /** The reading the latest analysis was of: the one to ask for its summary and labels. */
  let answered = '';
  /** The latest analysis and the paragraphs it was made for. */
  let shown: { answer: AnalysedAnswer; blocks: PageBlock[] } | null = null;
  let enabled = false;
  let paused = false;
  /** Whether the next analysis brings settings to follow (the first, and after a change). */
  let viewPending = true;
  /** The page's scheme, as last read from its colours. */
  let scheme: Scheme | null = null;
  let count: number | null = null;
  let disposed = false;

  // The work queue: one piece at a time; a piece asked for while one runs waits for it, except
  // that reading the page whole again makes older work give up at its next slice.
  let generation = 0;
  let wanted: Work | null = null;
  let running: Promise<void> | null = null;
  const want = (work: Work) => {
    if (work === 'full') generation++;
    if (wanted === null || RANK[work] > RANK[wanted]) wanted = work;
    running ??= drain();
  };
  async function drain() {
    while (wanted !== null && !disposed) {
      const work = wanted;
      wanted = null;
      try {
        await run(work);
      } catch (error) {
        console.error('FinLens:', error);
        // What is painted may no longer be what the background last answered, and its next
        // answer names only what changed since: the page is sent whole next time.
        bodyReader = null;
      }
    }
    running = null;
  }

  // Tooltip labels come from the background on the first hover, not before the highlights.
  let labels: Map<string, string> | null = null;
  let labelsTurn = 0;
  let asking = false;
  let hoverAgain = () => {};
  const labelOf = (key: string): string | null => {
    if (labels) return labels.get(key) ?? null;
    if (!asking && answered !== '') {
      asking = true;
      const turn = labelsTurn;
      void requestLabels(answered).then((found) => {
        asking = false;
        if (turn !== labelsTurn) return;
        if (found) labels = found;
        else {
          // None until the next analysis, which the page's being sent again brings.
          labels = new Map();
          lost();
        }
        hoverAgain();
      });
    }
    return null;
  };
  let hoverWatch: AbortController | null = null;
  let hovered: Element | null = null;
  const watchBody = (element: Element | null) => {
    if (element === hovered) return;
    hovered = element;
    hoverWatch?.abort();
    hoverWatch = null;
    if (!element) return;
    hoverWatch = new AbortController();
    hoverAgain = watchHover(
      element,
      { any: () => highlighter.size > 0, at: (node, index) => highlighter.at(node, index) },
      labelOf,
      tooltip,
      hoverWatch.signal,
    );
  };

  function notArticle(error: string) {
    status = { state: 'not-article', reason: error };
    bodyReader = null;
    bodyElement = null;
    shown = null;
    scheme = null;
    count = null;
    page = '';
    answered = '';
    tip?.hide();
    highlighter.clear();
    watchBody(null);
    onBadge(null, enabled);
  }

  /**
   * Highlights off: FinLens lets go of its reading of the page (its paragraphs' text nodes, the
   * plan, the labels) and keeps only what the popup asks for; the background holds the analysis.
   * Changes to the page are not followed meanwhile; switching on reads it whole again.
   */
  function rest() {
    tip?.hide();
    highlighter.clear();
    watchBody(null);
    bodyReader = null;
    shown = null;
    scheme = null;
    labels = null;
    labelsTurn++;
  }

  /**
   * Paints the latest answer. The page's colours are read again unless only its body changed
   * (`update`): reading them then would make the browser style what the page just added, early.
   */
  async function paint(work: Slices, kind: Work) {
    if (!enabled) return rest();
    if (!shown || !bodyElement) return;
    const before = scheme;
    if (kind !== 'update' || scheme === null) scheme = pageScheme(bodyElement);
    if (before !== null && scheme !== before && !shown.answer.whole) return schemeChanged();
    await highlighter.show(shown.answer, shown.blocks, scheme, work);
  }

  /**
   * The page turned dark or light. An answer naming only what changed would leave the other
   * highlights in the old scheme's looks: the page is read and painted whole again, which a theme
   * switch is rare enough to afford.
   */
  function schemeChanged() {
    bodyReader = null;
    want('full');
  }

  async function run(kind: Work) {
    // Resting (highlights off): a change to the same article waits for the switch.
    if (kind === 'update' && !enabled && !bodyReader && status.state === 'article') return;
    const turn = generation;
    const work = slices(() => turn === generation && !disposed);
    if (kind === 'paint') return paint(work, kind);
    if (kind === 'settings' && !bodyReader) kind = 'full';
    if (kind !== 'settings') {
      const frame = reader.frame(doc);
      if (!frame.ok) return notArticle(frame.error);
      meta = frame.meta;
      const follows = kind === 'update' && bodyReader?.body === frame.body;
      if (follows && reader.followsChanges(frame)) bodyReader?.reframe(frame);
      else {
        bodyReader = new BodyReader(frame, newId);
        page = newPageId();
        version = 0;
        bodyElement = asElement(frame.body);
        scheme = null;
      }
    }
    const from = bodyReader as BodyReader;
    const fresh = kind === 'settings' ? [] : await from.read(work);
    if (fresh === null || !work.current()) return;
    const blocks = from.blocks;
    const request: AnalyseRequest = {
      type: 'finlens:analyse',
      page,
      base: version === 0 ? null : version,
      version: version + 1,
      meta: metaPayload(meta as ArticleMeta),
      blocks: fresh,
      order: blocks.map((b) => b.id),
    };
    const withView = viewPending;
    viewPending = false;
    const answer = await requestAnalysis(request);
    if (answer.type !== 'finlens:analysed' || !work.current()) {
      // Not taken: the settings it was to bring are still to come.
      viewPending ||= withView;
      if (!work.current()) return;
    }
    if (answer.type === 'unreachable') {
      // Sent again whole in a moment: the background may not be listening yet.
      bodyReader = null;
      return retryLater();
    }
    if (answer.type === 'finlens:resend' && request.base !== null) {
      // The background lost the page (its worker was stopped): send it whole.
      bodyReader = null;
      return want('full');
    }
    if (answer.type !== 'finlens:analysed')
      return notArticle('FinLens could not analyse this page.');
    retries = 0;
    version = answer.version;
    status = { state: 'article' };
    answered = page;
    count = answer.count;
    paused = answer.paused;
    if (withView) enabled = answer.painting;
    shown = { answer, blocks };
    labels = null;
    labelsTurn++;
    onBadge(count, enabled);
    watchBody(asElement(from.body));
    // The wait for the answer is not the page's time: painting starts a slice of its own.
    work.restart();
    await paint(work, kind);
  }

  // Unanswered requests are sent again after 0.25, 0.5, 1 and 2 s; then the page says so.
  const RETRY_MS = [250, 500, 1000, 2000];
  let retries = 0;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  function retryLater() {
    const wait = RETRY_MS[retries++];
    if (wait === undefined) {
      retries = 0;
      return notArticle('FinLens could not reach its background page.');
    }
    clearTimeout(retryTimer);
    retryTimer = setTimeout(() => want('full'), wait);
  }

  /** The background lost the page (its worker was stopped): send it whole, unless under way. */
  const lost = () => {
    if (running) return;
    bodyReader = null;
    want('full');
  };

  const state = async (): Promise<PageState> => {
    if (status.state !== 'article') return status;
    const summary = await requestSummary(answered);
    if (summary) return { state: 'article', summary, enabled };
    // The popup asks again meanwhile.
    lost();
    return { state: 'loading' };
  };

  /**
   * The page's paragraphs read whole, at once, for a reveal while FinLens rests: one click's
   * work, let go of afterwards.
   */
  async function readForReveal(): Promise<PageBlock[]> {
    const frame = reader.frame(doc);
    if (!frame.ok) return [];
    const once = new BodyReader(frame, newId);
    const read = await once.read(slices(() => !disposed, Number.POSITIVE_INFINITY));
    return read ? once.blocks : [];
  }

  want('full');
  return {
    refresh: () => want('full'),
    update: () => want('update'),
    note: (record) => bodyReader?.note(record),
    settingsChanged() {
      viewPending = true;
      want('settings');
    },
    body: () => bodyElement,
    state,
    setEnabled(on) {
      // While FinLens is paused everywhere, a site switched on still paints nothing.
      enabled = on && !paused;
      if (status.state === 'article') {
        onBadge(count, enabled);
        if (enabled) want(bodyReader ? 'paint' : 'full');
        else rest();
      }
      return state();
    },
    enabled: () => enabled,
    isArticle: () => status.state === 'article',
    async reveal(span) {
      const blocks = shown?.blocks ?? (await readForReveal());
      const block = blocks[span.paragraph];
      const range = block ? slicesRange(doc, spanSlices(block.pieces, span.start, span.end)) : null;
      if (!range) return false;
      showRange(doc, range);
      return true;
    },
    painted: () => highlighter.painted(),
    dispose() {
      disposed = true;
      generation++;
      clearTimeout(retryTimer);
      watchBody(null);
      tip?.hide();
      highlighter.clear();
    },
  };
}
