import { defineContentScript } from 'wxt/utils/define-content-script';
import { addedSiteReader } from '../extension/added-site-reader';
import { runContentScript } from '../extension/content-main';
import './content/highlights.css';

// The content script of sites the user added: not in the manifest, registered by the background
// for each added site the user let FinLens read (extension/site-scripts.ts). It reads pages with
// the generic reader, which the known sites' script leaves out.
export default defineContentScript({
  registration: 'runtime',
  main(ctx) {
    runContentScript(ctx, addedSiteReader);
  },
});
