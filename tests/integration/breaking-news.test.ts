import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findCurrentBreakingBanner, nextBreakingChange, setBreakingBanner, takeDownBreakingBanner } from '@/lib/breaking/banner';
import { watchBreakingChanges } from '@/lib/breaking/expiry';
import { breakingBannerInputSchema } from '@/lib/breaking/schema';
import { readerPageTags } from '@/lib/cache/handler';
import { PageCache } from '@/lib/cache/page-cache';
import type { CacheValue } from '@/lib/cache/types';
import type { Database } from '@/lib/db/client';
import { InvalidInputError } from '@/lib/errors';
import { toKoreaDateTimeInput } from '@/lib/i18n/time';
import { frameRevalidateSeconds, loadSiteFrame } from '@/lib/site/frame';
import { seedArticle } from '@/prisma/seed/article-namyangju-sangju';
import { seedDatabase } from '@/prisma/seed/seed';
import { ownTestDatabase } from '../support/own-database';
import { testRedisRunning, testRedisUrl } from '../support/test-redis';

const own = ownTestDatabase('breaking');
let db: Database;
let editorId: string;

const articleLink = `/ko/articles/${seedArticle.slug}`;
const minutes = (n: number) => n * 60_000;
const later = (from: Date, ms: number) => new Date(from.getTime() + ms);

/** What the action hands the domain: the form's fields, checked. */
const input = (fields: Record<string, string>) =>
  breakingBannerInputSchema.parse({ headlineKo: '남양주 폭우 경보', link: articleLink, duration: '30m', ...fields });
const fieldErrorsOf = (fields: Record<string, string>) => {
  const parsed = breakingBannerInputSchema.safeParse({ headlineKo: '남양주 폭우 경보', link: articleLink, duration: '30m', ...fields });
  return parsed.success ? {} : Object.fromEntries(parsed.error.issues.map((issue) => [issue.path.join('.'), issue.message]));
};
const auditOf = (entityId: string) =>
  db.auditLog.findMany({ where: { entityId }, orderBy: { id: 'asc' }, select: { action: true, actorId: true } });

beforeAll(async () => {
  db = own.db;
  await seedDatabase(db, {});
  editorId = (await db.staff.findUniqueOrThrow({ where: { email: 'editor@dateline.example' } })).id;
});

describe('a breaking banner', () => {
  it('is on every reader page’s frame from the moment it is put up, and leaves by itself at its end', async () => {
    const upAt = new Date();
    const banner = await setBreakingBanner(db, editorId, input({ headlineEn: 'Heavy rain warning in Namyangju' }), upAt);
    expect(banner.endsAt).toEqual(later(upAt, minutes(30)));

    const frame = await loadSiteFrame(db);
    expect(frame.breaking).toEqual({
      headlineKo: '남양주 폭우 경보',
      headlineEn: 'Heavy rain warning in Namyangju',
      link: articleLink,
      endsAt: banner.endsAt,
    });
    // A cached page keeps the banner no longer than its end, and its own interval when that comes first.
    expect(frameRevalidateSeconds(frame, 3600, upAt.getTime())).toBe(1800);
    expect(frameRevalidateSeconds(frame, 300, upAt.getTime())).toBe(300);
    expect(frameRevalidateSeconds({ ...frame, breaking: null }, 300)).toBe(300);

    expect(await nextBreakingChange(db, later(upAt, 1000))).toEqual(banner.endsAt);
    expect(await findCurrentBreakingBanner(db, later(upAt, minutes(30) - 1))).toMatchObject({ id: banner.id });
    expect(await findCurrentBreakingBanner(db, later(upAt, minutes(30)))).toBeNull();
    expect(await auditOf(banner.id)).toEqual([{ action: 'breaking.set', actorId: editorId }]);
    await takeDownBreakingBanner(db, editorId, banner.id);
  });

  it('is one at a time: a new one replaces the one shown, and taking it down ends it at once, each audited', async () => {
    const first = await setBreakingBanner(db, editorId, input({ duration: '3h' }));
    const second = await setBreakingBanner(db, editorId, input({ headlineKo: '두 번째 속보', duration: '1h' }));
    expect(await findCurrentBreakingBanner(db)).toMatchObject({ id: second.id, headlineKo: '두 번째 속보', headlineEn: null });
    expect((await db.breakingBanner.findUniqueOrThrow({ where: { id: first.id } })).endsAt.getTime()).toBeLessThanOrEqual(
      second.startsAt.getTime(),
    );

    expect(await takeDownBreakingBanner(db, editorId, second.id)).toBe(true);
    expect(await findCurrentBreakingBanner(db)).toBeNull();
    expect((await loadSiteFrame(db)).breaking).toBeNull();
    expect(await takeDownBreakingBanner(db, editorId, second.id)).toBe(false);
    expect(await auditOf(second.id)).toEqual([
      { action: 'breaking.set', actorId: editorId },
      { action: 'breaking.takeDown', actorId: editorId },
    ]);
  });

  it('runs until a Korea time the editor picks, which must be ahead', async () => {
    const now = new Date();
    const until = later(now, minutes(90));
    until.setUTCSeconds(0, 0);
    const banner = await setBreakingBanner(db, editorId, input({ duration: 'until', until: toKoreaDateTimeInput(until) }), now);
    expect(banner.endsAt).toEqual(until);
    await takeDownBreakingBanner(db, editorId, banner.id);

    const past = input({ duration: 'until', until: toKoreaDateTimeInput(later(now, -minutes(5))) });
    await expect(setBreakingBanner(db, editorId, past)).rejects.toEqual(new InvalidInputError({ until: ['scheduleInPast'] }));
  });

  it('links to a published article of this site or to a web page, nothing else', async () => {
    expect(input({ link: 'https://www.kma.go.kr/warning' }).link).toBe('https://www.kma.go.kr/warning');
    for (const link of ['javascript:alert(1)', 'data:text/html,x', '//evil.example/x', 'www.example.com', '/ko/sections/local'])
      expect(fieldErrorsOf({ link })).toEqual({ link: 'breakingLinkInvalid' });
    expect(fieldErrorsOf({ headlineKo: '  ' })).toEqual({ headlineKo: 'required' });
    expect(fieldErrorsOf({ duration: 'until', until: '' })).toEqual({ until: 'dateTimeInvalid' });
    await expect(setBreakingBanner(db, editorId, input({ link: '/en/articles/no-such-story' }))).rejects.toEqual(
      new InvalidInputError({ link: ['breakingArticleMissing'] }),
    );
    expect(await findCurrentBreakingBanner(db)).toBeNull();
  });

  it('is taken down at its end by the servers’ look-ahead, with nobody there', async () => {
    const changes: number[] = [];
    const stop = watchBreakingChanges({ db, everyMs: 100, changed: async () => void changes.push(Date.now()) });
    try {
      const banner = await setBreakingBanner(db, editorId, { ...input({}), ends: { at: later(new Date(), 700) } });
      // Putting it up ended the banner before it, a change too, which the watcher may act on first.
      const atOrAfterEnd = () => changes.filter((at) => at >= banner.endsAt.getTime());
      await expect.poll(() => atOrAfterEnd().length, { timeout: 3000, interval: 50 }).toBe(1);
      expect(atOrAfterEnd()[0]).toBeLessThan(banner.endsAt.getTime() + 300);
      expect(await findCurrentBreakingBanner(db)).toBeNull();
    } finally {
      stop();
    }
  });
});

const redisRunning = await testRedisRunning();

describe.skipIf(!redisRunning)(`every reader page on every server sharing Redis (${testRedisUrl})`, () => {
  const prefix = `dateline-breaking-test-${randomBytes(4).toString('hex')}:`;
  const connections: Redis[] = [];
  // Another app server: its own connection and in-process copy; only Redis is shared with this process's page cache.
  const otherServer = () => {
    const redis = new Redis(testRedisUrl, { enableOfflineQueue: false, maxRetriesPerRequest: 1 });
    redis.on('error', () => {});
    connections.push(redis);
    return new PageCache({ redis, prefix, buildId: 'build-1', maxMemoryBytes: 1024 * 1024 });
  };
  const page = (html: string): CacheValue => ({ kind: 'PAGES', html, pageData: {}, headers: undefined, status: 200 });
  const pageKey = (path: string) => `/route-cache/PAGES/${randomBytes(8).toString('hex')}/$${path}`;
  const superseded = async (server: PageCache, key: string) => (await server.read(key, readerPageTags(key)))?.superseded;

  beforeAll(() => {
    process.env.REDIS_URL = testRedisUrl;
    process.env.REDIS_KEY_PREFIX = prefix;
  });

  afterAll(async () => {
    connections.forEach((connection) => connection.disconnect());
    const redis = new Redis(testRedisUrl);
    const keys = await redis.keys(`${prefix}*`);
    if (keys.length > 0) await redis.del(keys);
    redis.disconnect();
  });

  it('supersedes every cached reader page, front, article or listing, on another server, at once', async () => {
    const { revalidateAllReaderPages } = await import('@/lib/site/revalidate');
    const other = otherServer();
    const keys = ['/ko', '/en', `/en/articles/${seedArticle.slug}`].map(pageKey);
    for (const key of keys) await other.set(key, page('<p>no banner</p>'), { revalidate: 300 });
    for (const key of keys) expect(await superseded(other, key)).toBe(false);

    await new Promise((resolve) => setTimeout(resolve, 2));
    await revalidateAllReaderPages();
    for (const key of keys) expect(await superseded(other, key)).toBe(true);

    // Rendered anew with the banner, each page is current again.
    await other.set(keys[0]!, page('<aside>속보</aside>'), { revalidate: 300 });
    expect(await superseded(other, keys[0]!)).toBe(false);
  });
});
