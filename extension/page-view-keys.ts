/**
 * The stored items a page's view is read from (`page-settings.ts`): the content script watches
 * them to have its page analysed again when one changes. Apart from `page-settings.ts`, which
 * the content script must not carry.
 */
export const PAGE_VIEW_KEYS = ['settings', 'rules'];

/** Whether a storage change touches what pages are painted with. */
export const changesPageView = (changes: Record<string, unknown>): boolean =>
  PAGE_VIEW_KEYS.some((k) => k in changes);
