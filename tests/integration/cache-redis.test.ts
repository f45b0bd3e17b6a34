import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { PageCache } from '@/lib/cache/page-cache';
import type { CacheValue } from '@/lib/cache/types';
import { logger } from '@/lib/log/logger';
import { testRedisRunning, testRedisUrl } from '@/tests/support/test-redis';

const redisUrl = testRedisUrl;

const redisRunning = await testRedisRunning();

const prefix = `dateline-cache-test-${randomBytes(4).toString('hex')}:`;
const connections: Redis[] = [];
// Each "server" has its own connection and in-process copy; only Redis is shared.
function server(url = redisUrl, buildId = 'build-1') {
  const redis = new Redis(url, { enableOfflineQueue: false, maxRetriesPerRequest: 1 });
  redis.on('error', () => {});
  connections.push(redis);
  return new PageCache({ redis, prefix, buildId, maxMemoryBytes: 1024 * 1024 });
}

afterAll(async () => {
  connections.forEach((c) => c.disconnect());
  if (!redisRunning) return;
  const redis = new Redis(redisUrl);
  const keys = await redis.keys(`${prefix}*`);
  if (keys.length > 0) await redis.del(keys);
  redis.disconnect();
});

const article = (headline: string): CacheValue => ({
  kind: 'APP_PAGE',
  html: `<h1>${headline}</h1>`,
  rscData: Buffer.from(`rsc ${headline}`),
  segmentData: new Map([['/_tree', Buffer.from([0, 1, 2])]]),
  headers: { 'x-next-cache-tags': '_N_T_/layout,_N_T_/ko/articles/namyangju' },
  status: 200,
});
const key = () => `/route-cache/APP_PAGE/${randomBytes(8).toString('hex')}/$/ko/articles/namyangju`;
const tick = () => new Promise((resolve) => setTimeout(resolve, 2));

describe.skipIf(!redisRunning)(`the page cache shared through Redis (${redisUrl})`, () => {
  it('serves a page rendered on one server from every other, bytes and all, with its lifetime', async () => {
    const [a, b] = [server(), server()];
    const page = key();
    await a.set(page, article('화상 회의'), { revalidate: 300, expire: 31_536_000 });
    const fromB = await b.get(page);
    expect(fromB?.value).toEqual(article('화상 회의'));
    expect(fromB?.cacheControl).toEqual({ revalidate: 300, expire: 31_536_000 });
  });

  it('renders a page anew on every server once one of them revalidates its path, even a server holding its own copy', async () => {
    const [a, b] = [server(), server()];
    const page = key();
    await a.set(page, article('old'), { revalidate: 300 });
    expect((await b.get(page))?.value).toEqual(article('old')); // b now holds a copy in memory
    await tick();
    await a.revalidateTags(['_N_T_/ko/articles/namyangju']);
    expect(await b.get(page)).toBeNull();
    expect(await a.get(page)).toBeNull();
    // Both still hold it as the last good copy, for when no new render can be made.
    expect(await b.read(page)).toMatchObject({ entry: { value: article('old') }, superseded: true });
    expect(await a.read(page)).toMatchObject({ entry: { value: article('old') }, superseded: true });

    await tick();
    await b.set(page, article('new'), { revalidate: 300 });
    expect((await a.get(page))?.value).toEqual(article('new'));
    expect((await b.get(page))?.value).toEqual(article('new'));
  });

  it('serves the last good copy on every server once one of them stores it again after a failed render', async () => {
    const [a, b] = [server(), server()];
    const page = key();
    await a.set(page, article('last good'), { revalidate: 300 });
    expect((await b.get(page))?.value).toEqual(article('last good'));
    await tick();
    await b.revalidateTags(['_N_T_/ko/articles/namyangju']);
    const superseded = await a.read(page);
    expect(superseded?.superseded).toBe(true);

    // What Next.js does when the new render fails: the copy it was handed is stored again, to be retried after 30 s.
    await tick();
    await a.set(page, superseded!.entry.value, { revalidate: 30 });
    expect(await b.get(page)).toMatchObject({ value: article('last good'), cacheControl: { revalidate: 30 } });
  });

  it('replaces a server’s own copy when another server stored a newer render', async () => {
    const [a, b] = [server(), server()];
    const page = key();
    await a.set(page, article('first'), { revalidate: 300 });
    expect((await b.get(page))?.value).toEqual(article('first'));
    await tick();
    await a.set(page, article('second'), { revalidate: 300 });
    expect((await b.get(page))?.value).toEqual(article('second'));
  });

  it('never serves one build’s pages to another build', async () => {
    const page = key();
    await server(redisUrl, 'build-1').set(page, article('built before'), { revalidate: 300 });
    expect(await server(redisUrl, 'build-2').get(page)).toBeNull();
  });

  it('keeps an entry in Redis only until it expires', async () => {
    const page = key();
    await server().set(page, article('short'), { revalidate: 1, expire: 5 });
    const redis = connections.at(-1)!;
    const ttl = await redis.ttl(`${prefix}page-cache:build-1:${page}`);
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(5);
  });
});

// Needs no Redis at all: nothing listens on port 1.
describe('the page cache while Redis is down', () => {
  it('keeps serving from memory while Redis is down, with one warning and no failed request', async () => {
    const warn = vi.spyOn(logger(), 'warn').mockImplementation(() => {});
    try {
      const down = server('redis://127.0.0.1:1');
      const page = key();
      await down.set(page, article('offline'), { revalidate: 300 });
      expect((await down.get(page))?.value).toEqual(article('offline'));
      await tick();
      await down.revalidateTags(['_N_T_/ko/articles/namyangju']);
      expect(await down.get(page)).toBeNull();
      expect(warn).toHaveBeenCalledTimes(1);
      expect(String(warn.mock.calls[0]?.[1])).toMatch(/Redis at REDIS_URL is unavailable/);
    } finally {
      warn.mockRestore();
    }
  });
});
