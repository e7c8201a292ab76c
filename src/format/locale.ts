/** The two languages FinLens speaks. */
export const LOCALES = ['zh', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/**
 * The locale for a browser language tag such as `zh-CN`, `zh_TW` or `fr`. Chinese gets Chinese;
 * every other language gets English, as `default_locale: en` does for messages.json.
 */
export function pickLocale(language: string): Locale {
  return /^zh(?:[-_]|$)/i.test(language) ? 'zh' : 'en';
}
