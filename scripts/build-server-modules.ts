/**
 * Builds what runs outside Next.js's own bundler into build/: the app's HTTP server, the page cache handler and the
 * header rules of next.config.js, as plain JavaScript. Loading them through a TypeScript loader at run time instead would
 * put that loader in front of every dynamic import in the server, and Next.js imports the cache handler on every
 * request: about a tenth of a cached page's time went there. `npm run build` runs this first; so does `npm run dev`.
 */
import path from 'node:path';
import esbuild from 'esbuild';

const root = path.resolve(import.meta.dirname, '..');

/** Where next.config.js finds them. */
export const serverModules = {
  'cache-handler': 'lib/cache/handler.ts',
  headers: 'lib/security/headers.ts',
  server: 'lib/http/server.ts',
} as const;
export const serverModulesDir = 'build';
/** The app's HTTP server, run with node (lib/http/server.ts). */
export const appServerFile = path.join(root, serverModulesDir, 'server.mjs');

export async function buildServerModules(): Promise<void> {
  await esbuild.build({
    absWorkingDir: root,
    entryPoints: serverModules,
    outdir: path.join(root, serverModulesDir),
    outExtension: { '.js': '.mjs' },
    bundle: true,
    // Packages are loaded from node_modules as the app loads them: one copy of each, Redis's client included.
    packages: 'external',
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'warning',
  });
}

if (import.meta.filename === process.argv[1]) await buildServerModules();
