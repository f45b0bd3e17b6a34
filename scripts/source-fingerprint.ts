import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** What the production build is made from; a change to any of it means the build is out of date. */
const SOURCES = ['app', 'components', 'lib', 'next.config.js', 'postcss.config.mjs', 'tsconfig.json', 'package-lock.json', 'prisma/schema.prisma'];
const SKIPPED = new Set(['generated', 'node_modules']);

function filesUnder(entry: string): string[] {
  if (!existsSync(entry)) return [];
  if (!statSync(entry).isDirectory()) return [entry];
  return readdirSync(entry, { withFileTypes: true })
    .filter((d) => !SKIPPED.has(d.name))
    .flatMap((d) => filesUnder(path.join(entry, d.name)))
    .sort();
}

export function sourceFingerprint(root: string): string {
  const hash = createHash('sha256');
  for (const file of SOURCES.flatMap((source) => filesUnder(path.join(root, source)))) {
    hash.update(path.relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex');
}

const stampFile = (root: string) => path.join(root, '.next', 'dateline-sources.sha256');

/** True when .next holds a build of exactly these sources. */
export function buildIsCurrent(root: string, fingerprint: string): boolean {
  return existsSync(path.join(root, '.next', 'BUILD_ID')) && existsSync(stampFile(root)) && readFileSync(stampFile(root), 'utf8') === fingerprint;
}

export function recordBuild(root: string, fingerprint: string): void {
  writeFileSync(stampFile(root), fingerprint);
}
