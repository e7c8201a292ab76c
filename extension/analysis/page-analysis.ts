import type { Article, Exchange, StockLink } from '../../src/article/model';
import { hoverLabels, planHighlights } from '../../src/format/highlights';
import type { Locale } from '../../src/format/locale';
import { articleOf, bodyLink } from '../../src/read/read-article';
import { isEnforcement, recogniser } from '../../src/recognisers';
import type { RegexEngine } from '../../src/rules/engine';
import { RuleMatchCache } from '../../src/rules/match-cache';
import { lookIn, type PageView } from '../../src/settings/page-view';
import { AnalysisCache } from '../../src/summary/analysis-cache';
import type { Summary } from '../../src/summary/schema';
import {
  ANALYSIS_LIMITS,
  type AnalysedAnswer,
  type AnalyseRequest,
  type LabelTuple,
  type LinkTuple,
  type MetaPayload,
  type PaintLook,
} from './protocol';

interface Held {
  text: string;
  links: LinkTuple[];
}

/**
 * One page as the background knows it: its paragraphs by the content script's ids, in order, and
 * the analysis of each text it has seen, so a page that changes costs only what changed. Pure:
 * the settings, the engine and the locale come in from the caller.
 */
export class PageAnalysis {
  version = 0;
  private held = new Map<number, Held>();
  private order: number[] = [];
  private meta: MetaPayload | null = null;
  /** Characters of text held: what the service's memory budget counts. */
  characters = 0;
  summary: Summary | null = null;
  private labels: LabelTuple[] | null = null;
  /**
   * Each block's highlights as last answered, looks written out: the next answer sends only the
   * blocks whose highlights differ. Null before the first answer, which sends them all.
   */
  private answered: Map<number, string> | null = null;

  /** `caches` are an earlier reading's of the same tab: both keep their work by paragraph text. */
  constructor(
    readonly page: string,
    engine: RegexEngine | null,
    private readonly caches = { analysis: new AnalysisCache(), rules: new RuleMatchCache(engine) },
  ) {}

  /**
   * A new reading of the same tab (the page sent whole again: a worker restarted, a single-page
   * app moved on, an added site's body replaced), keeping what was learnt of each paragraph.
   */
  renewed(page: string): PageAnalysis {
    return new PageAnalysis(page, null, this.caches);
  }

  /** Whether `request` follows what is held here (else the page must be sent whole). */
  follows(request: AnalyseRequest): boolean {
    return request.page === this.page && request.base === this.version;
  }

  /**
   * Takes in a request that follows (or a whole page): false, with nothing changed, when its
   * order names a paragraph neither sent nor held.
   */
  take(request: AnalyseRequest): boolean {
    const sent = new Map(request.blocks.map((b) => [b.id, b]));
    if (!request.order.every((id) => sent.has(id) || this.held.has(id))) return false;
    const held = new Map<number, Held>();
    let characters = 0;
    for (const id of request.order) {
      const h = sent.get(id) ?? (this.held.get(id) as Held);
      held.set(id, h);
      characters += h.text.length;
    }
    // Each request is bounded, and so is what they add up to.
    if (characters > ANALYSIS_LIMITS.characters) return false;
    this.characters = characters;
    this.held = held;
    this.order = request.order;
    this.meta = request.meta;
    this.version = request.version;
    return true;
  }

  /** The article the held paragraphs make, as `readFrame` would have read it whole. */
  article(): Article {
    const meta = this.meta as MetaPayload;
    const held = this.order.map((id) => this.held.get(id) as Held);
    const paragraphs = held.map((h) => h.text);
    const links: StockLink[] = [];
    held.forEach((h, index) => {
      for (const [offset, start, end, code, exchange] of h.links) {
        const paragraph = index + offset;
        // A link past its paragraph's end (a broken sender) is left out, not trusted.
        if (end > (paragraphs[paragraph]?.length ?? -1)) continue;
        links.push(bodyLink({ code, exchange }, paragraphs, paragraph, start, end));
      }
    });
    const tags = meta.tags.map(
      ([code, exchange, name]): StockLink => ({
        origin: 'stock-tag',
        code,
        exchange: exchange as Exchange | null,
        name,
        span: null,
      }),
    );
    const { tags: _, warnings, ...info } = meta;
    return articleOf({ ...info, stockTags: tags, warnings }, paragraphs, links);
  }

  /** Analyses the held page with the user's settings: the summary, and what to paint. */
  analyse(view: PageView): AnalysedAnswer {
    const article = this.article();
    const base = this.caches.analysis.update(article);
    const summary = this.caches.rules.summary(base, article.paragraphs, view.rules);
    this.summary = summary;
    this.labels = null;
    const looks: PaintLook[] = [];
    const lookIndex = new Map<string, number>();
    // Grouped by paragraph, in the summary's order within each: the page repaints a paragraph
    // only when its group differs from the last answer's.
    const byParagraph = new Map<number, number[]>();
    for (const p of planHighlights(summary)) {
      const look = lookIn(view, p.recogniser);
      if (!look || this.order[p.span.paragraph] === undefined) continue;
      const priority = recogniser(p.recogniser)?.group === 'stocks' ? 1 : 0;
      const key = `${look.colour} ${look.style} ${priority}`;
      let index = lookIndex.get(key);
      if (index === undefined) {
        index = looks.length;
        looks.push({ colour: look.colour, style: look.style, priority });
        lookIndex.set(key, index);
      }
      const items = byParagraph.get(p.span.paragraph) ?? [];
      items.push(p.span.start, p.span.end, index);
      byParagraph.set(p.span.paragraph, items);
    }
    // Each look's key, by its index: the map holds them in the order the indices were given.
    const lookKeys = [...lookIndex.keys()];
    const whole = this.answered === null;
    const before = this.answered ?? new Map<number, string>();
    const now = new Map<number, string>();
    const groups: number[] = [];
    for (const paragraph of [...byParagraph.keys()].sort((a, b) => a - b)) {
      const items = byParagraph.get(paragraph) as number[];
      const block = this.order[paragraph] as number;
      // Look indices differ between answers; what they stand for does not.
      let key = '';
      for (let j = 0; j < items.length; j += 3)
        key += `${items[j]},${items[j + 1]},${lookKeys[items[j + 2] as number]};`;
      now.set(block, key);
      if (!whole && before.get(block) === key) continue;
      groups.push(block, items.length / 3);
      for (const n of items) groups.push(n);
    }
    // Blocks that had highlights and have none now (emptied, or gone from the page) come first,
    // each with none: the page takes theirs off.
    const emptied: number[] = [];
    for (const block of before.keys()) if (!now.has(block)) emptied.push(block, 0);
    this.answered = now;
    const plan = emptied.length > 0 ? [...emptied, ...groups] : groups;
    return {
      type: 'finlens:analysed',
      version: this.version,
      count: summary.figures.filter((f) => isEnforcement(f.kind)).length,
      painting: view.painting,
      paused: view.paused,
      looks,
      whole,
      plan,
    };
  }

  /** The tooltip label of each highlight of the latest summary, by block id. */
  hoverLabels(locale: Locale): LabelTuple[] {
    if (this.labels) return this.labels;
    const labels: LabelTuple[] = [];
    if (this.summary) {
      for (const [key, label] of hoverLabels(this.summary, locale)) {
        const [paragraph = 0, start = 0, end = 0] = key.split(':').map(Number);
        const block = this.order[paragraph];
        if (block !== undefined) labels.push([block, start, end, label]);
      }
    }
    this.labels = labels;
    return labels;
  }
}
