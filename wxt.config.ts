import { defineConfig } from 'wxt';

// Chrome MV3 and Firefox. Host access is stcn.com only, plus storage; nothing else.
// No webextension-polyfill: the entrypoints use only promise APIs both browsers have natively
// and answer messages with sendResponse, and the polyfill cost ~10 kB in every bundle.
export default defineConfig({
  manifest: ({ browser }) => ({
    name: 'FinLens',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    permissions: ['storage'],
    host_permissions: ['*://*.stcn.com/*'],
    action: { default_title: 'FinLens' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'finlens@finlens.dev',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
  zip: {
    excludeSources: ['test-results/**', 'playwright-report/**', 'artifacts/**', '**/*.log'],
  },
});
