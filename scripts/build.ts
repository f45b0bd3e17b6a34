/**
 * `npm run build`: what Next.js loads as it is (scripts/build-server-modules.ts), the reader pages' islands
 * (scripts/build-islands.ts), then `next build`, and a note of the sources built, so `npm start` and the benchmark
 * rebuild only when those changed (`buildIfChanged`).
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { buildIslands } from './build-islands';
import { buildServerModules } from './build-server-modules';
import { buildIsCurrent, recordBuild, sourceFingerprint } from './source-fingerprint';

const root = path.resolve(import.meta.dirname, '..');
const nextCli = path.join(root, 'node_modules', '.bin', 'next');

export class BuildError extends Error {}

export async function buildSite(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const fingerprint = sourceFingerprint(root);
  await buildServerModules();
  await buildIslands();
  const next = spawn(nextCli, ['build'], {
    cwd: root,
    env: { ...env, NEXT_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const code = await new Promise<number>((resolve, reject) => {
    next.once('error', reject);
    next.once('exit', (exitCode) => resolve(exitCode ?? 1));
  });
  if (code !== 0) throw new BuildError(`next build failed (exit code ${code}); see its output above.`);
  recordBuild(root, fingerprint);
}

/** Builds when the sources changed since the last build (or there is none); says so first, as it takes a while. */
export async function buildIfChanged(announce: (message: string) => void, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  if (buildIsCurrent(root, sourceFingerprint(root))) return;
  announce('Building the app (on the first start and after the code changed; this takes a while)…');
  await buildSite(env);
}

if (import.meta.filename === process.argv[1]) {
  await buildSite().catch((error: unknown) => {
    console.error(error instanceof BuildError ? error.message : error);
    process.exit(1);
  });
}
