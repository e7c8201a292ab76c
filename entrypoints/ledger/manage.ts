import { ledgerSettingsItem, updateLedgerSettings } from '../../extension/ledger/settings';
import { type LedgerStore, problemOf } from '../../extension/ledger/store';
import { ledgerToCsv } from '../../src/ledger/csv';
import { ledgerToJson, parseLedgerFile } from '../../src/ledger/file';
import { siteOf } from '../../src/ledger/identity';
import type { LedgerEntry } from '../../src/ledger/schema';
import { type LedgerSettings, readLedgerSettings } from '../../src/ledger/settings';
import { SITES } from '../../src/sites';
import { byId, el } from './dom';
import type { LedgerText } from './text';

interface Manage {
  store: LedgerStore;
  text: LedgerText;
  entries(): LedgerEntry[];
  say(message: string, tone?: 'info' | 'problem'): void;
  reload(): Promise<void>;
}

/** Saves a file the page made: nothing is sent anywhere, the browser writes it to disk. */
function download(name: string, type: string, content: string) {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = el('a', { attrs: { href: url, download: name } });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The sites FinLens reads by default can be paused before any of their articles is recorded. */
const KNOWN_SITES = SITES.flatMap((s) => s.hosts.flatMap((h) => siteOf(`https://${h}/`) ?? []));

const today = () => new Date().toISOString().slice(0, 10);

function showSettings(settings: LedgerSettings, sites: string[]) {
  byId<HTMLInputElement>('recording').checked = settings.enabled;
  const box = byId('paused-sites');
  const legend = box.querySelector('legend');
  const all = [...new Set([...sites, ...settings.pausedSites])].sort();
  box.replaceChildren(
    ...(legend ? [legend] : []),
    ...all.map((site) => {
      const input = el('input', { attrs: { type: 'checkbox', 'data-site': site } });
      input.checked = settings.pausedSites.includes(site);
      input.disabled = !settings.enabled;
      input.addEventListener('change', () => {
        void updateLedgerSettings((s) => ({
          ...s,
          pausedSites: input.checked
            ? [...new Set([...s.pausedSites, site])]
            : s.pausedSites.filter((p) => p !== site),
        }));
      });
      return el('label', { className: 'check' }, input, ` ${site}`);
    }),
  );
}

/** Export, import, the recording settings and "forget everything". */
export function startManaging(m: Manage): void {
  const sites = () => [
    ...new Set([...KNOWN_SITES, ...m.entries().flatMap((e) => (e.site ? [e.site] : []))]),
  ];
  const refreshSettings = async () =>
    showSettings(
      readLedgerSettings(await ledgerSettingsItem.getValue().catch(() => null)),
      sites(),
    );
  void refreshSettings();
  ledgerSettingsItem.watch(() => void refreshSettings());

  byId<HTMLInputElement>('recording').addEventListener('change', (event) => {
    const enabled = (event.target as HTMLInputElement).checked;
    void updateLedgerSettings((s) => ({ ...s, enabled }));
  });

  byId('export-csv').addEventListener('click', () =>
    download(`finlens-ledger-${today()}.csv`, 'text/csv;charset=utf-8', ledgerToCsv(m.entries())),
  );
  byId('export-json').addEventListener('click', () =>
    download(
      `finlens-ledger-${today()}.json`,
      'application/json',
      ledgerToJson(m.entries(), new Date().toISOString()),
    ),
  );

  const importInput = byId<HTMLInputElement>('import');
  importInput.addEventListener('change', async () => {
    const file = importInput.files?.[0];
    importInput.value = '';
    if (!file) return;
    const parsed = parseLedgerFile(await file.text());
    if (!parsed.ok) return m.say(m.text.importFailed(parsed.error), 'problem');
    try {
      const { added, updated } = await m.store.importEntries(parsed.entries);
      await m.reload();
      await refreshSettings();
      m.say(m.text.imported(added, updated));
    } catch (error) {
      m.say(m.text.failed(problemOf(error).detail), 'problem');
    }
  });

  const confirm = byId('forget-confirm');
  const forget = byId<HTMLButtonElement>('forget');
  const ask = (open: boolean) => {
    confirm.hidden = !open;
    forget.hidden = open;
    if (open) {
      byId('forget-question').textContent = m.text.forgetConfirm(m.entries().length);
      byId('forget-no').focus();
    } else forget.focus();
  };
  forget.addEventListener('click', () => ask(true));
  byId('forget-no').addEventListener('click', () => ask(false));
  byId('forget-yes').addEventListener('click', async () => {
    try {
      await m.store.clear();
      await m.reload();
      m.say(m.text.forgotten);
    } catch (error) {
      m.say(m.text.failed(problemOf(error).detail), 'problem');
    }
    ask(false);
  });
}
