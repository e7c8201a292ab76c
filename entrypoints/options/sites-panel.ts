import { browser } from 'wxt/browser';
import { type Stored, updateSettings } from '../../extension/settings-store';
import { grantedSites } from '../../extension/site-scripts';
import { checkHost, sitePattern } from '../../src/settings/sites';
import { SITES } from '../../src/sites';
import { byId, el, uid } from './dom';
import type { OptionsStrings } from './strings';

/**
 * The sites FinLens runs on: the known ones, and those the user added. Adding one asks the
 * browser for permission to read it (in the click, as browsers require); removing one gives the
 * permission back. Each has the popup's switch too.
 */
export function sitesPanel(t: OptionsStrings) {
  const list = byId('sites');
  const input = byId<HTMLInputElement>('site-input');
  const message = byId('site-message');
  const waiting = new Set<string>();
  let last: Stored | null = null;

  const setOff = (host: string, on: boolean) =>
    updateSettings((s) => ({
      ...s,
      off: on ? s.off.filter((h) => h !== host) : [...new Set([...s.off, host])],
    }));

  async function remove(host: string) {
    await browser.permissions.remove({ origins: [sitePattern(host)] }).catch(() => false);
    await updateSettings((s) => ({
      ...s,
      sites: s.sites.filter((h) => h !== host),
      off: s.off.filter((h) => h !== host),
    }));
    message.textContent = t.siteRemoved(host);
    input.focus();
  }

  /** Asks for the permission; must run inside the user's click or key press. */
  function ask(host: string) {
    const asked = browser.permissions.request({ origins: [sitePattern(host)] });
    waiting.add(host);
    if (last) void render(last);
    void asked
      .catch(() => false)
      .then(async (granted) => {
        waiting.delete(host);
        if (granted) message.textContent = t.siteAdded(host);
        else {
          await updateSettings((s) => ({ ...s, sites: s.sites.filter((h) => h !== host) }));
          message.textContent = t.siteDenied(host);
        }
        if (last) void render(last);
      });
  }

  byId<HTMLFormElement>('add-site').addEventListener('submit', (event) => {
    event.preventDefault();
    const checked = checkHost(input.value, last?.settings.sites ?? []);
    if (!checked.ok) {
      message.textContent = t.hostProblems[checked.code];
      input.setAttribute('aria-invalid', 'true');
      return;
    }
    input.setAttribute('aria-invalid', 'false');
    ask(checked.host);
    input.value = '';
    void updateSettings((s) => ({ ...s, sites: [...new Set([...s.sites, checked.host])] }));
  });

  function switchFor(host: string, off: readonly string[]) {
    const id = uid('site-on');
    const box = el('input', { type: 'checkbox', role: 'switch', id, class: 'site-on' });
    box.checked = !off.includes(host);
    box.addEventListener('change', () => void setOff(host, box.checked));
    return el('span', { class: 'field check' }, box, el('label', { for: id }, t.siteOn(host)));
  }

  async function render(stored: Stored) {
    last = stored;
    const focused = (document.activeElement as HTMLElement | null)?.closest<HTMLElement>(
      'li[data-host]',
    );
    const focusKey = focused
      ? `${focused.dataset.host}|${(document.activeElement as HTMLElement).className}`
      : null;
    const granted = new Set(await grantedSites(stored.settings.sites));
    const items = SITES.map((site) => {
      const host = site.hosts[0] as string;
      return el(
        'li',
        { 'data-host': host },
        el('span', { class: 'host' }, host),
        el('span', { class: 'state' }, t.builtIn),
        switchFor(host, stored.settings.off),
      );
    });
    for (const host of stored.settings.sites) {
      const state = granted.has(host) ? t.allowed : waiting.has(host) ? t.waiting : t.noPermission;
      const li = el(
        'li',
        {
          'data-host': host,
          'data-state': granted.has(host) ? 'allowed' : waiting.has(host) ? 'waiting' : 'none',
        },
        el('span', { class: 'host' }, host),
        el('span', { class: 'state' }, state),
      );
      if (!granted.has(host) && !waiting.has(host)) {
        const allow = el('button', { type: 'button', class: 'allow' }, t.allow);
        allow.addEventListener('click', () => ask(host));
        li.append(allow);
      }
      li.append(switchFor(host, stored.settings.off));
      const removeButton = el(
        'button',
        { type: 'button', class: 'remove', 'aria-label': t.removeSite(host) },
        '×',
      );
      removeButton.addEventListener('click', () => void remove(host));
      li.append(removeButton);
      items.push(li);
    }
    list.replaceChildren(...items);
    if (focusKey) {
      const [host, className] = focusKey.split('|');
      list
        .querySelector<HTMLElement>(
          `li[data-host="${CSS.escape(host ?? '')}"] .${CSS.escape((className ?? '').split(' ')[0] ?? '')}`,
        )
        ?.focus();
    }
  }

  browser.permissions.onAdded.addListener(() => last && void render(last));
  browser.permissions.onRemoved.addListener(() => last && void render(last));
  return { update: (stored: Stored) => void render(stored) };
}
