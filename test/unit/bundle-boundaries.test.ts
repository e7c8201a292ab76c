import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

// What the content script of the known sites must not carry: it runs on every article page, so
// the generic reader (for added sites), the saved-post reader (YAML), zod and the rule examples
// stay out. Checked on the bundle's inputs, as esbuild resolves them.
async function inputsOf(entry: string): Promise<string[]> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    metafile: true,
    format: 'esm',
    loader: { '.css': 'empty' },
    logLevel: 'silent',
  });
  return Object.keys(result.metafile.inputs);
}

describe('the content script bundle', () => {
  it('leaves out the generic reader, YAML, zod and test-only code', async () => {
    const inputs = await inputsOf('entrypoints/content/index.ts');
    expect(inputs.some((i) => i.startsWith('src/recognisers/'))).toBe(true);
    const unwanted = inputs.filter((i) =>
      /src\/sites\/generic|src\/read\/saved-post|node_modules\/(yaml|zod)\/|test\//.test(i),
    );
    expect(
      unwanted,
      'the content script imports these; move the import behind another entry',
    ).toEqual([]);
  }, 30_000);
});
