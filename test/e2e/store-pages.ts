import type { BrowserContext, Page } from '@playwright/test';
import { expect } from './extension';

/** FinLens' first-run page, opened as a tab; ready once the browser has listed its shortcuts. */
export async function openWelcome(context: BrowserContext, extensionId: string): Promise<Page> {
  const page = await context.newPage();
  await page.setViewportSize({ width: 1000, height: 800 });
  await page.goto(`chrome-extension://${extensionId}/welcome.html`);
  await expect(page.locator('#keys dt')).toHaveCount(4);
  return page;
}
