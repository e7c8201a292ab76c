import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
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

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? listFiles(join(dir, d.name)) : [join(dir, d.name)],
  );
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

/** The content script, popup and background of a build (default: the Chrome MV3 build). */
export function bundleSizes(dir = join(ROOT, '.output', 'chrome-mv3')): BundleSize[] {
  if (!existsSync(join(dir, 'manifest.json'))) return [];
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest;
  const scripts = manifest.content_scripts ?? [];
  const background = manifest.background?.service_worker
    ? [manifest.background.service_worker]
    : (manifest.background?.scripts ?? []);
  const popupHtml = manifest.action?.default_popup ?? manifest.browser_action?.default_popup;
  // The popup's own chunks and styles, as WXT names them; shared chunks would be listed too.
  const popup = popupHtml
    ? [
        popupHtml,
        ...listFiles(dir)
          .map((f) => relative(dir, f))
          .filter((f) => /^(chunks|assets)\/.*\.(js|css)$/.test(f)),
      ]
    : [];
  return [
    sizeOf(
      dir,
      'content script',
      scripts.flatMap((c) => c.js ?? []),
    ),
    sizeOf(
      dir,
      'content style',
      scripts.flatMap((c) => c.css ?? []),
    ),
    sizeOf(dir, 'popup', popup),
    sizeOf(dir, 'background', background),
  ];
}
