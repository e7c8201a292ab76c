import { fileURLToPath } from 'node:url';
import { defineConfig } from 'wxt';

// Chrome MV3 and Firefox. Host access is stcn.com only, plus storage; nothing else.
// No webextension-polyfill: the entrypoints use only promise APIs both browsers have natively
// and answer messages with sendResponse, and the polyfill cost ~10 kB in every bundle.
// Minimum versions: the first with the CSS Custom Highlight API, which FinLens paints with.
export default defineConfig({
  manifest: ({ browser }) => ({
    name: 'FinLens',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage'],
    host_permissions: ['*://*.stcn.com/*'],
    action: { default_title: 'FinLens' },
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
  // WXT's content-script context posts to the page and can be switched off by it; the content
  // script gets a quiet one instead (extension/content-script-context.ts).
  vite: () => ({
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
  }),
  zip: {
    excludeSources: ['test-results/**', 'playwright-report/**', 'artifacts/**', '**/*.log'],
  },
});
