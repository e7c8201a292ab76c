import {
  expect,
  highlightOf,
  highlightTexts,
  openFixture,
  squash,
  test,
  waitForHighlights,
} from './extension';

const BODY = { 'old-site-seed': '#ctrlfscont', 'new-site-seed': '.detail-content' } as const;

for (const [slug, body] of Object.entries(BODY)) {
  test(`${slug}: the page's own scripts and inputs keep working`, async ({ context, site }) => {
    const { page } = await openFixture(context, site, slug);
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
    await page.locator('#e2e-input').pressSequentially('abc 123');
    await expect(page.locator('#e2e-input')).toHaveValue('abc 123');
    expect(await page.evaluate(() => (window as unknown as { e2eKeys: string[] }).e2eKeys)).toEqual(
      [...'abc 123'],
    );
  });

  test(`${slug}: content that arrives later is highlighted`, async ({ context, site }) => {
    const { page } = await openFixture(context, site, slug);
    await waitForHighlights(page);
    const before = await highlightTexts(page, highlightOf('penalty'));
    expect(before.map(squash)).not.toContain('罚款500万元');

    await page.evaluate((selector) => {
      const p = document.createElement('p');
      p.textContent = '另据通报，该公司被罚款500万元。';
      document.querySelector(selector)?.append(p);
    }, body);
    await expect
      .poll(async () => (await highlightTexts(page, highlightOf('penalty'))).map(squash))
      .toContain('罚款500万元');
    // The old ones are still there, and not doubled.
    const after = await highlightTexts(page, highlightOf('penalty'));
    expect(after.map(squash).sort()).toEqual([...before, '罚款500万元'].map(squash).sort());
  });
}
