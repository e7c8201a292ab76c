/**
 * What the Firefox sources zip holds: the files `npm ci && npm run build:firefox` needs, plus
 * the licence, privacy policy and README that say what it is. Globs from the project root.
 */
export const SOURCES_FOR_STORE = [
  'package.json',
  'package-lock.json',
  'tsconfig.json',
  'wxt.config.ts',
  'scripts/lib/store-sources.ts',
  'README.md',
  'LICENSE',
  'PRIVACY.md',
  'adapters/**',
  'entrypoints/**',
  'extension/**',
  'public/**',
  'src/**',
];
