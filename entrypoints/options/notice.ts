import {
  dismissNotice,
  readBackups,
  readNotice,
  watchNotice,
} from '../../extension/settings-store';
import { byId, el } from './dom';
import type { OptionsStrings } from './strings';
import { download } from './transfer';

/** Tells the user that stored settings could not be read, offers the backup, until dismissed. */
export async function noticePanel(t: OptionsStrings): Promise<void> {
  const box = byId('notice');
  const show = (shown: boolean) => {
    box.hidden = !shown;
    if (!shown) return box.replaceChildren();
    const get = el('button', { type: 'button' }, t.downloadBackup);
    get.addEventListener('click', async () =>
      download('finlens-backup.json', `${JSON.stringify(await readBackups(), null, 2)}\n`),
    );
    const ok = el('button', { type: 'button' }, t.dismiss);
    ok.addEventListener('click', () => void dismissNotice());
    box.replaceChildren(el('p', {}, `⚠ ${t.notice}`), el('p', { class: 'actions' }, get, ok));
  };
  show((await readNotice()) !== null);
  watchNotice((n) => show(n !== null));
}
