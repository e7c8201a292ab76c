import { describe, expect, it } from 'vitest';
import { inputsOf } from './bundle-inputs';

// re2js (~150 kB) must load only where user patterns are matched (the background) or checked
// (the options page, the CLI): never into a page. The content scripts match no rules at all: the
// background analyses pages, rules included. Checked on the bundles' inputs.

describe('user patterns run off the page', () => {
  it.each(['entrypoints/article.content.ts', 'entrypoints/added-sites.content.ts'])(
    '%s carries neither re2js nor zod, nor any rule matching',
    async (entry) => {
      const inputs = await inputsOf(entry);
      expect(inputs.some((i) => i.startsWith('src/article/'))).toBe(true);
      expect(inputs.filter((i) => /node_modules\/(re2js|zod)\/|src\/rules\//.test(i))).toEqual([]);
    },
    30_000,
  );
  it('the background does carry re2js, and matches the rules', async () => {
    const inputs = await inputsOf('entrypoints/background.ts');
    expect(inputs.some((i) => /node_modules\/re2js\//.test(i))).toBe(true);
    expect(inputs).toContain('src/rules/match-cache.ts');
  }, 30_000);
});
