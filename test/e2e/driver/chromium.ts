import { readFileSync } from 'node:fs';
import type { BrowserContext, CDPSession, Page } from '@playwright/test';
import {
  EXTENSION_DIR,
  extensionWorker,
  FixtureSite,
  launchWithExtension,
  openTab,
  popupUrl,
} from '../../../scripts/lib/browser';
import type { Request } from '../../../src/messages';
import { TOOLTIP_HOST_ATTR, withoutHighlightApi } from './shared';
import type { Driver, LaunchOptions, PageHandle, Tab, TooltipView } from './types';

interface ExtensionApi {
  tabs: { sendMessage(tabId: number, message: Request): Promise<unknown> };
  action: {
    getBadgeText(details: { tabId: number }): Promise<string>;
    getTitle(details: { tabId: number }): Promise<string>;
    getBadgeBackgroundColor(details: { tabId: number }): Promise<number[]>;
  };
}

interface CdpNode {
  nodeName: string;
  backendNodeId: number;
  attributes?: string[];
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
}

function findHost(node: CdpNode): CdpNode | null {
  const attrs = node.attributes ?? [];
  for (let i = 0; i < attrs.length; i += 2) if (attrs[i] === TOOLTIP_HOST_ATTR) return node;
  for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) {
    const found = findHost(child);
    if (found) return found;
  }
  return null;
}

/** The tooltip through CDP: `DOM.getDocument` with `pierce` reaches closed shadow roots. */
async function readTooltip(cdp: CDPSession): Promise<TooltipView | null> {
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as {
    root: CdpNode;
  };
  const shadow = findHost(root)?.shadowRoots?.[0];
  if (!shadow) return null;
  const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId });
  if (!object.objectId) return null;
  const { result } = await cdp.send('Runtime.callFunctionOn', {
    objectId: object.objectId,
    functionDeclaration: `function () {
      const box = this.querySelector('[role="tooltip"]');
      if (!box || !this.host.isConnected) return null;
      const r = box.getBoundingClientRect();
      return { text: box.textContent, box: { left: r.left, top: r.top, right: r.right, bottom: r.bottom } };
    }`,
    returnByValue: true,
  });
  await cdp.send('Runtime.releaseObject', { objectId: object.objectId });
  return (result.value as TooltipView | null) ?? null;
}

function handle(page: Page): PageHandle {
  let cdp: CDPSession | null = null;
  return {
    // Playwright types the argument as a handle-or-value; a JSON value is passed as it is.
    evaluate: <R, A>(fn: (arg: A) => R | Promise<R>, arg: A) =>
      page.evaluate(fn as (arg: unknown) => R | Promise<R>, arg as unknown),
    evaluateScript: async (source) => {
      await page.evaluate(source);
    },
    click: (selector) => page.click(selector),
    focus: (selector) => page.focus(selector),
    select: async (selector, value) => {
      await page.selectOption(selector, value);
    },
    uploadFile: (selector, path) => page.setInputFiles(selector, path),
    download: async (selector) => {
      const [download] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
      const path = await download.path();
      return { name: download.suggestedFilename(), bytes: readFileSync(path) };
    },
    press: (key) => page.keyboard.press(key),
    type: (text) => page.keyboard.type(text),
    mouseMove: ({ x, y }) => page.mouse.move(x, y),
    mouseClick: ({ x, y }) => page.mouse.click(x, y),
    setViewport: (width, height) => page.setViewportSize({ width, height }),
    bringToFront: () => page.bringToFront(),
    emulateReducedMotion: (reduce) =>
      page.emulateMedia({ reducedMotion: reduce ? 'reduce' : 'no-preference' }),
    screenshot: async (path, { fullPage = true } = {}) => {
      await page.screenshot({ path, fullPage });
    },
    tooltip: async () => {
      cdp ??= await page.context().newCDPSession(page);
      return readTooltip(cdp);
    },
    close: () => page.close(),
  };
}

/** Debian's Chromium with the MV3 build, through Playwright (see scripts/lib/browser.ts). */
export async function launchChromium(options: LaunchOptions): Promise<Driver> {
  const launched = await launchWithExtension({ headless: true, language: options.language });
  const context: BrowserContext = launched.context;
  const site = await FixtureSite.install(context);
  return {
    name: 'chromium',
    buildDir: EXTENSION_DIR,
    runtimeId: launched.extensionId,
    serve: (url, html) => site.add(url, html),
    async openTab(url): Promise<Tab> {
      const { page, tabId } = await openTab(context);
      await page.setViewportSize({ width: 1000, height: 600 });
      await page.goto(url);
      return {
        ...handle(page),
        tabId,
        reload: async () => {
          await page.reload();
        },
      };
    },
    async openPopup(tabId, popupOptions = {}) {
      const page = await context.newPage();
      // Init scripts reach extension pages in Chromium: the API is gone before any script runs.
      if (popupOptions.highlightApi === false) await page.addInitScript(withoutHighlightApi);
      await page.setViewportSize({ width: 420, height: 640 });
      await page.goto(popupUrl(launched.extensionId, tabId));
      return handle(page);
    },
    async openExtensionPage(path) {
      const page = await context.newPage();
      await page.setViewportSize({ width: 1000, height: 800 });
      await page.goto(`chrome-extension://${launched.extensionId}/${path}`);
      return handle(page);
    },
    tabUrls: async () => context.pages().map((p) => p.url()),
    installType: async () =>
      (await extensionWorker(context)).evaluate(async () => {
        const { chrome } = globalThis as unknown as {
          chrome: { management: { getSelf(): Promise<{ installType: string }> } };
        };
        return (await chrome.management.getSelf()).installType;
      }),
    // From the service worker, with Runtime.callFunctionOn: no eval, so the extension's CSP holds.
    badgeText: async (tabId) =>
      (await extensionWorker(context)).evaluate((id) => {
        const { chrome } = globalThis as unknown as { chrome: ExtensionApi };
        return chrome.action.getBadgeText({ tabId: id });
      }, tabId),
    manifest: async () =>
      (await extensionWorker(context)).evaluate(() =>
        (
          globalThis as unknown as {
            chrome: { runtime: { getManifest(): Record<string, unknown> } };
          }
        ).chrome.runtime.getManifest(),
      ),
    badge: async (tabId) =>
      (await extensionWorker(context)).evaluate(async (id) => {
        const { action } = (globalThis as unknown as { chrome: ExtensionApi }).chrome;
        return {
          text: await action.getBadgeText({ tabId: id }),
          title: await action.getTitle({ tabId: id }),
          color: await action.getBadgeBackgroundColor({ tabId: id }),
        };
      }, tabId),
    inExtension: async <R, A>(fn: (arg: A) => R | Promise<R>, arg: A) =>
      (await extensionWorker(context)).evaluate(fn as (arg: unknown) => R | Promise<R>, arg),
    grantsOptionalPermissions: false,
    ask: async (tabId, request) =>
      (await extensionWorker(context)).evaluate(
        async ([id, message]) => {
          const { chrome } = globalThis as unknown as { chrome: ExtensionApi };
          try {
            return await chrome.tabs.sendMessage(id, message);
          } catch {
            return undefined;
          }
        },
        [tabId, request] as const,
      ),
    close: () => launched.close(),
  };
}
