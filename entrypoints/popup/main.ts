import { browser } from 'wxt/browser';
import { canHighlight } from '../../extension/highlight-support';
import type { ContentState } from '../../extension/page-state';
import { rememberSiteSwitch } from '../../extension/site-switch';
import { uiLocale } from '../../extension/ui-locale';
import { summaryToMarkdown } from '../../src/format/markdown';
import type { Request } from '../../src/messages';
import { type Summary, SummarySchema } from '../../src/summary/schema';
import { startLedgerControls } from './ledger-controls';
import { renderSettingsBar } from './settings-bar';
import { renderSummary, type Targets } from './view';
import './style.css';

type View = 'loading' | 'not-article' | 'article' | 'error' | 'unsupported';
type MessageKey = Parameters<typeof browser.i18n.getMessage>[0];

const LOADING_RETRIES = 8;
const RETRY_MS = 400;

const locale = uiLocale();
const t = (key: MessageKey) => browser.i18n.getMessage(key);
const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

const app = $('app');
const toggle = $<HTMLInputElement>('toggle');
const showJson = $<HTMLButtonElement>('show-json');
const jsonPanel = $('json-panel');
const copyStatus = $('copy-status');

let tabId: number | null = null;
let summary: Summary | null = null;
let targets: Targets = new Map();
const nextTarget = new Map<HTMLButtonElement, number>();

function show(view: View, state?: ContentState) {
  app.dataset.state = view;
  app.setAttribute('aria-busy', String(view === 'loading'));
  const messages = {
    loading: ['loading', ''],
    'not-article': ['notArticle', 'notArticleHint'],
    error: ['error', 'errorHint'],
    unsupported: ['unsupported', 'unsupportedHint'],
  } as const;
  $('status').hidden = view === 'article';
  $('summary').hidden = view !== 'article';
  toggle.disabled = view !== 'article';
  $('switch').hidden = view !== 'article';
  if (view !== 'article') {
    const [title, hint] = messages[view];
    $('status-title').textContent = t(title);
    $('status-hint').textContent = hint ? t(hint) : '';
    return;
  }
  if (state?.state !== 'article') return;
  summary = state.summary;
  toggle.checked = state.enabled;
  targets = renderSummary(state.summary, locale);
  nextTarget.clear();
}

async function findTab(): Promise<number | null> {
  // Tests open the popup as a page and name the article's tab: popup.html?tab=ID.
  const fromUrl = new URLSearchParams(location.search).get('tab');
  if (fromUrl && /^\d+$/.test(fromUrl)) return Number(fromUrl);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

const isPageState = (x: unknown): x is ContentState =>
  typeof x === 'object' &&
  x !== null &&
  ['article', 'loading', 'not-article', 'unsupported'].includes((x as ContentState).state);

/** Undefined when no content script answers: the tab is no page of a known site, or was open before install. */
async function send(request: Request): Promise<unknown> {
  if (tabId === null) return undefined;
  try {
    return await browser.tabs.sendMessage(tabId, request);
  } catch {
    return undefined;
  }
}

function showState(answer: unknown) {
  if (answer === undefined) show('not-article');
  // A content script left from an older version may answer in another shape: say so, do not crash.
  else if (!isPageState(answer)) show('error');
  else if (answer.state === 'article' && !SummarySchema.safeParse(answer.summary).success)
    show('error');
  else show(answer.state === 'article' ? 'article' : answer.state, answer);
}

async function load() {
  // The popup runs in the same browser as the page: without the Highlight API, say so at once.
  if (!canHighlight()) return show('unsupported');
  tabId = await findTab();
  for (let attempt = 0; ; attempt++) {
    const answer = await send({ type: 'finlens:get-state' });
    if (!isPageState(answer) || answer.state !== 'loading') return showState(answer);
    if (attempt === LOADING_RETRIES) return show('error');
    show('loading');
    await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
  }
}

async function copy(text: string) {
  try {
    await navigator.clipboard.writeText(text);
    copyStatus.textContent = t('copied');
  } catch {
    copyStatus.textContent = t('copyFailed');
  }
  setTimeout(() => {
    copyStatus.textContent = '';
  }, 1500);
}

const itemButtons = () =>
  [...document.querySelectorAll<HTMLButtonElement>('#summary button.item')].filter(
    (b) => !b.closest('details:not([open])'),
  );

document.addEventListener('click', (event) => {
  const button = (event.target as Element).closest<HTMLButtonElement>('button.item');
  const spans = button ? targets.get(button) : undefined;
  if (!button || !spans || spans.length === 0) return;
  const i = nextTarget.get(button) ?? 0;
  nextTarget.set(button, (i + 1) % spans.length);
  const span = spans[i];
  if (span) void send({ type: 'finlens:reveal', span });
});

$('summary').addEventListener('keydown', (event) => {
  const keys: Record<string, (i: number, n: number) => number> = {
    ArrowDown: (i, n) => Math.min(i + 1, n - 1),
    ArrowUp: (i) => Math.max(i - 1, 0),
    Home: () => 0,
    End: (_, n) => n - 1,
  };
  const move = keys[event.key];
  const buttons = itemButtons();
  const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
  if (!move || at < 0) return;
  event.preventDefault();
  const next = buttons[move(at, buttons.length)];
  next?.focus();
  // In full view: Firefox scrolls on focus only when the item is out of view altogether.
  next?.scrollIntoView({ block: 'nearest' });
});

toggle.addEventListener('change', async () => {
  // Remembered for the whole site (extension/site-switch.ts), after the tab is switched.
  void rememberSiteSwitch(summary?.article.url ?? null, toggle.checked);
  const answer = await send({ type: 'finlens:set-enabled', enabled: toggle.checked });
  showState(answer);
});

$('copy-markdown').addEventListener('click', () => {
  if (summary) void copy(summaryToMarkdown(summary, locale));
});

showJson.addEventListener('click', () => {
  const open = jsonPanel.hidden;
  jsonPanel.hidden = !open;
  showJson.setAttribute('aria-expanded', String(open));
  showJson.textContent = t(open ? 'hideJson' : 'showJson');
});

$('copy-json').addEventListener('click', () => {
  if (summary) void copy(JSON.stringify(summary, null, 2));
});

document.documentElement.lang = locale === 'zh' ? 'zh-CN' : 'en';
for (const node of document.querySelectorAll<HTMLElement>('[data-i18n]')) {
  node.textContent = t(node.dataset.i18n as MessageKey);
}
show('loading');
void load();
// The page applies a change of settings as it hears of it; ask it again a moment later.
void renderSettingsBar(locale, () => setTimeout(() => void load(), 150));
startLedgerControls();
