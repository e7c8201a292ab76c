import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readFrameHtml } from '../../adapters/cheerio-article';
import { PageAnalysis } from '../../extension/analysis/page-analysis';
import { forEachGroup } from '../../extension/analysis/plan';
import type {
  AnalysedAnswer,
  AnalyseRequest,
  BlockPayload,
  MetaPayload,
} from '../../extension/analysis/protocol';
import type { Article, StockLink } from '../../src/article/model';
import { planHighlights } from '../../src/format/highlights';
import { type ArticleMeta, articleOf, readFrame } from '../../src/read/read-article';
import { summaryWithRules } from '../../src/rules/apply';
import { re2Engine } from '../../src/rules/re2';
import type { UserRule } from '../../src/rules/rule';
import { lookIn, type PageView, readPageView } from '../../src/settings/page-view';
import { analyze } from '../../src/summary/analyze';
import { applyEdit, editArbitrary } from './article-edits';
import { listFixtures } from './fixture-files';

// The background holds a page by the content script's paragraph ids and analyses what changed:
// a page sent whole and then changed bit by bit must be analysed as the final page sent whole.

const RULES: UserRule[] = [
  {
    id: 'r-fine',
    label: 'Fines',
    group: 'enforcement',
    on: true,
    look: { colour: 'pink', style: 'outline' },
    match: { type: 'regex', pattern: '罚款\\d+万元', flags: '' },
  },
  {
    id: 'r-watch',
    label: 'Watch',
    group: 'watchlist',
    on: true,
    look: { colour: 'teal', style: 'outline' },
    match: { type: 'keywords', keywords: ['公司', '三只松鼠'] },
  },
];

const pages = listFixtures().flatMap((f) => {
  const frame = readFrameHtml(f.text, f.url);
  if (!frame.ok) return [];
  const read = readFrame(frame);
  if (!read.ok) return [];
  const { article } = read;
  // As the background builds it: the stored settings read with defaults for what is missing.
  const view = readPageView(undefined, RULES, article.url ?? 'https://www.stcn.com/');
  return [{ slug: f.slug, meta: frame.meta, article, view }];
});
const pool = [...new Set(pages.flatMap((p) => p.article.paragraphs))];

/** What the page says outside its body, as the content script sends it. */
function metaPayload({ stockTags: _, ...meta }: ArticleMeta, article: Article): MetaPayload {
  return {
    ...meta,
    warnings: meta.warnings.map((w) => ({ code: w.code, detail: w.detail })),
    tags: article.stockLinks.flatMap((l) => (l.span ? [] : [[l.code, l.exchange, l.name]])),
  };
}
/** The body's links in the order a reader finds them: by paragraph, then place. */
const bodyLinks = (article: Article): StockLink[] =>
  article.stockLinks
    .filter((l) => l.span)
    .sort(
      (a, b) =>
        (a.span?.paragraph ?? 0) - (b.span?.paragraph ?? 0) ||
        (a.span?.start ?? 0) - (b.span?.start ?? 0),
    );

type Unit = Omit<BlockPayload, 'id'>[];
/** Paragraphs in twos, as a content script reads a unit: the unit's links go with its first. */
function unitsOf(article: Article): Unit[] {
  const units: Unit[] = [];
  article.paragraphs.forEach((text, paragraph) => {
    const first = paragraph - (paragraph % 2);
    if (first === paragraph) units.push([]);
    (units.at(-1) as Unit).push({ text, links: [] });
  });
  for (const l of bodyLinks(article)) {
    const { paragraph, start, end } = l.span as NonNullable<StockLink['span']>;
    const unit = units[paragraph >> 1] as Unit;
    (unit[0] as Unit[number]).links.push([paragraph % 2, start, end, l.code, l.exchange]);
  }
  return units;
}

/** Paragraph ids as a content script gives them: a unit the background holds keeps its ids. */
class Sender {
  private next = 1;
  private version = 0;
  private held = new Map<string, number[][]>();

  /** The page sent whole (`base` null), or only what the background does not hold. */
  request(meta: MetaPayload, article: Article, whole: boolean): AnalyseRequest {
    const free = whole ? new Map() : new Map([...this.held].map(([k, ids]) => [k, [...ids]]));
    const held = new Map<string, number[][]>();
    const blocks: BlockPayload[] = [];
    const order = unitsOf(article).flatMap((unit) => {
      const key = JSON.stringify(unit);
      let ids = free.get(key)?.shift();
      if (ids === undefined || whole) {
        const given = ids ?? unit.map(() => this.next++);
        blocks.push(...unit.map((b, i) => ({ id: given[i] as number, ...b })));
        ids = given;
      }
      held.set(key, [...(held.get(key) ?? []), ids]);
      return ids;
    });
    this.held = held;
    const base = whole ? null : this.version;
    this.version++;
    return {
      type: 'finlens:analyse',
      page: 'p1',
      base,
      version: this.version,
      meta,
      blocks,
      order,
    };
  }
}

/**
 * What the page holds after painting `answer` over `painted`, as the highlighter applies it: each
 * block's highlights, their looks written out. A whole plan replaces everything; a change only
 * the blocks it names, a block named with none losing its highlights.
 */
function paintedAfter(painted: ReadonlyMap<number, string[]>, answer: AnalysedAnswer) {
  const next = new Map(answer.whole ? [] : painted);
  const { plan, looks } = answer;
  forEachGroup(plan, (block, from, to) => {
    if (from === to) next.delete(block);
    else {
      const items: string[] = [];
      for (let j = from; j < to; j += 3) {
        const look = looks[plan[j + 2] as number] ?? expect.unreachable();
        items.push(`${plan[j]}-${plan[j + 1]} ${look.colour} ${look.style} ${look.priority}`);
      }
      next.set(block, items);
    }
  });
  return next;
}

/** The answer and summary of `request`'s page sent whole, by the same ids, to `page`. */
function analysedWhole(
  page: PageAnalysis,
  request: AnalyseRequest,
  sent: Map<number, BlockPayload>,
  view: PageView,
) {
  const blocks = request.order.map((id) => sent.get(id) as BlockPayload);
  expect(page.take({ ...request, page: page.page, base: null, blocks })).toBe(true);
  return { answer: page.analyse(view), summary: page.summary };
}

describe.each(pages)('PageAnalysis of $slug', ({ meta, article, view }) => {
  it('changed bit by bit, gives what the final page sent whole gives, and the core', () => {
    fc.assert(
      fc.property(fc.array(editArbitrary(pool), { minLength: 1, maxLength: 6 }), (edits) => {
        const sender = new Sender();
        const page = new PageAnalysis('p1', re2Engine);
        const first = sender.request(metaPayload(meta, article), article, true);
        expect(page.take(first)).toBe(true);
        const firstAnswer = page.analyse(view);
        expect(firstAnswer.whole).toBe(true);
        let painted = paintedAfter(new Map(), firstAnswer);
        let edited = article;
        let request: AnalyseRequest | null = null;
        let answer = firstAnswer;
        const sent = new Map(first.blocks.map((b) => [b.id, b]));
        // Each change analysed and painted in turn: the answers name only what changed.
        for (const edit of edits) {
          edited = applyEdit(edited, edit);
          request = sender.request(metaPayload(meta, edited), edited, false);
          for (const b of request.blocks) sent.set(b.id, b);
          expect(page.follows(request)).toBe(true);
          expect(page.take(request)).toBe(true);
          answer = page.analyse(view);
          expect(answer.whole).toBe(false);
          painted = paintedAfter(painted, answer);
        }
        // Sent whole to a background that knew nothing of it, or again to the same tab's: the
        // same page painted, the same figures counted.
        let whole = answer;
        for (const fresh of [new PageAnalysis('p2', re2Engine), page.renewed('p3')]) {
          const again = analysedWhole(fresh, request as AnalyseRequest, sent, view);
          whole = again.answer;
          expect(whole.whole).toBe(true);
          expect(paintedAfter(new Map(), whole)).toEqual(painted);
          expect({ ...whole, plan: [], looks: [], whole: false }).toEqual({
            ...answer,
            plan: [],
            looks: [],
          });
          expect(again.summary).toEqual(page.summary);
        }
        // The article held is the one a whole read would give: body links first, then the tags.
        const tags = edited.stockLinks.filter((l) => !l.span);
        const expected = articleOf(
          { ...meta, stockTags: tags },
          edited.paragraphs,
          bodyLinks(edited),
        );
        expect(page.article()).toEqual(expected);
        const summary = summaryWithRules(analyze(expected), expected.paragraphs, RULES, re2Engine);
        expect(page.summary).toEqual(summary);
        // Each highlight painted is one the summary plans, on the block holding its paragraph.
        const order = (request as AnalyseRequest).order;
        const planned = new Set(
          planHighlights(summary).map(({ span }) => `${span.paragraph}:${span.start}:${span.end}`),
        );
        const at: number[] = [];
        let items = 0;
        let read = 0;
        forEachGroup(whole.plan, (block, from, to) => {
          at.push(order.indexOf(block));
          for (let j = from; j < to; j += 3) {
            const [start, end] = whole.plan.slice(j, j + 2) as [number, number];
            expect(planned).toContain(`${order.indexOf(block)}:${start}:${end}`);
            items++;
          }
          read = to;
        });
        // Whole: the plan is read to its end, and holds every highlight whose look is painted.
        const withLook = planHighlights(summary).filter((p) => lookIn(view, p.recogniser));
        expect(items).toBe(withLook.length);
        expect(read).toBe(whole.plan.length);
        // Paragraph by paragraph, in page order, each once.
        expect(at).toEqual([...new Set(at)].sort((a, b) => a - b));
      }),
      { numRuns: 15, seed: 5 },
    );
  });
});

describe('PageAnalysis refuses', () => {
  const { meta, article, view } =
    pages.find((p) => p.slug === 'old-site-seed') ?? expect.unreachable();
  const start = () => {
    const sender = new Sender();
    const page = new PageAnalysis('p1', re2Engine);
    page.take(sender.request(metaPayload(meta, article), article, true));
    return { sender, page, before: page.analyse(view) };
  };
  const edited = { ...article, paragraphs: [...article.paragraphs, '新增段落。'] };

  it('a request that follows another version, or another page', () => {
    const { sender, page, before } = start();
    const next = sender.request(metaPayload(meta, edited), edited, false);
    // The page is painted, and the next version sends only its new paragraph.
    expect(before.plan.length).toBeGreaterThan(0);
    expect(next.blocks.map((b) => b.text)).toEqual(['新增段落。']);
    expect(page.follows(next)).toBe(true);
    expect(page.follows({ ...next, base: 0 })).toBe(false);
    expect(page.follows({ ...next, base: 2 })).toBe(false);
    expect(page.follows({ ...next, page: 'p2' })).toBe(false);
  });

  it('an order naming a block neither sent nor held, and changes nothing', () => {
    const { sender, page, before } = start();
    const next = sender.request(metaPayload(meta, edited), edited, false);
    const unknown = Math.max(...next.order) + 1;
    expect(page.take({ ...next, order: [...next.order, unknown] })).toBe(false);
    expect(page.version).toBe(before.version);
    // Analysed again as it was: nothing to paint anew.
    expect(page.analyse(view)).toEqual({ ...before, whole: false, plan: [] });
    expect(page.take(next)).toBe(true);
  });
});
