import { readFileSync } from 'node:fs';
import path from 'node:path';

/** Where the build (scripts/build-islands.ts) writes the island bundles, served as they are from public/. */
export const islandsOutputDir = 'public/islands';
export const islandsPublicPath = '/islands';
export const islandsManifestFile = `${islandsOutputDir}/manifest.json`;

/** What the build records: the address of the script that starts a page's islands, named by its content. */
export type IslandsManifest = { boot: string };

let manifest: IslandsManifest | undefined;

/** The boot script of this build; read once, when the first page is rendered. */
export function islandsBootPath(): string {
  manifest ??= JSON.parse(readFileSync(path.join(process.cwd(), islandsManifestFile), 'utf8')) as IslandsManifest;
  return manifest.boot;
}
