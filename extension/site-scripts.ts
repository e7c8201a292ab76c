import { browser } from 'wxt/browser';
import { sitePattern } from '../src/settings/sites';

/**
 * Runs the content script on the sites the user added, and only where the user granted FinLens
 * access: registered at run time (`scripting.registerContentScripts`; Firefox MV2's
 * `contentScripts.register` where `scripting` cannot), re-made whenever the sites or the
 * permissions change. The script is entrypoints/added-sites.content.ts, with the generic reader.
 */

const ID = 'finlens-added-sites';
/** The build of entrypoints/added-sites.content.ts (test/firefox/options.ts runs it on a site). */
export const ADDED_SITES_JS = 'content-scripts/added-sites.js';
export const ADDED_SITES_CSS = 'content-scripts/added-sites.css';
const js = [ADDED_SITES_JS];
const css = [ADDED_SITES_CSS];

interface FirefoxContentScripts {
  register(options: {
    matches: string[];
    js: { file: string }[];
    css: { file: string }[];
    runAt: 'document_idle';
  }): Promise<{ unregister(): Promise<void> }>;
}
let firefoxHandle: { unregister(): Promise<void> } | null = null;

/** The hosts among `sites` that FinLens may read. */
export async function grantedSites(sites: readonly string[]): Promise<string[]> {
  const granted = await Promise.all(
    sites.map((host) => browser.permissions.contains({ origins: [sitePattern(host)] })),
  );
  return sites.filter((_, i) => granted[i]);
}

async function register(hosts: readonly string[]): Promise<void> {
  const matches = hosts.map(sitePattern);
  const scripting = browser.scripting as typeof browser.scripting | undefined;
  if (scripting?.registerContentScripts) {
    const old = await scripting.getRegisteredContentScripts({ ids: [ID] });
    if (old.length > 0) await scripting.unregisterContentScripts({ ids: [ID] });
    if (matches.length > 0)
      await scripting.registerContentScripts([
        { id: ID, matches, js, css, runAt: 'document_idle', allFrames: false },
      ]);
    return;
  }
  const contentScripts = (browser as unknown as { contentScripts?: FirefoxContentScripts })
    .contentScripts;
  await firefoxHandle?.unregister();
  firefoxHandle = null;
  if (contentScripts && matches.length > 0)
    firefoxHandle = await contentScripts.register({
      matches,
      js: js.map((file) => ({ file })),
      css: css.map((file) => ({ file })),
      runAt: 'document_idle',
    });
}

let queue: Promise<unknown> = Promise.resolve();

/** Registers the content script for the added sites FinLens may read; one change at a time. */
export function syncSiteScripts(sites: readonly string[]): Promise<void> {
  const next = queue.then(async () => register(await grantedSites(sites)));
  queue = next.catch((error) => console.error('FinLens: could not register sites', error));
  return next;
}
