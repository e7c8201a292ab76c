import { defineContentScript } from 'wxt/utils/define-content-script';
import { runContentScript } from '../../extension/content-main';
import { knownSiteReader } from '../../extension/page-reader';
import { SITE_MATCHES } from '../../src/sites';
import './highlights.css';

// The known sites' content script: their layouts only, so the generic reader stays out of it.
export default defineContentScript({
  matches: [...SITE_MATCHES],
  main(ctx) {
    runContentScript(ctx, knownSiteReader);
  },
});
