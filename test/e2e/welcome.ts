import { SAMPLES } from '../../entrypoints/welcome/samples';
import type { Driver, PageHandle } from './driver/types';
import { expect } from './fixtures';
import { HIGHLIGHT_PREFIX, highlightName } from './highlight-names';
import { countOf } from './pages';

/** FinLens' first-run page in a tab; ready once the browser has listed its shortcuts. */
export async function openWelcome(driver: Driver): Promise<PageHandle> {
  const page = await driver.openExtensionPage('welcome.html');
  await expect.poll(() => countOf(page, '#keys dt')).toBe(4);
  return page;
}

/** The text of each range of each FinLens highlight on the page. */
export const painted = (page: PageHandle): Promise<Record<string, string[]>> =>
  page.evaluate(
    (prefix) =>
      Object.fromEntries(
        [...CSS.highlights.entries()]
          .filter(([name]) => name.startsWith(prefix))
          .map(([name, h]) => [name, [...h].map((r) => r.toString())]),
      ),
    HIGHLIGHT_PREFIX,
  );

/** Each sample painted in its recogniser's highlight; recognisers that share a look share one. */
export const EXPECTED_PAINT: Record<string, string[]> = {};
for (const s of SAMPLES) {
  const name = highlightName(s.id);
  EXPECTED_PAINT[name] = [...(EXPECTED_PAINT[name] ?? []), s.marked];
}
