import type { Span, Summary } from './summary/schema';

/** Messages between the popup, the background and the content script. Plain data only. */
export type Request =
  | { type: 'finlens:get-state' }
  | { type: 'finlens:set-enabled'; enabled: boolean }
  | { type: 'finlens:reveal'; span: Span }
  | { type: 'finlens:command'; command: PageCommand };

/** What a keyboard shortcut asks of the page: the background forwards it to the active tab. */
export const PAGE_COMMANDS = ['toggle', 'next', 'previous'] as const;
export type PageCommand = (typeof PAGE_COMMANDS)[number];

export type PageState =
  | { state: 'article'; summary: Summary; enabled: boolean }
  | { state: 'loading' }
  | { state: 'not-article'; reason: string };

/**
 * Content script → background: the badge for the sender's tab. `count` is the number of
 * enforcement figures, null on a page that is no article; `enabled` whether highlights are on.
 */
export type BadgeMessage = { type: 'finlens:badge'; count: number | null; enabled: boolean };

/**
 * Content script → background: the sender's page holds an article body, so inject the script
 * that reads and paints it there (`extension/article-injection.ts`). Answered `{ ok }`.
 */
export type InjectMessage = { type: 'finlens:inject' };

/**
 * Background → content scripts: the settings or rules that pages are painted with changed, so
 * ask for this page's analysis again. The background watches the storage, so that no content
 * script has to (`extension/background-settings.ts`).
 */
export type ViewChangedMessage = { type: 'finlens:view-changed' };
