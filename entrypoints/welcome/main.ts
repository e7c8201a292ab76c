import { browser } from 'wxt/browser';
import { uiLocale } from '../../extension/ui-locale';
import { recogniser } from '../../src/recognisers';
import { highlightName } from '../../src/recognisers/palette';
import { SAMPLES } from './samples';
import '../content/highlights.css';
import './style.css';

// The first-run page: each colour shown live, painted by the same CSS highlights as articles.

type MessageKey = Parameters<typeof browser.i18n.getMessage>[0];
const t = (key: string) => browser.i18n.getMessage(key as MessageKey);
const locale = uiLocale();

document.documentElement.lang = locale === 'zh' ? 'zh-CN' : 'en';
document.title = t('welcomeTitle');
for (const node of document.querySelectorAll<HTMLElement>('[data-i18n]')) {
  node.textContent = t(node.dataset.i18n ?? '');
}
(document.getElementById('badge-off') as HTMLElement).textContent = t('badgeOff');

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text = '') => {
  const node = document.createElement(tag);
  node.className = className;
  node.textContent = text;
  return node;
};

const samples = document.getElementById('samples') as HTMLElement;
for (const sample of SAMPLES) {
  const r = recogniser(sample.id);
  const item = el('li', 'sample');
  item.dataset.id = sample.id;
  const text = el('p', 'text', sample.sentence);
  text.lang = 'zh-CN';
  item.append(el('h3', 'name', r.label[locale]), text, el('p', 'explain', r.description[locale]));
  samples.append(item);
  // Paint the marked part of the sentence in the recogniser's look, as FinLens paints articles.
  const node = text.firstChild;
  const at = sample.sentence.indexOf(sample.marked);
  if (!node || at < 0 || typeof Highlight !== 'function') continue;
  const range = document.createRange();
  range.setStart(node, at);
  range.setEnd(node, at + sample.marked.length);
  const name = highlightName(r.look, 'light');
  const highlight = CSS.highlights.get(name) ?? new Highlight();
  highlight.add(range);
  CSS.highlights.set(name, highlight);
}

// The shortcuts as the browser has them now (the user may have changed them).
const keys = document.getElementById('keys') as HTMLElement;
const describe: Record<string, MessageKey> = {
  _execute_action: 'commandList',
  _execute_browser_action: 'commandList',
};
void browser.commands.getAll().then((commands) => {
  for (const command of commands) {
    const key = el('dt', 'key');
    key.append(el('kbd', '', command.shortcut || t('welcomeNoKey')));
    const what = command.name ? describe[command.name] : undefined;
    keys.append(key, el('dd', '', what ? t(what) : (command.description ?? '')));
  }
});
