import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** What the production build is made from; a change to any of it means the build is out of date. */
const SOURCES = [
  'app',
  'pages',
  'components',
  'lib',
  'styles',
  'public',
  'proxy.ts',
  'instrumentation.ts',
  'scripts/build.ts',
  'scripts/build-islands.ts',
  'scripts/build-server-modules.ts',
  'next.config.js',
  'postcss.config.mjs',
  'tsconfig.json',
  'package-lock.json',
  'prisma/schema.prisma',
];
/** Made by the build, or by Prisma from the schema listed above. */
const SKIPPED = new Set(['lib/db/generated', 'public/islands', 'node_modules']);

function filesUnder(root: string, entry: string): string[] {
  const full = path.join(root, entry);
  if (SKIPPED.has(entry) || !existsSync(full)) return [];
  if (!statSync(full).isDirectory()) return [full];
  return readdirSync(full)
    .sort()
    .flatMap((name) => filesUnder(root, path.join(entry, name)));
}

export function sourceFingerprint(root: string): string {
  const hash = createHash('sha256');
  for (const file of SOURCES.flatMap((source) => filesUnder(root, source))) {
    hash.update(path.relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex');
}

const stampFile = (root: string) => path.join(root, '.next', 'dateline-sources.sha256');

/** True when .next (with public/islands and build/) holds a build of exactly these sources. */
export function buildIsCurrent(root: string, fingerprint: string): boolean {
  const built = ['.next/BUILD_ID', 'public/islands/manifest.json', 'build/cache-handler.mjs'].every((file) =>
    existsSync(path.join(root, file)),
  );
  return built && existsSync(stampFile(root)) && readFileSync(stampFile(root), 'utf8') === fingerprint;
}

export function recordBuild(root: string, fingerprint: string): void {
  writeFileSync(stampFile(root), fingerprint);
}
