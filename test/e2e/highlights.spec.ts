import { mkdirSync } from 'node:fs';
import { ENFORCEMENT_KINDS } from '../../src/recognisers';
import {
  coreSummary,
  expect,
  highlightOf,
  highlightTexts,
  openFixture,
  squash,
  test,
  waitForHighlights,
} from './extension';

const SEEDS = [
  { slug: 'old-site-seed', screenshot: 'artifacts/screenshots/article-old-site.png' },
  { slug: 'new-site-seed', screenshot: 'artifacts/screenshots/article-new-site.png' },
];

const sorted = (texts: string[]) => texts.map(squash).sort();

for (const { slug, screenshot } of SEEDS) {
  test(`${slug}: the page's highlights are the core's mentions and figures`, async ({
    context,
    site,
  }) => {
    const core = coreSummary(slug);
    const { page } = await openFixture(context, site, slug);
    await waitForHighlights(page);

    // The seed's known cases, spelled out so a wrong core cannot make the test vacuous.
    expect(await highlightTexts(page, highlightOf('stock-doubtful'))).toContain('线上线下');
    const penalties = await highlightTexts(page, highlightOf('penalty'));
    expect(penalties.some((t) => t.includes('1062.39万元'))).toBe(true);

    for (const kind of ENFORCEMENT_KINDS) {
      const expected = core.figures.filter((f) => f.kind === kind).map((f) => f.text);
      expect(sorted(await highlightTexts(page, highlightOf(kind))), kind).toEqual(sorted(expected));
    }
    for (const kind of ['cases', 'referral', 'investigation'] as const)
      expect(
        core.figures.some((f) => f.kind === kind),
        `the seed has ${kind}`,
      ).toBe(true);

    const mentions = core.stocks.flatMap((s) => s.occurrences);
    const sure = mentions.filter((m) => m.doubt === null).map((m) => m.text);
    const doubtful = mentions.filter((m) => m.doubt !== null).map((m) => m.text);
    expect(sorted(await highlightTexts(page, highlightOf('stock')))).toEqual(sorted(sure));
    expect(sorted(await highlightTexts(page, highlightOf('stock-doubtful')))).toEqual(
      sorted(doubtful),
    );

    mkdirSync('artifacts/screenshots', { recursive: true });
    await page.screenshot({ path: screenshot, fullPage: true });
  });
}
