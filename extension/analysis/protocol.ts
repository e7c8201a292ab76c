import type { Exchange } from '../../src/article/model';
import type { WarningFact } from '../../src/article/warnings';
import type { ColourSlot, LookStyle } from '../../src/recognisers/palette';
import type { Summary } from '../../src/summary/schema';
import type { PackedBlocks } from './block-pack';

/**
 * Messages between a content script and the background, which analyses the pages content scripts
 * read (extension/analysis/service.ts). Plain data only. A content script sends its page's
 * paragraphs once, then only the paragraphs that changed; the background keeps the rest per tab and
 * frame, with each paragraph's analysis and rule matches by its text (kept across readings of
 * the same tab).
 */

/**
 * A stock link in the body: the paragraph it is in, counted from the block it is sent with (a
 * link belongs to the unit read with it, which may hold several paragraphs), where in that
 * paragraph, and the company it points to.
 */
export type LinkTuple = [
  offset: number,
  start: number,
  end: number,
  code: string,
  exchange: Exchange | null,
];

/** One paragraph of the body, new or read again, by the id the content script gave it. */
export interface BlockPayload {
  id: number;
  text: string;
  links: LinkTuple[];
}

/** What the page says about its article outside the body. */
export interface MetaPayload {
  site: string | null;
  layout: string;
  title: string;
  source: string | null;
  author: string | null;
  publishedAt: string | null;
  url: string | null;
  warnings: WarningFact[];
  /** Stock tags outside the body: code, exchange, name. */
  tags: Array<[code: string, exchange: Exchange | null, name: string]>;
}

export interface AnalyseRequest {
  type: 'finlens:analyse';
  /** This reading of the page: a new one for each page, or for a page read whole again. */
  page: string;
  /** The version this one follows; null when the page is sent whole. */
  base: number | null;
  version: number;
  meta: MetaPayload;
  /** The paragraphs new since `base`: every one when `base` is null. */
  blocks: BlockPayload[];
  /** Every paragraph of the body, in order, by id. */
  order: number[];
}

/**
 * An `AnalyseRequest` as sent: its order packed as runs of ids (`./number-list.ts` packRuns), its
 * paragraphs as a few strings (`./block-pack.ts`).
 */
export type AnalyseMessage = Omit<AnalyseRequest, 'order' | 'blocks'> & {
  order: string;
  blocks: PackedBlocks;
};

/** How a look is painted: its colour and style, and above the others (stocks) or not. */
export interface PaintLook {
  colour: ColourSlot;
  style: LookStyle;
  priority: number;
}

/** The background lost the page (it was restarted, or the page is too old): send it whole. */
export interface ResendAnswer {
  type: 'finlens:resend';
}

export interface AnalysedAnswer {
  type: 'finlens:analysed';
  version: number;
  /** Enforcement figures, for the badge. */
  count: number;
  /** Whether the settings paint this page (its site on, not paused), and whether all is paused. */
  painting: boolean;
  paused: boolean;
  /** Every look the page's highlights use, the ones this answer leaves out included. */
  looks: PaintLook[];
  /**
   * Whether `plan` holds every highlight of the page (the first answer to a page sent whole), or
   * only what changed since the last answer: the other blocks keep what they have.
   */
  whole: boolean;
  /**
   * What to paint, paragraph by paragraph: the block's id, its number of highlights, then three
   * numbers per highlight in the summary's order (stocks first): start, end, and the index of its
   * look in `looks`. Whole, it lists every paragraph with highlights, in page order. Else it first
   * lists the blocks whose highlights are all gone, each with none, then the paragraphs whose
   * highlights changed, in page order.
   */
  plan: number[];
}

/** An `AnalysedAnswer` as sent: its plan packed as text (`./number-list.ts`). */
export type AnalysedMessage = Omit<AnalysedAnswer, 'plan'> & { plan: string };

export interface RefusedAnswer {
  type: 'finlens:refused';
  error: string;
}

export type AnalyseAnswer = AnalysedMessage | ResendAnswer | RefusedAnswer;

/** The summary of the page's latest version, for the popup (asked through the content script). */
export interface PageSummaryRequest {
  type: 'finlens:page-summary';
  page: string;
}
export type PageSummaryAnswer = { type: 'finlens:summary'; summary: Summary } | ResendAnswer;

/** The tooltip labels of the page's highlights, asked on the first hover. */
export interface PageLabelsRequest {
  type: 'finlens:page-labels';
  page: string;
}
/** Block id, start, end, label. */
export type LabelTuple = [block: number, start: number, end: number, label: string];
export type PageLabelsAnswer = { type: 'finlens:labels'; labels: LabelTuple[] } | ResendAnswer;

export type AnalysisRequest = AnalyseRequest | PageSummaryRequest | PageLabelsRequest;

/** How much one page may send: far more than any article, so only a broken sender meets them. */
export const ANALYSIS_LIMITS = {
  blocks: 200_000,
  characters: 20_000_000,
  links: 200_000,
  tags: 2_000,
  /** Title, source, author, time, address. */
  metaText: 10_000,
  pageId: 64,
} as const;
