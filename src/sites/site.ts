import type { StockLink } from '../article/model';
import type { TreeAccess } from '../article/tree';
import type { Labels } from '../recognisers/recogniser';
import type { LinkTarget } from '../stocks/links';

/** Where one page layout of a site keeps its parts. */
export interface PageLayout {
  /** Named in the summary (`article.layout`). */
  id: string;
  /** The article body; a page without it is not an article of this layout. */
  body: string;
  /** Tried in order; the first that exists holds the title. */
  title: readonly string[];
}

/** What a page says about its article outside the body. */
export interface PageInfo {
  source: string | null;
  author: string | null;
  /** ISO 8601 with the Beijing offset, or null. */
  publishedAt: string | null;
  /** The article's own address as the page states it, for pages read without one. */
  url: string | null;
}

/**
 * One news site, in one file: where FinLens runs (its `hosts`, from which the manifest's
 * content-script matches and host permissions are made), its page layouts, and its readers for
 * the page's info and stock links. The core never names a site anywhere else.
 */
export interface Site {
  id: string;
  /** The site's name as readers know it; `name.zh` is also how saved feeds label its articles. */
  name: Labels;
  /** Domains, each with all its subdomains: `example.com` covers `www.example.com` and `news.example.com`. */
  hosts: readonly string[];
  /**
   * The paths of the site's article pages, as match-pattern paths (`*` is any run of characters;
   * browsers match a path and its query together, so a path that may have a query ends in `*`):
   * on these addresses the browser loads the article script at once, instead of the small script
   * that looks for a body first (see `ARTICLE_PAGE_MATCHES`). Any page of the site is still read
   * once a body shows up; this only makes the usual case cheaper.
   */
  articlePaths: readonly string[];
  layouts: readonly PageLayout[];
  readInfo<N>(doc: N, access: TreeAccess<N>, layout: PageLayout): PageInfo;
  /** The company an element inside the body links to, or null for anything else. */
  readBodyLink<N>(element: N, access: TreeAccess<N>): LinkTarget | null;
  /** Stock links the page carries outside the body. */
  readStockTags<N>(doc: N, access: TreeAccess<N>): StockLink[];
}
