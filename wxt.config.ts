import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RollupLog } from 'rollup';
import { defineConfig } from 'wxt';
import { ARTICLE_FILE } from './extension/article-injection';
import { manifestCommands } from './extension/shortcuts';
import { SOURCES_FOR_STORE } from './scripts/lib/store-sources';
import { ARTICLE_BODY, ARTICLE_PAGE_MATCHES, SITE_MATCHES } from './src/sites';

/** The project's public page, shown as the extension's homepage in both stores. */
const HOMEPAGE = 'https://github.com/finlens/finlens';

/**
 * zod's sources carry comments Rollup calls "an annotation that Rollup cannot interpret" and
 * drops; harmless, but a newcomer reads it as an error. Only that warning, only from
 * node_modules, is silenced: every other warning still prints.
 */
function isDependencyAnnotationWarning(log: RollupLog): boolean {
  return log.code === 'INVALID_ANNOTATION' && (log.id ?? '').includes('/node_modules/');
}

/**
 * V8's compile hint: compile every function of the file with the script, instead of pre-parsing
 * each and parsing it again on its first call. Right for the article script, nearly all of which
 * runs on each article it is injected into (in Chromium traces without V8's sampler, about 2.5 ms
 * less in the long benchmark article's first tasks; no difference measurable on the seed); wrong
 * for the small script every page loads, most of whose pages hold no article. Other engines ignore
 * the comment.
 */
const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';
const EAGER_SCRIPTS = [ARTICLE_FILE];

/**
 * The article script's manifest entry: on the known sites' article pages it loads at once, with
 * the page script's styles (the build of entrypoints/content/highlights.css), and the page script
 * stays away (its `excludeMatches`). Written here rather than as the entrypoint's `matches`, which
 * WXT would also build into the script itself: bytes of the article script's 30 kB that it never
 * reads.
 */
const ARTICLE_PAGES_ENTRY = {
  matches: [...ARTICLE_PAGE_MATCHES],
  js: [ARTICLE_FILE],
  css: ['content-scripts/content.css'],
};

// Chrome MV3 and Firefox. Host access is the known sites only (src/sites/), plus storage. Sites the
// user adds are asked for one by one when added (optional host permissions), and the content
// script for added sites is registered there at run time (scripting); on the known sites, the
// background injects the article script where a page at another address than an article's turns
// out to hold an article (scripting too).
// No webextension-polyfill: the entrypoints use only promise APIs both browsers have natively
// and answer messages with sendResponse, and the polyfill cost ~10 kB in every bundle.
// Minimum versions: the first with the CSS Custom Highlight API, which FinLens paints with.
export default defineConfig({
  hooks: {
    // The content scripts are compiled again on every page they run on (Chromium keeps no code
    // cache for them), and the article script has a 30 kB budget: terser, with a second pass,
    // makes them about 3% smaller than esbuild's minifier does, for a few seconds more of build.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.some((e) => e.type === 'content-script')) return;
      config.build = {
        ...config.build,
        minify: 'terser',
        terserOptions: { compress: { passes: 2 } },
      };
    },
    'build:manifestGenerated': (_, manifest) => {
      manifest.content_scripts = [ARTICLE_PAGES_ENTRY, ...(manifest.content_scripts ?? [])];
    },
    'build:done': (wxt) => {
      for (const script of EAGER_SCRIPTS) {
        const path = join(wxt.config.outDir, script);
        const code = readFileSync(path, 'utf8');
        if (!code.startsWith(COMPILE_HINT)) writeFileSync(path, COMPILE_HINT + code);
      }
    },
  },
  manifest: ({ browser, manifestVersion }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    homepage_url: HOMEPAGE,
    permissions: ['storage', 'scripting'],
    host_permissions: [...SITE_MATCHES],
    ...(browser === 'firefox'
      ? { optional_permissions: ['*://*/*'] }
      : { optional_host_permissions: ['*://*/*'] }),
    action: { default_title: 'FinLens' },
    commands: manifestCommands(manifestVersion),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'finlens@finlens.dev',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android has data_collection_permissions from 142 on.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : { minimum_chrome_version: '105' }),
  }),
  vite: () => ({
    // The content scripts know the known sites' addresses and body selector only by these values,
    // written in here from the site records, so the script on every page carries none of their
    // reading code (extension/known-sites.ts).
    define: {
      __FINLENS_SITE_MATCHES__: JSON.stringify(SITE_MATCHES),
      __FINLENS_ARTICLE_PAGES__: JSON.stringify(ARTICLE_PAGE_MATCHES),
      __FINLENS_ARTICLE_BODY__: JSON.stringify(ARTICLE_BODY),
    },
    // WXT's content-script context posts to the page and can be switched off by it; the content
    // script gets a quiet one instead (extension/content-script-context.ts).
    resolve: {
      alias: [
        {
          find: /^wxt\/utils\/content-script-context$/,
          replacement: fileURLToPath(
            new URL('./extension/content-script-context.ts', import.meta.url),
          ),
        },
      ],
    },
    build: {
      rollupOptions: {
        onwarn(log, warn) {
          if (!isDependencyAnnotationWarning(log)) warn(log);
        },
      },
    },
  }),
  zip: {
    // The Firefox sources zip holds exactly what rebuilds the add-on (`npm run zip:verify` proves
    // it), nothing else: no fixtures, tests, screenshots or scripts. An allow-list, so a new
    // folder stays out until it is needed.
    excludeSources: ['**'],
    includeSources: SOURCES_FOR_STORE,
  },
});
