import { defineConfig } from 'wxt';

// Chrome MV3 and Firefox. Host access is stcn.com only; other sites are optional
// permissions the user grants from the options page.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
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
