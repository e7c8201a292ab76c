import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { ROOT } from '../../scripts/lib/browser';

/** Debian's Firefox ESR with the Firefox build as a temporary add-on, as in test/firefox/smoke.ts. */

export const firefoxPath = (): string => process.env.FINLENS_FIREFOX || '/usr/bin/firefox-esr';
const BUILD = resolve(
  process.env.FINLENS_FIREFOX_EXTENSION_DIR || join(ROOT, '.output', 'firefox-mv2'),
);
const STEP_MS = 60_000;

export interface LaunchedFirefox {
  browser: Browser;
  close(): Promise<void>;
}

/**
 * The Gecko profiler from start-up, main threads only, written to `file` when Firefox closes
 * (./gecko-profile.ts reads it). It slows what it watches: a profiled Firefox measures nothing else.
 */
const profilerEnv = (file: string): Record<string, string> => ({
  MOZ_PROFILER_STARTUP: '1',
  MOZ_PROFILER_SHUTDOWN: file,
  MOZ_PROFILER_STARTUP_FEATURES: 'js,cpu,stackwalk',
  MOZ_PROFILER_STARTUP_FILTERS: 'GeckoMain',
  MOZ_PROFILER_STARTUP_ENTRIES: '20000000',
});

export async function launchFirefox(
  options: { profileTo?: string } = {},
): Promise<LaunchedFirefox> {
  if (!existsSync(join(BUILD, 'manifest.json')))
    throw new Error(`No Firefox build at ${BUILD}. Run \`npx wxt build -b firefox\` first.`);
  const temp = mkdtempSync(join(tmpdir(), 'finlens-bench-firefox-'));
  // A copy, so that a build running meanwhile cannot pull files from under Firefox.
  const extension = join(temp, 'extension');
  cpSync(BUILD, extension, { recursive: true });
  let browser: Browser | undefined;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: firefoxPath(),
      headless: true,
      timeout: STEP_MS,
      protocolTimeout: STEP_MS,
      // performance.now() to the microsecond, not rounded to the millisecond with jitter.
      extraPrefsFirefox: { 'privacy.reduceTimerPrecision': false },
      ...(options.profileTo ? { env: { ...process.env, ...profilerEnv(options.profileTo) } } : {}),
    });
    await browser.installExtension(extension);
  } catch (error) {
    await browser?.close().catch(() => {});
    rmSync(temp, { recursive: true, force: true });
    throw error;
  }
  const launched = browser;
  return {
    browser: launched,
    close: async () => {
      await launched.close().catch(() => {});
      rmSync(temp, { recursive: true, force: true });
    },
  };
}
