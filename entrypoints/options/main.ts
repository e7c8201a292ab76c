import { updateSettings } from '../../extension/settings-store';
import { uiLocale } from '../../extension/ui-locale';
import { SITES } from '../../src/sites';
import { byId } from './dom';
import { noticePanel } from './notice';
import { previewPanel } from './preview';
import { recognisersPanel } from './recognisers-panel';
import { rulesPanel } from './rules-panel';
import { sitesPanel } from './sites-panel';
import { onDraft, onStored, previewRules, startState, stored } from './state';
import { optionsStrings } from './strings';
import { transferPanel } from './transfer';
import '../content/highlights.css';
import './style.css';

const locale = uiLocale();
const t = optionsStrings(locale);
document.documentElement.lang = locale === 'zh' ? 'zh-CN' : 'en';
document.title = t.title;

const TEXT: Record<string, string> = {
  title: t.title,
  intro: t.intro,
  'general-heading': t.general,
  'paused-label': t.paused,
  'paused-hint': t.pausedHint,
  'recognisers-heading': t.recognisers,
  'recognisers-intro': t.recognisersIntro,
  'preview-heading': t.preview,
  'rules-heading': t.rules,
  'rules-intro': t.rulesIntro,
  'add-keywords': t.addKeywords,
  'add-regex': t.addRegex,
  'sites-heading': t.sites,
  'sites-intro': t.sitesIntro(
    SITES.map((s) => (locale === 'zh' ? s.name.zh : s.hosts[0])).join(
      locale === 'zh' ? '、' : ', ',
    ),
  ),
  'site-label': t.addSite,
  'site-add': t.add,
  'transfer-heading': t.transfer,
  'transfer-intro': t.transferIntro,
  export: t.export,
  import: t.import,
  reset: t.reset,
  'reset-title': t.resetTitle,
  'reset-body': t.resetBody,
  'reset-cancel': t.cancel,
  'reset-confirm': t.resetConfirm,
};
for (const [id, text] of Object.entries(TEXT)) byId(id).textContent = text;
byId<HTMLInputElement>('site-input').placeholder = t.siteInput;

const paused = byId<HTMLInputElement>('paused');
paused.addEventListener('change', () => {
  // Read now: a queued write's echo may reset the box before this write runs.
  const on = paused.checked;
  void updateSettings((s) => ({ ...s, paused: on }));
});

async function start() {
  await startState();
  const recognisers = recognisersPanel(t, locale);
  const preview = previewPanel(t, locale);
  const rules = rulesPanel(t, locale);
  const sites = sitesPanel(t);
  transferPanel(t, locale);
  void noticePanel(t);
  const render = () => {
    const now = stored();
    paused.checked = now.settings.paused;
    recognisers.update(now);
    rules.update(now);
    sites.update(now);
    preview.update(now.settings, previewRules());
  };
  onStored(render);
  onDraft(() => {
    const now = stored();
    preview.update(now.settings, previewRules());
    recognisers.update(now);
    rules.warn(now);
  });
  render();
  byId('app').setAttribute('aria-busy', 'false');
  byId('app').dataset.ready = 'true';
}

void start();
