import { defineContentScript } from 'wxt/utils/define-content-script';
import { bootKnownSite } from '../../extension/boot';
import { KNOWN_ARTICLE_PAGES, KNOWN_SITE_MATCHES } from '../../extension/known-sites';
import './highlights.css';

// The known sites' content script on every page but their article pages (where the manifest loads
// the article script itself): it looks for an article body and has the article script injected
// where one turns up (extension/boot.ts). The highlight styles come with it, so that the injected
// article script paints at once.
export default defineContentScript({
  matches: [...KNOWN_SITE_MATCHES],
  excludeMatches: [...KNOWN_ARTICLE_PAGES],
  // `ctx` is extension/content-script-context.ts (see wxt.config.ts): it neither posts to the page
  // nor listens to it, and is invalidated only when the extension itself goes away.
  main(ctx) {
    bootKnownSite(ctx);
  },
});
