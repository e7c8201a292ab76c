/** The two languages FinLens speaks. */
export type Locale = 'zh' | 'en';

/**
 * The locale for a browser language tag such as `en-US`, `en_GB` or `zh-TW`. Only English gets
 * English: every other language falls back to Chinese, as `default_locale: zh_CN` does for
 * messages.json.
 */
export function pickLocale(language: string): Locale {
  return /^en(?:[-_]|$)/i.test(language) ? 'en' : 'zh';
}
