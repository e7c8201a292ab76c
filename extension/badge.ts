import type { browser } from 'wxt/browser';

type MessageKey = Parameters<typeof browser.i18n.getMessage>[0];

/** What the toolbar badge shows for a tab: messages.json keys for its text and the button's title. */
export interface BadgeLook {
  /** The count itself, or a message key ("off"). */
  text: { count: number } | { key: MessageKey } | null;
  color: string;
  title: MessageKey;
  count: number;
}

const RED = '#b42318';
const GREY = '#5b6474';

/**
 * The number of enforcement figures in red; "off" in grey while highlights are off; nothing on
 * a page that is no article (null). The title says what the number counts.
 */
export function badgeLook(count: number | null, enabled: boolean): BadgeLook | null {
  if (count === null) return null;
  if (!enabled) return { text: { key: 'badgeOff' }, color: GREY, title: 'badgeTitleOff', count };
  const title = count === 0 ? 'badgeTitleNone' : count === 1 ? 'badgeTitleOne' : 'badgeTitle';
  return { text: count > 0 ? { count } : null, color: RED, title, count };
}
