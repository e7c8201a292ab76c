import { defineContentScript } from 'wxt/utils/define-content-script';
import { runContentScript } from '../extension/content-main';
import { knownSiteReader } from '../extension/page-reader';

// The known sites' article script: it reads the page with the sites' layouts and paints it. The
// manifest loads it on the sites' article addresses (the entry is written in wxt.config.ts).
// Elsewhere on the sites, the small page script (entrypoints/content/index.ts, extension/boot.ts)
// loads instead, and has the background inject this one once the page holds an article body.
export default defineContentScript({
  registration: 'runtime',
  // `ctx` is extension/content-script-context.ts (see wxt.config.ts): it neither posts to the page
  // nor listens to it, and is invalidated only when the extension itself goes away.
  main(ctx) {
    // Once per page: an answer lost on its way back makes the small script ask again. The
    // content scripts' own global, which the page cannot see, remembers it.
    const world = globalThis as { finlensArticle?: true };
    if (world.finlensArticle) return;
    world.finlensArticle = true;
    runContentScript(ctx, knownSiteReader);
  },
});
