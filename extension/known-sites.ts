// What the script on every page of the known sites knows of them: where they are and where an
// article's body sits. Both are computed from the site records when the extension is built
// (`define` in wxt.config.ts), so that this script carries none of the records' reading code,
// which it never runs: Chromium compiles a content script afresh on every page it loads on.
declare const __FINLENS_SITE_MATCHES__: readonly string[];
declare const __FINLENS_ARTICLE_BODY__: string;

/** The known sites' match patterns (`SITE_MATCHES` of `src/sites`). */
export const KNOWN_SITE_MATCHES: readonly string[] = __FINLENS_SITE_MATCHES__;
/** One selector for the article body of every layout of every known site (`ARTICLE_BODY`). */
export const KNOWN_ARTICLE_BODY: string = __FINLENS_ARTICLE_BODY__;
