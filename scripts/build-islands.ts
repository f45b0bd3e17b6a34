/**
 * Builds the reader pages' islands (components/islands) into public/islands: the boot script the pages load, and a
 * bundle per island with the chunks they share, every file named by its content's hash, and manifest.json naming
 * the boot script. React's API in the browser is Preact's (preact/compat, about 4 KB against react-dom's 60):
 * readers download every byte. Earlier builds' files stay, so a page rendered by the previous build still finds
 * its scripts during a deploy. `npm run build` runs this before `next build`; `--watch` rebuilds on every change,
 * for `npm run dev`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import esbuild, { type BuildOptions } from 'esbuild';
import { islandsManifestFile, islandsOutputDir, islandsPublicPath, type IslandsManifest } from '@/lib/site/islands';

const root = path.resolve(import.meta.dirname, '..');
const outdir = path.join(root, islandsOutputDir);

export const islandsBuildOptions: BuildOptions = {
  absWorkingDir: root,
  entryPoints: { boot: 'components/islands/boot.ts' },
  outdir,
  entryNames: '[name]-[hash]',
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

function writeManifest(metafile: esbuild.Metafile): void {
  const boot = Object.entries(metafile.outputs).find(([, output]) => output.entryPoint === 'components/islands/boot.ts')?.[0];
  if (!boot) throw new Error('The islands build made no boot script.');
  const manifest: IslandsManifest = { boot: `${islandsPublicPath}/${path.relative(outdir, path.join(root, boot))}` };
  writeFileSync(path.join(root, islandsManifestFile), `${JSON.stringify(manifest, null, 2)}\n`);
}

export async function buildIslands(): Promise<void> {
  const result = await esbuild.build(islandsBuildOptions);
  writeManifest(result.metafile!);
  console.log(['› Islands:', ...sizes(result.metafile!)].join('\n'));
}

if (import.meta.filename === process.argv[1]) {
  if (process.argv.includes('--watch')) {
    const context = await esbuild.context({
      ...islandsBuildOptions,
      minify: false,
      plugins: [{ name: 'manifest', setup: (build) => build.onEnd((result) => result.metafile && writeManifest(result.metafile)) }],
    });
    await context.watch();
    console.log('› Watching components/islands for changes…');
  } else {
    await buildIslands();
  }
}
