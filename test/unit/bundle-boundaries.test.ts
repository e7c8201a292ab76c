import { describe, expect, it } from 'vitest';
import { inputsOf } from './bundle-inputs';

// What the known sites' scripts must not carry, checked on the bundles' inputs as esbuild resolves
// them. The article script runs on every article page, so the generic reader (for added sites),
// the saved-post reader (YAML), zod and the rule examples stay out. The small script every page
// loads only looks for an article body: the reading and painting stay out of it too, and so do the
// site records, whose reading code it would compile on every page for nothing.

describe("the known sites' content scripts", () => {
  it('the article script leaves out the generic reader, YAML, zod and test-only code', async () => {
    const inputs = await inputsOf('entrypoints/article.content.ts');
    expect(inputs.some((i) => i.startsWith('src/recognisers/'))).toBe(true);
    const unwanted = inputs.filter((i) =>
      /src\/sites\/generic|src\/read\/saved-post|node_modules\/(yaml|zod)\/|test\//.test(i),
    );
    expect(
      unwanted,
      'the content script imports these; move the import behind another entry',
    ).toEqual([]);
  }, 30_000);

  it('the script on every page leaves out the reading, the painting, the rules and the site records', async () => {
    const inputs = await inputsOf('entrypoints/content/index.ts');
    expect(inputs).toContain('extension/boot.ts');
    // The sites' matches and body selector are written into it at build time instead.
    expect(inputs).toContain('extension/known-sites.ts');
    const unwanted = inputs.filter((i) =>
      /src\/(recognisers|sites|article|rules)\/|node_modules\/(re2js|zod|yaml)\/|extension\/(body-reader|page-session|highlighter|hover|tooltip|analysis\/)/.test(
        i,
      ),
    );
    expect(
      unwanted,
      'the page script imports these, and it only looks for an article body',
    ).toEqual([]);
  }, 30_000);
});
