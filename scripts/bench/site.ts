import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createWriteStream, mkdirSync } from 'node:fs';
import path from 'node:path';
import { Redis } from 'ioredis';
import { buildIfChanged } from '../build';
import { appServerFile } from '../build-server-modules';
import { benchDir, benchMediaDir, projectRoot } from './bench-setup';
import { processTreeRss } from './process-memory';
import { assertPortFree, assertServing, stopServer, waitUntilServing } from './server-process';

export type RunningSite = {
  url: string;
  port: number;
  redisUrl: string;
  redisKeyPrefix: string;
  /** Resident memory of `next start` and its children, in bytes. */
  rss(): number;
  assertServing(): void;
  stop(): Promise<void>;
};

/** The production build, rebuilt when the sources changed since the last one (the same check as `npm start`). */
export function ensureProductionBuild(): Promise<void> {
  return buildIfChanged((message) => console.log(`› ${message}`));
}

/** Removes every key the run wrote to Redis: rate limits, challenges and any cached pages under its own prefix. */
async function forgetKeys(redisUrl: string, prefix: string): Promise<void> {
  const redis = new Redis(redisUrl);
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 1000);
      if (keys.length > 0) await redis.unlink(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}

/**
 * The production build (the app's server, build/server.mjs) on the benchmark database, as in production: NODE_ENV=production, secrets set,
 * Redis for limits, challenges and the page cache under a prefix of its own. Its output goes to var/bench/server.log.
 */
export async function startSite({ databaseUrl, port }: { databaseUrl: string; port: number }): Promise<RunningSite> {
  await assertPortFree(port);
  mkdirSync(benchDir, { recursive: true });
  const url = `http://127.0.0.1:${port}`;
  const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
  const redisKeyPrefix = `dateline-bench:${Date.now().toString(36)}:`;
  const logFile = path.join(benchDir, 'server.log');
  const log = createWriteStream(logFile);
  const server = spawn(process.execPath, [appServerFile], {
    cwd: projectRoot,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      DATABASE_URL: databaseUrl,
      MEDIA_DIR: benchMediaDir,
      REDIS_URL: redisUrl,
      REDIS_KEY_PREFIX: redisKeyPrefix,
      IP_HASH_SECRET: randomBytes(32).toString('hex'),
      NEXTAUTH_SECRET: randomBytes(32).toString('hex'),
      NEXTAUTH_URL: url,
      SITE_URL: url,
      NEXT_TELEMETRY_DISABLED: '1',
      PORT: String(port),
      // nginx in the benchmark and the load generator's readers both reach the app over loopback.
      TRUSTED_PROXIES: 'loopback',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stdout!.pipe(log);
  server.stderr!.pipe(log);

  const stop = async () => {
    await stopServer(server);
    await forgetKeys(redisUrl, redisKeyPrefix);
  };
  try {
    await waitUntilServing(`${url}/ko`, server, logFile);
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    url,
    port,
    redisUrl,
    redisKeyPrefix,
    rss: () => processTreeRss(server.pid!),
    assertServing: () => assertServing(server, 'the app server', logFile),
    stop,
  };
}
