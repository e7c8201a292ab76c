import { expect, openFixture, openPopup, test, waitForHighlights } from './extension';

// stcn's readers mostly browse in Chinese: the popup must then speak Chinese throughout.
test.use({ language: 'zh' });

test('in a Chinese browser the popup is in Chinese, with values for people', async ({
  context,
  site,
  extensionId,
}) => {
  const article = await openFixture(context, site, 'old-site-seed');
  await waitForHighlights(article.page);
  const popup = await openPopup(context, extensionId, article.tabId);
  await expect(popup.locator('#app')).toHaveAttribute('data-state', 'article');
  await expect(popup.locator('html')).toHaveAttribute('lang', 'zh-CN');

  await expect(popup.locator('#time')).toHaveText('2021年7月7日 23:21（北京时间）');
  await expect(popup.locator('#stocks-heading')).toHaveText('股票');
  const stock = popup.locator('button.stock[data-symbol="SZ300959"]');
  await expect(stock).toContainText('深交所 创业板');
  await expect(stock).toContainText('可能误链');
  const penalty = popup.locator('section[data-kind="penalty"]');
  await expect(penalty).toContainText('罚没');
  await expect(penalty.locator('button.figure')).toContainText('¥10,623,900');
  await expect(popup.locator('section[data-kind="cases"] button.figure')).toContainText('3单');
  await expect(popup.locator('#copy-markdown')).not.toHaveText('Copy summary');
});
