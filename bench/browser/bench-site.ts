import type { BrowserContext, Route } from '@playwright/test';
import type { HTTPRequest, Page as PuppeteerPage } from 'puppeteer-core';

/** Host of control copies and reference scripts: not stcn.com, so the content script never runs. */
export const CONTROL_ORIGIN = 'http://finlens-control.invalid';
/** A second such host, to compare two controls: what the method reads when nothing differs. */
export const NULL_ORIGIN = 'http://finlens-null.invalid';

interface Resource {
  body: string;
  contentType: string;
}

const HTML = 'text/html; charset=utf-8';
const JS = 'text/javascript; charset=utf-8';

/**
 * Everything the benchmark's pages load, by URL; every other http(s) or ws(s) request is aborted,
 * so nothing leaves the machine. One map serves both browsers (Playwright routes, puppeteer
 * request interception).
 */
export class BenchSite {
  private readonly resources = new Map<string, Resource>();

  page(url: string, html: string): void {
    this.resources.set(url, { body: html, contentType: HTML });
  }

  /** Serves a script at the control origin and returns its URL. */
  script(name: string, source: string): string {
    const url = `${CONTROL_ORIGIN}/bench/${name}`;
    this.resources.set(url, { body: source, contentType: JS });
    return url;
  }

  async routeChromium(context: BrowserContext): Promise<void> {
    await context.route('**/*', (route: Route) => {
      const url = route.request().url();
      const found = this.resources.get(url);
      if (found) return route.fulfill({ status: 200, ...found });
      if (/^(https?|wss?):/.test(url)) return route.abort('blockedbyclient');
      return route.continue();
    });
  }

  async routeFirefox(page: PuppeteerPage): Promise<void> {
    await page.setRequestInterception(true);
    page.on('request', (request: HTTPRequest) => {
      if (request.isInterceptResolutionHandled()) return;
      const url = request.url();
      const found = this.resources.get(url);
      const answer = found
        ? request.respond({ status: 200, ...found })
        : /^(https?|wss?):/.test(url)
          ? request.abort('blockedbyclient')
          : request.continue();
      // The page may have closed or navigated away meanwhile.
      answer.catch(() => {});
    });
  }
}
