import { squash } from './core';
import { expect, test } from './fixtures';
import { highlightTexts, openFixture, waitForHighlights, waitForHighlightText } from './pages';

const BODY = { 'old-site-seed': '#ctrlfscont', 'new-site-seed': '.detail-content' } as const;

for (const [slug, body] of Object.entries(BODY)) {
  test(`${slug}: the page's own scripts and inputs keep working`, async ({ driver }) => {
    const page = await openFixture(driver, slug);
    await waitForHighlights(page);

    // An input inside the highlighted body, with the page's own key listener.
    await page.evaluate((selector) => {
      const input = document.createElement('input');
      input.id = 'e2e-input';
      const keys: string[] = [];
      input.addEventListener('keydown', (e) => keys.push(e.key));
      Object.assign(window, { e2eKeys: keys });
      document.querySelector(selector)?.prepend(input);
    }, body);
    await page.click('#e2e-input');
    await page.type('abc 123');
    expect(
      await page.evaluate(
        () => (document.getElementById('e2e-input') as HTMLInputElement).value,
        null,
      ),
    ).toBe('abc 123');
    expect(
      await page.evaluate(() => (window as unknown as { e2eKeys: string[] }).e2eKeys, null),
    ).toEqual([...'abc 123']);
  });

  test(`${slug}: content that arrives later is highlighted`, async ({ driver }) => {
    const page = await openFixture(driver, slug);
    await waitForHighlights(page);
    const before = await highlightTexts(page, 'penalty');
    expect(before.map(squash)).not.toContain('罚款500万元');

    await page.evaluate((selector) => {
      const p = document.createElement('p');
      p.textContent = '另据通报，该公司被罚款500万元。';
      document.querySelector(selector)?.append(p);
    }, body);
    await waitForHighlightText(page, 'penalty', '罚款500万元');
    // The old ones are still there, and not doubled.
    const after = await highlightTexts(page, 'penalty');
    expect(after.map(squash).sort()).toEqual([...before, '罚款500万元'].map(squash).sort());
  });
}
