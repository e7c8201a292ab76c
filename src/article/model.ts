import type { ReadWarning } from './warnings';

/** The one article model every input is read into: saved posts and the pages of every site. */

export type Exchange = 'SH' | 'SZ' | 'BJ';
export type Board = 'main' | 'star' | 'chinext' | 'b-share' | 'bse';

/** A half-open range of UTF-16 offsets inside one body paragraph. */
export interface TextSpan {
  paragraph: number;
  start: number;
  end: number;
}

/** A stock link the page itself carries: a link in the body, or a stock tag beside it. */
export interface StockLink {
  origin: 'hotword' | 'stock-tag';
  code: string;
  /** The exchange the page states (`SS` already read as `SH`), or null when it states none. */
  exchange: Exchange | null;
  name: string;
  /** Where the link's text stands in the body; null for stock tags, which sit outside the body. */
  span: TextSpan | null;
}

export interface Article {
  /** The id of the site the article was read as (`src/sites/`), or null when none is known. */
  site: string | null;
  /** The site's page layout, or `saved-post`. */
  layout: string;
  title: string;
  source: string | null;
  author: string | null;
  /** ISO 8601 with the Beijing offset, e.g. `2021-07-07T23:21:00+08:00`, or null when unknown. */
  publishedAt: string | null;
  url: string | null;
  paragraphs: string[];
  stockLinks: StockLink[];
  /** What could not be read cleanly. */
  warnings: ReadWarning[];
}
