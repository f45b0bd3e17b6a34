/**
 * The production build (run `next build` first) serving a database of the caller's choosing on a port of its
 * own: what tests/support/fresh-site.ts starts for the browser tests, and what the fault tests stop databases under.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createDatabase } from '@/lib/db/client';
import { applyMigrations } from '@/lib/db/migrate';
import { seedDatabase } from '@/prisma/seed/seed';
import { appServerFile } from '@/scripts/build-server-modules';
import { testStaffPasswordEnv } from './staff-credentials';

export type SiteOptions = { port: number | string; databaseUrl: string; mediaDir: string; redisUrl?: string; redisKeyPrefix?: string };

/** Everything a production server needs set: fresh secrets, the known staff passwords, its own address. */
export function siteEnv({ port, databaseUrl, mediaDir, redisUrl, redisKeyPrefix }: SiteOptions): NodeJS.ProcessEnv {
  return {
    ...process.env,
    DATABASE_URL: databaseUrl,
    MEDIA_DIR: mediaDir,
    IP_HASH_SECRET: randomBytes(32).toString('hex'),
    NEXTAUTH_SECRET: randomBytes(32).toString('hex'),
    NEXTAUTH_URL: `http://127.0.0.1:${port}`,
    ...testStaffPasswordEnv,
    SITE_URL: `http://127.0.0.1:${port}`,
    NEXT_TELEMETRY_DISABLED: '1',
    PORT: String(port),
    // The tests stand where nginx would: they say which reader is asking in X-Forwarded-For.
    TRUSTED_PROXIES: 'loopback',
    ...(redisUrl && { REDIS_URL: redisUrl, REDIS_KEY_PREFIX: redisKeyPrefix ?? `dateline-test-${randomBytes(4).toString('hex')}:` }),
  };
}

/** Migrates the site's database and adds the sample article (its photo goes to the site's MEDIA_DIR). */
export async function prepareSiteDatabase(env: NodeJS.ProcessEnv): Promise<void> {
  const url = env.DATABASE_URL!;
  await applyMigrations(url);
  const db = createDatabase(url);
  const mediaDir = process.env.MEDIA_DIR;
  process.env.MEDIA_DIR = env.MEDIA_DIR;
  try {
    await seedDatabase(db, env);
  } finally {
    process.env.MEDIA_DIR = mediaDir;
    await db.$disconnect();
  }
}

/** stop() sends SIGTERM and resolves with the exit code once the server has exited. */
export type SiteServer = { url: string; output(): string; stop(): Promise<number | null> };

/** Starts the app's server and resolves once it answers; its output is kept for the test to read. */
export async function startSiteServer(env: NodeJS.ProcessEnv): Promise<SiteServer> {
  const url = `http://127.0.0.1:${env.PORT}`;
  const server = spawn(process.execPath, [appServerFile], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const keep = (chunk: Buffer) => (output += chunk.toString());
  server.stdout.on('data', keep);
  server.stderr.on('data', keep);
  const exited = new Promise<number | null>((resolve) => server.once('exit', (code) => resolve(code)));
  const stop = async () => {
    if (server.exitCode === null) server.kill('SIGTERM');
    return exited;
  };
  for (const deadline = Date.now() + 30_000; ;) {
    if (server.exitCode !== null) throw new Error(`The site did not start:\n${output}`);
    if (
      await fetch(`${url}/robots.txt`).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`The site did not answer within 30 s:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return { url, output: () => output, stop };
}
