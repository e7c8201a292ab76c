/**
 * A 300,000-character stcn page in Chromium with FinLens, read with no rules, a keyword rule, and
 * the patterns `(a+)+$` and `(.*a){20}`: the page's long tasks (PerformanceObserver 'longtask')
 * and the time until the popup could show the summary. Regular expressions run in the background
 * on re2js, so they add no work to the page, whatever they cost there.
 *   npm run bench:rules -- --page
 */
import { readFileSync } from 'node:fs';
import { readArticleHtml } from '../adapters/cheerio-article';
import { extensionWorker, launchWithExtension, openTab } from '../scripts/lib/browser';
import type { UserRule } from '../src/rules/rule';

const URL = 'http://kuaixun.stcn.com/2021/0707/99999999.shtml';
const seed = readArticleHtml(
  readFileSync('fixtures/yw-2021-07-07-jiangxi-csrc-enforcement-seed/article.txt', 'utf8'),
);
if (!seed.ok) throw new Error(seed.error);
const paragraphs: string[] = [];
let size = 0;
while (size < 250_000) {
  for (const p of seed.article.paragraphs) {
    paragraphs.push(p);
    size += p.length;
  }
}
for (let i = 0; i < 2; i++) {
  paragraphs.push(`${'a'.repeat(25_000)}!`);
  size += 25_001;
}
const escapeHtml = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const PAGE = `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>bench</title></head><body>
<div class="intal_tit"><h2>300,000 characters</h2><div class="info">2021-07-07 23:21<span>来源：证券时报网</span></div></div>
<div class="txt_con" id="ctrlfscont">${paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}</div></body></html>`;

const rule = (id: string, match: UserRule['match']): UserRule => ({
  id,
  label: id,
  group: 'other',
  on: true,
  look: { colour: 'pink', style: 'outline' },
  match,
});
const SCENARIOS: [string, UserRule[]][] = [
  ['no rules', []],
  ['keywords 内幕交易', [rule('r-k', { type: 'keywords', keywords: ['内幕交易'] })]],
  ['(a+)+$', [rule('r-a', { type: 'regex', pattern: '(a+)+$', flags: '' })]],
  ['(.*a){20}', [rule('r-b', { type: 'regex', pattern: '(.*a){20}', flags: '' })]],
];

interface Api {
  storage: { sync: { set(i: object): Promise<void> } };
  tabs: {
    sendMessage(
      id: number,
      m: object,
    ): Promise<{ state?: string; summary?: { matches: unknown[] } }>;
  };
}

console.log(
  `\nA ${size.toLocaleString('en')}-character stcn page in Chromium (${paragraphs.length} paragraphs)`,
);
console.log(
  [
    'rules',
    'longest page task (ms)',
    'page tasks > 50 ms',
    'until summarised (ms)',
    'rule matches',
  ].join('\t'),
);
for (const [name, rules] of SCENARIOS) {
  const launched = await launchWithExtension({ headless: true });
  try {
    const { context } = launched;
    const worker = await extensionWorker(context);
    await worker.evaluate(async (r) => {
      await (globalThis as unknown as { chrome: Api }).chrome.storage.sync.set({ rules: r });
    }, rules);
    await context.route(URL, (route) =>
      route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: PAGE }),
    );
    await context.addInitScript(() => {
      const tasks: number[] = [];
      (window as unknown as { longTasks: number[] }).longTasks = tasks;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) tasks.push(e.duration);
      }).observe({ type: 'longtask', buffered: true });
    });
    const { page, tabId } = await openTab(context);
    const t0 = performance.now();
    await page.goto(URL);
    let answer: Awaited<ReturnType<Api['tabs']['sendMessage']>> | undefined;
    for (;;) {
      answer = await worker.evaluate(
        async ([id]) =>
          (globalThis as unknown as { chrome: Api }).chrome.tabs
            .sendMessage(id, { type: 'finlens:get-state' })
            .catch(() => undefined),
        [tabId] as const,
      );
      if (answer?.state === 'article' || performance.now() - t0 > 120_000) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    const until = performance.now() - t0;
    await page.waitForTimeout(500);
    const tasks = await page.evaluate(
      () => (window as unknown as { longTasks: number[] }).longTasks,
    );
    console.log(
      [
        name,
        Math.max(0, ...tasks).toFixed(0),
        tasks.filter((t) => t > 50).length,
        until.toFixed(0),
        answer?.summary?.matches.length ?? '-',
      ].join('\t'),
    );
  } finally {
    await launched.close();
  }
}
