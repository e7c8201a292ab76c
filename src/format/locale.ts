/** The two languages FinLens speaks. */
export type Locale = 'zh' | 'en';

/**
 * The locale for a browser UI language such as `en-US` or `zh-TW`. Only English gets English:
 * every other language falls back to Chinese, as `default_locale: zh_CN` does for messages.json.
 */
export function pickLocale(uiLanguage: string): Locale {
  return /^en\b/i.test(uiLanguage) ? 'en' : 'zh';
}
