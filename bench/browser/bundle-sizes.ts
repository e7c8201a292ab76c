import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ARTICLE_FILE } from '../../extension/article-injection';
import { ROOT } from '../../scripts/lib/browser';

/** Bytes of each part of a build, as shipped (WXT minifies) and gzipped (level 9). */
export interface BundleSize {
  part: string;
  files: string[];
  bytes: number;
  gzipBytes: number;
}

interface Manifest {
  background?: { service_worker?: string; scripts?: string[] };
  content_scripts?: Array<{ js?: string[]; css?: string[] }>;
  action?: { default_popup?: string };
  browser_action?: { default_popup?: string };
}

/** The scripts and styles a page of the build loads (Vite lists shared chunks as modulepreload). */
function htmlReferences(dir: string, page: string): string[] {
  const html = readFileSync(join(dir, page), 'utf8');
  const refs = [
    ...html.matchAll(/<(?:script|link)\b[^>]*?\b(?:src|href)="\/?([^"]+\.(?:js|css))"/g),
  ];
  return [...new Set(refs.map((m) => m[1] as string))].filter((f) => existsSync(join(dir, f)));
}

function sizeOf(dir: string, part: string, files: string[]): BundleSize {
  const bytes = files.map((f) => readFileSync(join(dir, f)));
  return {
    part,
    files,
    bytes: bytes.reduce((n, b) => n + b.length, 0),
    // Each file alone, as the browser loads them.
    gzipBytes: bytes.reduce((n, b) => n + gzipSync(b, { level: 9 }).length, 0),
  };
}

/**
 * The content scripts, popup and background of a build (default: the Chrome MV3 build): the
 * page script, on every page of a known site but its article addresses, and the article script,
 * which the manifest loads on those and the background injects wherever else a body turns up.
 */
export function bundleSizes(dir = join(ROOT, '.output', 'chrome-mv3')): BundleSize[] {
  if (!existsSync(join(dir, 'manifest.json'))) return [];
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest;
  const scripts = manifest.content_scripts ?? [];
  const unique = (files: string[]) => [...new Set(files)];
  const background = manifest.background?.service_worker
    ? [manifest.background.service_worker]
    : (manifest.background?.scripts ?? []);
  const popupHtml = manifest.action?.default_popup ?? manifest.browser_action?.default_popup;
  const popup = popupHtml ? [popupHtml, ...htmlReferences(dir, popupHtml)] : [];
  return [
    sizeOf(
      dir,
      'page script',
      unique(scripts.flatMap((c) => c.js ?? [])).filter((f) => f !== ARTICLE_FILE),
    ),
    sizeOf(dir, 'article script', [ARTICLE_FILE]),
    sizeOf(dir, 'content style', unique(scripts.flatMap((c) => c.css ?? []))),
    sizeOf(dir, 'popup', popup),
    sizeOf(dir, 'background', background),
  ];
}
