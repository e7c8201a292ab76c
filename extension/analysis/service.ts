import { browser } from 'wxt/browser';
import { re2Engine } from '../../src/rules/re2';
import type { Summary } from '../../src/summary/schema';
import { loadPageView } from '../page-settings';
import { uiLocale } from '../ui-locale';
import { checkAnalysisRequest, isAnalysisMessage } from './check-request';
import { packNumbers } from './number-list';
import { PageAnalysis } from './page-analysis';
import type { AnalyseAnswer, AnalyseRequest, AnalysisRequest } from './protocol';
import { ANALYSIS_LIMITS } from './protocol';

/**
 * The background's analysis of the pages content scripts read: one `PageAnalysis` per tab and
 * frame, kept while the page lives (dropped when the tab closes or loads another page, and the
 * oldest dropped beyond `MAX_PAGES`). A service worker that was stopped starts with none, and
 * asks each page that comes back to send itself whole: the result is the same.
 */

/** Pages kept at once: each holds its text and the analysis of its paragraphs. */
const MAX_PAGES = 16;
/** Characters of text kept in all: beyond it the pages used longest ago are let go first. */
const MAX_CHARACTERS = 2 * ANALYSIS_LIMITS.characters;

interface Sender {
  id?: string;
  url?: string;
  frameId?: number;
  tab?: { id?: number };
}

/**
 * Only our content scripts, in a tab, on a web page, may ask. The page's address comes from the
 * browser, never from the message: it decides which site's settings apply.
 */
function senderOf(sender: Sender): { key: string; url: string } | null {
  const tab = sender.tab?.id;
  if (sender.id !== browser.runtime.id || tab === undefined) return null;
  if (sender.url === undefined || !/^https?:/i.test(sender.url)) return null;
  return { key: `${tab}:${sender.frameId ?? 0}`, url: sender.url };
}

export interface AnalysisService {
  /** Drops what is kept for a tab (closed, or loading another page). */
  forget(tabId: number): void;
}

/**
 * Starts answering content scripts. `onSummary` gets each page's summary as it is analysed (the
 * ledger), after the page has its answer.
 */
export function startAnalysisService(
  onSummary: (summary: Summary, key: string) => void,
): AnalysisService {
  const pages = new Map<string, PageAnalysis>();
  // One request at a time per page, in the order they came.
  const queues = new Map<string, Promise<unknown>>();
  const locale = uiLocale();

  /** Marks `page` used now (the map's order is the order of use), and lets go of the oldest. */
  const keep = (key: string, page: PageAnalysis) => {
    pages.delete(key);
    pages.set(key, page);
    let characters = 0;
    for (const p of pages.values()) characters += p.characters;
    for (const [oldest, p] of pages) {
      if (oldest === key || (pages.size <= MAX_PAGES && characters <= MAX_CHARACTERS)) break;
      characters -= p.characters;
      pages.delete(oldest);
    }
  };

  async function analyse(
    key: string,
    request: AnalyseRequest,
    url: string,
  ): Promise<AnalyseAnswer> {
    let page = pages.get(key);
    if (request.base === null)
      page = page?.renewed(request.page) ?? new PageAnalysis(request.page, re2Engine);
    else if (!page?.follows(request)) return { type: 'finlens:resend' };
    if (!page.take(request)) {
      pages.delete(key);
      return { type: 'finlens:resend' };
    }
    keep(key, page);
    const view = await loadPageView(url);
    const answer = page.analyse(view);
    const { summary } = page;
    // The ledger after the answer: the page paints first.
    if (summary) setTimeout(() => onSummary(summary, key), 0);
    return { ...answer, plan: packNumbers(answer.plan) };
  }

  async function handle(key: string, request: AnalysisRequest, url: string): Promise<unknown> {
    if (request.type === 'finlens:analyse') return analyse(key, request, url);
    const page = pages.get(key);
    if (!page || page.page !== request.page || !page.summary) return { type: 'finlens:resend' };
    keep(key, page);
    return request.type === 'finlens:page-summary'
      ? { type: 'finlens:summary', summary: page.summary }
      : { type: 'finlens:labels', labels: page.hoverLabels(locale) };
  }

  browser.runtime.onMessage.addListener((message: unknown, sender, respond) => {
    if (!isAnalysisMessage(message)) return undefined;
    const from = senderOf(sender);
    if (from === null) return undefined;
    const { key, url } = from;
    const checked = checkAnalysisRequest(message);
    if (!checked.ok) {
      console.warn(`FinLens: a content script's request was refused (${checked.error}).`);
      respond({ type: 'finlens:refused', error: checked.error });
      return undefined;
    }
    const request = checked.value;
    const before = queues.get(key) ?? Promise.resolve();
    const done = before
      .then(() => handle(key, request, url))
      .catch((error: unknown) => {
        console.error('FinLens: analysis', error);
        return { type: 'finlens:refused', error: String(error) };
      });
    queues.set(key, done);
    void done.then((answer) => {
      if (queues.get(key) === done) queues.delete(key);
      respond(answer);
    });
    return true;
  });

  return {
    forget(tabId) {
      for (const key of [...pages.keys()]) if (key.startsWith(`${tabId}:`)) pages.delete(key);
    },
  };
}
