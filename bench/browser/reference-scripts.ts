import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * The two yardsticks FinLens' content script is compared with, as page scripts served at the
 * control origin, so that the trace attributes their time by URL as it does the content script's.
 * Each leaves `window.__finlensBench = { count }` when it is done.
 */

declare global {
  interface Window {
    __finlensBench?: { count: number };
  }
}

/** Runs in the page: whether the reference script has finished. */
export const referenceDone = (): boolean => window.__finlensBench !== undefined;
/** Runs in the page: what it marked or built. */
export const referenceCount = (): number => window.__finlensBench?.count ?? Number.NaN;

/** A served script that does nothing: the cost of fetching, inserting and waiting for one. */
export const NOOP_SCRIPT = 'window.__finlensBench = { count: 0 };\n';

/** mark.js 8 as published (dev dependency), minified. */
export const markLibrary = (): string =>
  readFileSync(createRequire(import.meta.url).resolve('mark.js/dist/mark.min.js'), 'utf8');

/**
 * mark.js marking the strings FinLens highlights, each as a whole string (no word splitting, no
 * diacritics classes: its fastest settings for exact Chinese strings).
 */
export function markRunner(bodySelector: string, strings: readonly string[]): string {
  const unique = [...new Set(strings)].filter((s) => s !== '');
  return `(() => {
  const body = document.querySelector(${JSON.stringify(bodySelector)});
  let count = 0;
  new Mark(body).mark(${JSON.stringify(unique)}, {
    separateWordSearch: false,
    diacritics: false,
    done: (n) => { count = n; },
  });
  window.__finlensBench = { count };
})();
`;
}

// The floor's one regex: numbers with a unit, as in bench/analyze.bench.ts.
const NUMBER_WITH_UNIT =
  /[\d零〇一二两三四五六七八九十百千万亿][\d,.零〇一二两三四五六七八九十百千万亿]*(?:元|件|起|单|宗|家|名|次|个)/;

/**
 * The least any highlighter must do: walk the body's text nodes, one regex pass for numbers with
 * units, build `ranges` Ranges (FinLens' count, cycling over the matches), register one Highlight.
 */
export function floorRunner(bodySelector: string, ranges: number): string {
  return `(() => {
  const body = document.querySelector(${JSON.stringify(bodySelector)});
  const pattern = new RegExp(${JSON.stringify(NUMBER_WITH_UNIT.source)}, 'g');
  const found = [];
  const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode())
    for (const m of node.data.matchAll(pattern)) found.push([node, m.index, m.index + m[0].length]);
  const built = [];
  for (let i = 0; found.length > 0 && i < ${ranges}; i++) {
    const [node, from, to] = found[i % found.length];
    const range = document.createRange();
    range.setStart(node, from);
    range.setEnd(node, to);
    built.push(range);
  }
  CSS.highlights.set('bench-floor', new Highlight(...built));
  window.__finlensBench = { count: built.length };
})();
`;
}

/**
 * Runs in the page: adds the scripts as ordered <script src> elements and returns at once, so
 * that each loads and runs in a task of its own (not inside the bench's evaluate).
 */
export function insertScripts(urls: string[]): void {
  for (const url of urls) {
    const script = document.createElement('script');
    script.async = false;
    script.src = url;
    document.head.append(script);
  }
}
