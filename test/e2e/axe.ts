import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults } from 'axe-core';
import type { PageHandle } from './driver/types';

/**
 * axe-core on one of FinLens's pages, the same way in both browsers: its source is run in the
 * page through the driver (as @axe-core/playwright does in Chromium), then `axe.run`.
 */

const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

export interface AxeFinding {
  rule: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

export interface AxeReport {
  /** Violations of serious or critical impact. */
  grave: AxeFinding[];
  /** How many rules passed: a run that checked nothing passes nothing. */
  passes: number;
}

export async function runAxe(page: PageHandle): Promise<AxeReport> {
  await page.evaluateScript(AXE_SOURCE);
  return page.evaluate(async () => {
    const { axe } = window as unknown as {
      axe: { run(context: Document): Promise<AxeResults> };
    };
    const results = await axe.run(document);
    return {
      grave: results.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => ({
          rule: v.id,
          impact: v.impact ?? null,
          help: v.help,
          nodes: v.nodes.map((n) => n.target.map(String).join(' ')),
        })),
      passes: results.passes.length,
    };
  }, null);
}
