import { defineConfig } from 'wxt';
import { SITE_MATCHES } from './src/sites';

// Chrome MV3 and Firefox. Host access is the known sites only (src/sites/), plus storage. Sites the
// user adds are asked for one by one when added (optional host permissions), and the content
// script is registered there at run time (scripting).
// No webextension-polyfill: the entrypoints use only promise APIs both browsers have natively
// and answer messages with sendResponse, and the polyfill cost ~10 kB in every bundle.
export default defineConfig({
  manifest: ({ browser }) => ({
    name: 'FinLens',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    permissions: ['storage', 'scripting'],
    host_permissions: [...SITE_MATCHES],
    ...(browser === 'firefox'
      ? { optional_permissions: ['*://*/*'] }
      : { optional_host_permissions: ['*://*/*'] }),
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
