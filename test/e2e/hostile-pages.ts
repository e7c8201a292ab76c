import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../../scripts/lib/browser';
import type { PageState } from '../../src/messages';
import { squash } from './core';
import type { Driver, PageHandle, Tab } from './driver/types';
import { highlightTexts } from './pages';

/** Pages built to fight FinLens (test/hostile/), for both hostile specs. */

export const hostileHtml = (name: string): string =>
  readFileSync(join(ROOT, 'test/hostile', `${name}.html`), 'utf8');

/** Serves `test/hostile/<name>.html` at an stcn article address (or at `path`) and opens it. */
export async function openHostile(driver: Driver, name: string, path?: string): Promise<Tab> {
  const url = `https://www.stcn.com${path ?? `/article/detail/hostile-${name}.html`}`;
  driver.serve(url, hostileHtml(name));
  return driver.openTab(url);
}

/** What the page's own script keeps in `window.hostile`. */
export const hostile = <T>(page: PageHandle, key: string): Promise<T> =>
  page.evaluate(
    (k) => (window as unknown as { hostile: Record<string, unknown> }).hostile[k],
    key,
  ) as Promise<T>;

/** Calls a function the page's own script exposes, as the page itself would. */
export const pageCall = (page: PageHandle, name: string, ...args: unknown[]): Promise<unknown> =>
  page.evaluate(
    ([n, a]) => {
      const fns = (window as unknown as { hostile: Record<string, (...x: unknown[]) => unknown> })
        .hostile;
      return fns[n]?.(...a) ?? null;
    },
    [name, args] as const,
  );

export const sortedTexts = async (page: PageHandle, style: 'penalty' | 'cases') =>
  (await highlightTexts(page, style)).map(squash).sort();

export async function articleState(driver: Driver, tabId: number): Promise<PageState | undefined> {
  return (await driver.ask(tabId, { type: 'finlens:get-state' })) as PageState | undefined;
}
