/** The two languages FinLens speaks. */
export const LOCALES = ['zh', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/**
 * The locale for a browser language tag such as `en-US`, `en_GB` or `zh-TW`. Only English gets
 * English: every other language falls back to Chinese, as `default_locale: zh_CN` does for
 * messages.json.
 */
export function pickLocale(language: string): Locale {
  return /^en(?:[-_]|$)/i.test(language) ? 'en' : 'zh';
}
