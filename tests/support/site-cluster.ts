/**
 * One deployment of two production servers behind an imagined load balancer: the same secrets, a fresh database, one
 * media folder and the same Redis (under a key prefix of this run's own); only their addresses differ.
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Redis } from 'ioredis';
import { createTestDatabase, type TestDatabase } from './database';
import { freePort } from './free-port';
import { prepareSiteDatabase, siteEnv, startSiteServer, type SiteServer } from './site-server';

export type SiteCluster = {
  a: SiteServer;
  b: SiteServer;
  database: TestDatabase;
  /** Where the servers keep their Redis keys (anti-spam challenges among them). */
  redisKeyPrefix: string;
  /**
   * What `systemctl restart` does to an instance: stops the server on `port` (SIGTERM) and, once it has exited, starts
   * it again with the same settings. Resolves then, with the old process's exit code and the new one's start-up.
   */
  restart(port: number): Promise<{ exitCode: number | null; started: Promise<SiteServer> }>;
  stop(): Promise<void>;
};

const redisUrl = process.env.E2E_REDIS_URL ?? 'redis://127.0.0.1:6379';

/** Starts both servers (run `next build` first) on a migrated, seeded database named after `name`. */
export async function startSiteCluster(name: string): Promise<SiteCluster> {
  const redisKeyPrefix = `dateline-${name}-${randomBytes(4).toString('hex')}:`;
  const database = await createTestDatabase(name);
  const mediaDir = await mkdtemp(path.join(tmpdir(), `dateline-${name}-media-`));
  const servers: SiteServer[] = [];
  const envs: NodeJS.ProcessEnv[] = [];
  const starting: Promise<unknown>[] = [];

  const stop = async () => {
    await Promise.allSettled(starting);
    await Promise.all(servers.map((server) => server.stop()));
    await database.drop();
    await rm(mediaDir, { recursive: true, force: true });
    const redis = new Redis(redisUrl);
    const keys = await redis.keys(`${redisKeyPrefix}*`);
    if (keys.length > 0) await redis.del(keys);
    redis.disconnect();
  };

  try {
    const portA = await freePort();
    let portB = await freePort();
    while (portB === portA) portB = await freePort();
    const envA = siteEnv({ port: portA, databaseUrl: database.url, mediaDir, redisUrl, redisKeyPrefix });
    const urlB = `http://127.0.0.1:${portB}`;
    const envB = { ...envA, PORT: String(portB), NEXTAUTH_URL: urlB, SITE_URL: urlB };
    envs.push(envA, envB);
    await prepareSiteDatabase(envA);
    const started = await Promise.allSettled([startSiteServer(envA), startSiteServer(envB)]);
    for (const result of started) if (result.status === 'fulfilled') servers.push(result.value);
    const failed = started.find((result) => result.status === 'rejected');
    if (failed) throw failed.reason;
    const restart = async (port: number) => {
      const index = envs.findIndex((env) => env.PORT === String(port));
      if (index < 0) throw new Error(`No instance of this cluster listens on port ${port}.`);
      const exitCode = await servers[index]!.stop();
      const started = startSiteServer(envs[index]!);
      starting.push(started.then((server) => (servers[index] = server)));
      return { exitCode, started };
    };
    return { a: servers[0]!, b: servers[1]!, database, redisKeyPrefix, restart, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
