import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import JSZip from 'jszip';
import { ROOT } from './lib/browser';

/**
 * `npm run zip:verify`: proves that the Firefox sources zip rebuilds the add-on byte for byte
 * from its contents alone, and holds nothing the rebuild does not need. It zips, unpacks the
 * sources into an empty folder, installs with `npm ci` (from npm's cache where it can), builds
 * for Firefox there, and compares every file of that build with the store zip's.
 */

const FORBIDDEN = /^(fixtures|test|docs|bench|cli|assets|artifacts|test-results)\/|\.(log)$/;

const run = (cwd: string, args: string[]) =>
  execFileSync('npm', args, { cwd, stdio: ['ignore', 'inherit', 'inherit'], env: process.env });

async function unzip(path: string): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const files = new Map<string, Buffer>();
  for (const entry of Object.values(zip.files)) {
    if (!entry.dir) files.set(entry.name, await entry.async('nodebuffer'));
  }
  return files;
}

function listFiles(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files.set(relative(dir, path).replaceAll('\\', '/'), readFileSync(path));
  }
  return files;
}

const { name, version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  name: string;
  version: string;
};
console.log('zip:verify: zipping the Firefox add-on and its sources');
run(ROOT, ['exec', '--', 'wxt', 'zip', '-b', 'firefox']);
const storeZip = join(ROOT, '.output', `${name}-${version}-firefox.zip`);
const sourcesZip = join(ROOT, '.output', `${name}-${version}-sources.zip`);

const problems: string[] = [];
const sources = await unzip(sourcesZip);
for (const path of sources.keys()) {
  if (FORBIDDEN.test(path))
    problems.push(`the sources zip holds ${path}, which the build does not need`);
}

const work = mkdtempSync(join(tmpdir(), 'finlens-sources-'));
try {
  for (const [path, bytes] of sources) {
    mkdirSync(dirname(join(work, path)), { recursive: true });
    writeFileSync(join(work, path), bytes);
  }
  console.log(`zip:verify: ${sources.size} source files unpacked in ${work}; npm ci`);
  run(work, ['ci', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error']);
  run(work, ['run', 'build:firefox']);

  const store = await unzip(storeZip);
  const rebuilt = listFiles(join(work, '.output', 'firefox-mv2'));
  for (const [path, bytes] of store) {
    const again = rebuilt.get(path);
    if (!again) problems.push(`${path} is in the store zip but the rebuild has no such file`);
    else if (!again.equals(bytes))
      problems.push(`${path} differs between the store zip and the rebuild`);
  }
  for (const path of rebuilt.keys()) {
    if (!store.has(path)) problems.push(`${path} is in the rebuild but not in the store zip`);
  }
  if (problems.length > 0) {
    for (const p of problems) console.error(`zip:verify: ${p}`);
    process.exitCode = 1;
  } else {
    console.log(
      `zip:verify: all ${store.size} files of ${relative(ROOT, storeZip)} rebuilt byte for byte from ` +
        `${sources.size} files of ${relative(ROOT, sourcesZip)}`,
    );
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
