// What the content scripts of the known sites know of them without their records: where they
// are, where their articles are, and where an article's body sits. All three are computed from
// the site records when the extension is built (`define` in wxt.config.ts), so that the script on
// every page carries none of the records' reading code, which it never runs: Chromium compiles a
// content script afresh on every page it loads on.
declare const __FINLENS_SITE_MATCHES__: readonly string[];
declare const __FINLENS_ARTICLE_PAGES__: readonly string[];
declare const __FINLENS_ARTICLE_BODY__: string;

/** The known sites' match patterns (`SITE_MATCHES` of `src/sites`). */
export const KNOWN_SITE_MATCHES: readonly string[] = __FINLENS_SITE_MATCHES__;
/** The match patterns of their article pages (`ARTICLE_PAGE_MATCHES`). */
export const KNOWN_ARTICLE_PAGES: readonly string[] = __FINLENS_ARTICLE_PAGES__;
/** One selector for the article body of every layout of every known site (`ARTICLE_BODY`). */
export const KNOWN_ARTICLE_BODY: string = __FINLENS_ARTICLE_BODY__;
