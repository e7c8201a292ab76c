import { browser } from 'wxt/browser';
import { type Locale, pickLocale } from '../src/format/locale';

/**
 * The locale of the messages.json the browser chose, so formatted data and UI strings agree.
 * `@@ui_locale` names that choice; `getUILanguage()` can differ where it is emulated (tests).
 */
export function uiLocale(): Locale {
  return pickLocale(browser.i18n.getMessage('@@ui_locale') || browser.i18n.getUILanguage());
}
