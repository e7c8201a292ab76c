import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const FIXTURES = join(import.meta.dirname, '../../fixtures');

export interface Fixture {
  slug: string;
  dir: string;
  /** The article as saved: a post (`article.txt`) or a page (`page.html`). */
  file: string;
  text: string;
  url: string | null;
  expectedFile: string;
}

/** Every fixture folder holding an article; adding a folder adds a test. */
export function listFixtures(): Fixture[] {
  return readdirSync(FIXTURES, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) => {
      const dir = join(FIXTURES, d.name);
      const file = ['article.txt', 'page.html'].map((f) => join(dir, f)).find((f) => existsSync(f));
      if (!file) return [];
      const urlFile = join(dir, 'url.txt');
      return [
        {
          slug: d.name,
          dir,
          file,
          text: readFileSync(file, 'utf8'),
          url: existsSync(urlFile) ? readFileSync(urlFile, 'utf8').trim() : null,
          expectedFile: join(dir, 'expected.json'),
        },
      ];
    });
}

export function fixture(slug: string): Fixture {
  const found = listFixtures().find((f) => f.slug === slug);
  if (!found) throw new Error(`No fixture folder fixtures/${slug}`);
  return found;
}
