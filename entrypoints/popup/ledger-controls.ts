import { browser } from 'wxt/browser';
import { getLedgerSettings, updateLedgerSettings } from '../../extension/ledger/settings';

/** The popup's way to the ledger: open its page, and turn recording on or off. */
export function startLedgerControls(): void {
  const open = document.getElementById('open-ledger');
  const toggle = document.getElementById('ledger-toggle') as HTMLInputElement | null;
  open?.addEventListener('click', () => {
    void browser.tabs
      .create({ url: browser.runtime.getURL('/ledger.html') })
      .then(() => window.close());
  });
  if (!toggle) return;
  void getLedgerSettings().then((s) => {
    toggle.checked = s.enabled;
  });
  toggle.addEventListener('change', () => {
    void updateLedgerSettings((s) => ({ ...s, enabled: toggle.checked }));
  });
}
