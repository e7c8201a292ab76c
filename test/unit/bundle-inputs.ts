import { build } from 'esbuild';

/**
 * The files an entry point's bundle is made of, as esbuild resolves them (paths from the project
 * root): what the bundle tests check a script carries or leaves out.
 */
export async function inputsOf(entry: string): Promise<string[]> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    metafile: true,
    format: 'esm',
    loader: { '.css': 'empty', '.html': 'text', '.txt': 'text' },
    logLevel: 'silent',
  });
  return Object.keys(result.metafile.inputs);
}
