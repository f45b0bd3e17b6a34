import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { Redis } from 'ioredis';
import { solveProof } from '@/lib/comments/challenge/proof-of-work';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { freePort } from '../support/free-port';
import { prepareSiteDatabase, siteEnv, startSiteServer, type SiteServer } from '../support/site-server';
import { redisTestsCanRun } from '../support/test-redis';

/** Redis stops under a running site: a redis-server of the test's own, which it can stop and start again. */
test.describe.configure({ mode: 'serial', timeout: 120_000 });

const redisServer = '/usr/bin/redis-server';
const haveRedis = redisTestsCanRun(
  spawnSync(redisServer, ['--version']).status === 0,
  `no ${redisServer} on this machine to start and stop under the site`,
);
test.skip(!haveRedis, `No ${redisServer} on this machine: the Redis fault test needs one it can stop.`);

const slug = 'namyangju-changzhou-video-conference';
const unavailableWarning = /Redis at REDIS_URL is unavailable/g;

let redisPort: number;
let redis: ChildProcess | undefined;
let database: TestDatabase | undefined;
let mediaDir: string;
let site: SiteServer | undefined;
let keyPrefix: string;

async function startRedis() {
  redis = spawn(redisServer, ['--port', String(redisPort), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
  for (let tries = 0; ; tries++) {
    const client = new Redis(redisPort, '127.0.0.1', { lazyConnect: true, retryStrategy: () => null });
    client.on('error', () => {});
    const up = await client.connect().then(
      () => true,
      () => false,
    );
    client.disconnect();
    if (up) return;
    if (tries > 50) throw new Error('redis-server did not start');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function stopRedis() {
  const stopped = once(redis!, 'exit');
  redis!.kill('SIGTERM');
  await stopped;
}

test.beforeAll(async () => {
  redisPort = await freePort();
  await startRedis();
  database = await createTestDatabase('faults_redis');
  mediaDir = await mkdtemp(path.join(tmpdir(), 'dateline-faults-media-'));
  const env = siteEnv({ port: await freePort(), databaseUrl: database.url, mediaDir, redisUrl: `redis://127.0.0.1:${redisPort}` });
  keyPrefix = env.REDIS_KEY_PREFIX!;
  await prepareSiteDatabase(env);
  site = await startSiteServer(env);
});

test.afterAll(async () => {
  await site?.stop();
  if (redis?.exitCode === null) await stopRedis();
  await database?.drop();
  await rm(mediaDir, { recursive: true, force: true });
});

/** One reader: an address of their own (the proxy header the site trusts) and a nickname no one else uses. */
function reader() {
  return { address: `198.51.100.${randomBytes(1)[0]! % 250}`, nickname: `독자${randomBytes(3).toString('hex')}` };
}

async function challenge(request: APIRequestContext, address: string, kind: 'image' | 'proof') {
  const response = await request.post(`${site!.url}/api/articles/${slug}/comments/challenge`, {
    headers: { origin: site!.url, 'x-forwarded-for': address },
    data: { locale: 'ko', kind },
  });
  expect(response.status()).toBe(201);
  return (await response.json()) as { id: string; salt?: string; difficulty?: number };
}

/** Posts a comment, answering the accessible proof-of-work check (its answer never needs Redis to be read). */
async function postComment(request: APIRequestContext, { address, nickname }: ReturnType<typeof reader>) {
  const { id, salt, difficulty } = await challenge(request, address, 'proof');
  return request.post(`${site!.url}/api/articles/${slug}/comments`, {
    headers: { origin: site!.url, 'x-forwarded-for': address },
    data: {
      locale: 'ko',
      nickname,
      password: 'pass1234',
      content: `레디스 ${randomBytes(4).toString('hex')}`,
      challengeId: id,
      answer: solveProof(salt!, difficulty!),
    },
  });
}

async function keysInRedis(): Promise<number> {
  const client = new Redis(redisPort, '127.0.0.1');
  try {
    return (await client.keys(`${keyPrefix}*`)).length;
  } finally {
    client.disconnect();
  }
}

test('while Redis is down, comments are still posted under in-process limits, with one warning, until it is back', async ({ request }) => {
  expect((await postComment(request, reader())).status()).toBe(201);
  expect(await keysInRedis()).toBeGreaterThan(0);

  await stopRedis();

  const first = reader();
  expect((await postComment(request, first)).status()).toBe(201);
  // The per-nickname limit still holds, kept in this process.
  const again = await postComment(request, { ...reader(), nickname: first.nickname });
  expect(again.status()).toBe(429);
  expect((await postComment(request, reader())).status()).toBe(201);
  // Said once, however many requests and reconnection attempts.
  expect(site!.output().match(unavailableWarning)).toHaveLength(1);

  await startRedis();

  // Once reconnected, challenges and limits are kept in Redis again.
  await expect
    .poll(
      async () => {
        const { id } = await challenge(request, reader().address, 'image');
        const client = new Redis(redisPort, '127.0.0.1');
        try {
          return await client.exists(`${keyPrefix}comment-challenge:${id}`);
        } finally {
          client.disconnect();
        }
      },
      { timeout: 15_000 },
    )
    .toBe(1);
  expect((await postComment(request, reader())).status()).toBe(201);
  expect(await keysInRedis()).toBeGreaterThan(1);
});
