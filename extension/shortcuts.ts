import type { PageCommand } from '../src/messages';

/**
 * The keyboard shortcuts: manifest `commands` (wxt.config.ts) and the background's handler both
 * come from here. Alt+Shift with a letter clashes with no default of Chrome or Firefox; users
 * can change them in the browser's shortcut settings. Chrome allows four suggested keys.
 */
export const PAGE_SHORTCUTS = {
  'toggle-highlights': { command: 'toggle', key: 'Alt+Shift+H', description: 'commandToggle' },
  'next-highlight': { command: 'next', key: 'Alt+Shift+J', description: 'commandNext' },
  'previous-highlight': { command: 'previous', key: 'Alt+Shift+K', description: 'commandPrevious' },
} as const satisfies Record<string, { command: PageCommand; key: string; description: string }>;

/**
 * Opens the popup: its list of the page's stocks and figures is the keyboard and screen-reader
 * way in, and it leaves the page's DOM alone. The browser handles this one itself.
 */
const POPUP_SHORTCUT = { key: 'Alt+Shift+L', description: 'commandList' };

export type PageShortcut = keyof typeof PAGE_SHORTCUTS;

export const isPageShortcut = (name: string): name is PageShortcut =>
  Object.hasOwn(PAGE_SHORTCUTS, name);

const entry = (s: { key: string; description: string }) => ({
  suggested_key: { default: s.key },
  description: `__MSG_${s.description}__`,
});

/** The manifest's `commands`; descriptions come from messages.json. */
export function manifestCommands(manifestVersion: 2 | 3) {
  const popup = manifestVersion === 3 ? '_execute_action' : '_execute_browser_action';
  return {
    [popup]: entry(POPUP_SHORTCUT),
    ...Object.fromEntries(Object.entries(PAGE_SHORTCUTS).map(([name, s]) => [name, entry(s)])),
  };
}
