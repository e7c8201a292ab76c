import { defineContentScript } from 'wxt/utils/define-content-script';
import { runContentScript } from '../../extension/content-main';
import { knownSiteReader } from '../../extension/page-reader';
import { SITE_MATCHES } from '../../src/sites';
import './highlights.css';

// The known sites' content script: their layouts only, so the generic reader stays out of it.
export default defineContentScript({
  matches: [...SITE_MATCHES],
  // `ctx` is extension/content-script-context.ts (see wxt.config.ts): it neither posts to the page
  // nor listens to it, and is invalidated only when the extension itself goes away.
  main(ctx) {
    runContentScript(ctx, knownSiteReader);
  },
});
