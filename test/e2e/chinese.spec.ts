import { expect, test } from './fixtures';
import {
  attrOf,
  browserLanguage,
  countOf,
  openFixture,
  popupState,
  textOf,
  waitForHighlights,
} from './pages';

// stcn's readers mostly browse in Chinese: the popup must then speak Chinese throughout.
test.use({ language: 'zh' });

test('in a Chinese browser the popup is in Chinese, with values for people', async ({ driver }) => {
  const article = await openFixture(driver, 'old-site-seed');
  await waitForHighlights(article);
  const popup = await driver.openPopup(article.tabId);
  await popupState(popup, 'article');
  const uiLanguage = await browserLanguage(popup);
  expect(uiLanguage).toMatch(/^zh/);
  expect(await attrOf(popup, 'html', 'lang')).toBe('zh-CN');

  expect(await textOf(popup, '#time')).toBe('2021年7月7日 23:21（北京时间）');
  expect(await textOf(popup, '#stocks-heading')).toBe('股票');
  const stock = (await textOf(popup, 'button.stock[data-symbol="SZ300959"]')) ?? '';
  expect(stock).toContain('深交所 创业板');
  expect(stock).toContain('可能误链');
  const penalty = (await textOf(popup, 'section[data-kind="penalty"]')) ?? '';
  expect(penalty).toContain('罚没');
  expect(await textOf(popup, 'section[data-kind="penalty"] button.figure')).toContain(
    '¥10,623,900',
  );
  expect(await textOf(popup, 'section[data-kind="cases"] button.figure')).toContain('3单');
  expect(await textOf(popup, '#copy-markdown')).toBe('复制摘要');
  expect(await countOf(popup, '#figures section')).toBeGreaterThan(0);
});
