/**
 * The script that starts a page's islands (built from components/islands/boot.ts by scripts/build-islands.ts). Its
 * name stays the same from build to build so cached pages keep working after a deploy; the island bundles it loads
 * carry their content's hash.
 */
export const islandsBootPath = '/islands/boot.js';

/** Where the build writes the island bundles, served as they are from public/. */
export const islandsOutputDir = 'public/islands';
