/**
 * Builds the reader pages' islands (components/islands) into public/islands: boot.js, which the pages load, and a
 * bundle per island with the chunks they share, named by content hash. React's API in the browser is Preact's
 * (preact/compat, about 4 KB against react-dom's 60): readers download every byte. `npm run build` runs this before
 * `next build`; `--watch` rebuilds on every change, for `npm run dev`.
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import esbuild, { type BuildOptions } from 'esbuild';
import { islandsOutputDir } from '@/lib/site/islands';

const root = path.resolve(import.meta.dirname, '..');
const outdir = path.join(root, islandsOutputDir);

export const islandsBuildOptions: BuildOptions = {
  absWorkingDir: root,
  entryPoints: { boot: 'components/islands/boot.ts' },
  outdir,
  entryNames: '[name]',
  chunkNames: 'chunks/[name]-[hash]',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'browser',
  target: ['chrome100', 'firefox100', 'safari15'],
  minify: true,
  legalComments: 'none',
  alias: { react: 'preact/compat', 'react-dom': 'preact/compat' },
  define: { 'process.env.NODE_ENV': '"production"' },
  metafile: true,
  logLevel: 'warning',
};

/** Each output file and its gzipped size, for the build log. */
function sizes(metafile: esbuild.Metafile): string[] {
  return Object.keys(metafile.outputs).map((file) => {
    const gzip = gzipSync(readFileSync(path.join(root, file)), { level: 9 }).length;
    return `  ${path.relative(outdir, path.join(root, file))} ${(gzip / 1024).toFixed(1)} KB gzipped`;
  });
}

export async function buildIslands(): Promise<void> {
  rmSync(outdir, { recursive: true, force: true });
  const result = await esbuild.build(islandsBuildOptions);
  console.log(['› Islands:', ...sizes(result.metafile!)].join('\n'));
}

if (import.meta.filename === process.argv[1]) {
  if (process.argv.includes('--watch')) {
    const context = await esbuild.context({ ...islandsBuildOptions, minify: false });
    await context.watch();
    console.log('› Watching components/islands for changes…');
  } else {
    await buildIslands();
  }
}
