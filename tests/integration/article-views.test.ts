import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { bodyFromParagraphs } from '@/lib/articles/body';
import { listArticlesForStaff } from '@/lib/articles/staff-listing';
import { articleTextRecord } from '@/lib/articles/text-record';
import type { Database } from '@/lib/db/client';
import { getRedis } from '@/lib/runtime/redis';
import { viewsPerReaderHour } from '@/lib/views/count-view';
import { findMostRead } from '@/lib/views/ranking';
import { GET as viewRoute } from '@/pages/api/articles/[slug]/view';
import { RedisViewStore } from '@/lib/views/redis-view-store';
import { newsroomViews } from '@/lib/views/staff-view-counts';
import { getViewCounter, ViewCounter, type HourViews } from '@/lib/views/view-counter';
import { MemoryViewStore } from '@/lib/views/view-store';
import { addViews } from '@/lib/views/view-table';
import { ownTestDatabase } from '../support/own-database';
import { testRedisRunning, testRedisUrl } from '../support/test-redis';

vi.mock('@/lib/runtime/database', async (importOriginal) => ({ ...(await importOriginal<object>()), getDatabase: () => own.db }));

const own = ownTestDatabase('article-views');
let db: Database;
const redisRunning = await testRedisRunning();

async function addArticle(slug: string, { english = true, status = 'PUBLISHED' as 'PUBLISHED' | 'DRAFT' } = {}) {
  const text = (locale: 'ko' | 'en') => ({
    locale,
    headline: `${slug} (${locale})`,
    subtitles: [],
    datelineCity: '서울',
    datelineOutlet: '데이트라인',
    body: bodyFromParagraphs(['본문']),
  });
  const texts = english ? [text('ko'), text('en')] : [text('ko')];
  return db.article.create({
    data: {
      slug,
      status,
      publishedAt: status === 'PUBLISHED' ? new Date(Date.now() - 3_600_000) : null,
      texts: { create: texts.map(articleTextRecord) },
    },
  });
}

const memoryCounter = () => new ViewCounter({ shared: null, local: new MemoryViewStore() });
const flushInto = (counter: ViewCounter) => counter.flush((views) => addViews(db, views));
const slugsOf = (items: { slug: string }[]) => items.map((item) => item.slug);

/** `readers` different readers each open `slug` twice. */
async function read(counter: ViewCounter, slug: string, readers: number, from = 0) {
  for (let reader = from; reader < from + readers; reader++) {
    await counter.count(slug, `reader-${reader}`);
    await counter.count(slug, `reader-${reader}`);
  }
}

beforeAll(async () => {
  db = own.db;
});
beforeEach(async () => {
  await db.$executeRaw`TRUNCATE article_views`;
});

describe('article views without Redis', () => {
  it('are counted once per reader and hour in memory, written by the flush and ranked, in the page’s language only', async () => {
    await Promise.all([addArticle('memory-most'), addArticle('memory-korean-only', { english: false }), addArticle('memory-least')]);
    await addArticle('memory-draft', { status: 'DRAFT' });
    const counter = memoryCounter();
    await read(counter, 'memory-most', 3);
    await read(counter, 'memory-korean-only', 2);
    await read(counter, 'memory-least', 1);
    await read(counter, 'memory-draft', 5);
    await read(counter, 'no-such-article', 5);

    expect(await flushInto(counter)).toBe(16);
    const rows = await db.$queryRaw<{ slug: string; views: number }[]>`
      SELECT a.slug, v.views FROM article_views v JOIN articles a ON a.id = v.article_id ORDER BY v.views DESC, a.slug`;
    expect(rows).toEqual([
      { slug: 'memory-draft', views: 5 },
      { slug: 'memory-most', views: 3 },
      { slug: 'memory-korean-only', views: 2 },
      { slug: 'memory-least', views: 1 },
    ]);

    const korean = await findMostRead(db, 'ko');
    expect(slugsOf(korean.day)).toEqual(['memory-most', 'memory-korean-only', 'memory-least']);
    expect(korean.day[0]!.headline).toBe('memory-most (ko)');
    const english = await findMostRead(db, 'en');
    expect(slugsOf(english.day)).toEqual(['memory-most', 'memory-least']);
    expect(english.day[0]!.headline).toBe('memory-most (en)');
  });

  it('add up across flushes, and the day and the week rank apart', async () => {
    const [old, fresh] = await Promise.all([addArticle('week-old-favourite'), addArticle('today-favourite')]);
    const threeDaysAgo = new Date(Math.floor((Date.now() - 3 * 86_400_000) / 3_600_000) * 3_600_000);
    await addViews(db, [{ slug: old.slug, hour: threeDaysAgo, views: 50 }]);
    await addViews(db, [{ slug: old.slug, hour: threeDaysAgo, views: 50 }]);
    const counter = memoryCounter();
    await read(counter, fresh.slug, 4);
    await read(counter, old.slug, 1, 100);
    await flushInto(counter);
    await read(counter, fresh.slug, 2, 4);
    await flushInto(counter);

    const ranking = await findMostRead(db, 'ko');
    expect(slugsOf(ranking.day)).toEqual(['today-favourite', 'week-old-favourite']);
    expect(slugsOf(ranking.week)).toEqual(['week-old-favourite', 'today-favourite']);

    const staff = { id: randomUUID(), role: 'EDITOR' as const, deskId: null };
    const listed = await listArticlesForStaff(db, staff, {});
    expect(listed.items.find((row) => row.id === fresh.id)?.views).toEqual({ today: 6, week: 6 });
    expect(listed.items.find((row) => row.id === old.id)?.views.week).toBe(101);
    const dashboard = await newsroomViews(db);
    expect(dashboard.totals.week).toBe(107);
    expect(dashboard.mostRead.map((row) => [row.id, row.week])).toEqual([
      [old.id, 101],
      [fresh.id, 6],
    ]);
  });
});

describe.skipIf(!redisRunning)(`article views in Redis (${testRedisUrl})`, () => {
  const redis = getRedis(testRedisUrl);
  afterAll(() => redis.disconnect());
  /** Two app instances: each its own counter and memory, one Redis under one prefix. */
  const instances = async () => {
    if (redis.status !== 'ready') await once(redis, 'ready');
    const prefix = `dateline-test-views-${randomUUID()}:`;
    const instance = () => new ViewCounter({ shared: new RedisViewStore(redis, prefix), local: new MemoryViewStore() });
    return [instance(), instance()] as const;
  };

  it('count a reader once per article and hour whichever instance serves them', async () => {
    await addArticle('redis-shared');
    const [first, second] = await instances();
    expect(await first.count('redis-shared', 'reader-1')).toBe(true);
    expect(await second.count('redis-shared', 'reader-1')).toBe(false);
    expect(await second.count('redis-shared', 'reader-2')).toBe(true);
    expect(await first.count('redis-shared', 'reader-2')).toBe(false);

    expect(await flushInto(second)).toBe(2);
    expect(await flushInto(first)).toBe(0);
    expect(slugsOf((await findMostRead(db, 'ko')).day)).toEqual(['redis-shared']);
  });

  it('are written exactly once when both instances flush at the same moment', async () => {
    await addArticle('redis-concurrent');
    const [first, second] = await instances();
    await Promise.all(
      Array.from({ length: 40 }, (_, reader) => (reader % 2 ? first : second).count('redis-concurrent', `reader-${reader}`)),
    );
    const flushed = await Promise.all([flushInto(first), flushInto(second)]);
    expect(flushed[0] + flushed[1]).toBe(40);
    const written = await db.$queryRaw<{ views: number }[]>`SELECT sum(views)::int AS views FROM article_views`;
    expect(written[0]?.views).toBe(40);
  });

  it('stay in Redis when PostgreSQL refuses them, for the next flush of any instance', async () => {
    await addArticle('redis-retried');
    const [first, second] = await instances();
    await first.count('redis-retried', 'reader-1');
    await expect(first.flush(() => Promise.reject(new Error('PostgreSQL is down')))).rejects.toThrow('PostgreSQL is down');
    expect(await flushInto(second)).toBe(1);
  });
});

describe('the view beacon (pages/api/articles/[slug]/view)', () => {
  afterEach(() => vi.unstubAllEnvs());
  const chrome = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Safari/537.36';
  const browser = { 'user-agent': chrome, 'accept-language': 'ko', 'sec-fetch-dest': 'image', 'sec-fetch-site': 'same-origin' };
  const beacon = (slug: string, headers: Record<string, string>) =>
    viewRoute(new Request(`http://localhost/api/articles/${slug}/view`, { headers }), { slug });

  it('answers everyone a pixel no one keeps, and counts a browser once an hour and a crawler never', async () => {
    vi.stubEnv('IP_HASH_SECRET', 'test-secret');
    vi.stubEnv('REDIS_URL', '');
    const answers = [
      await beacon('beacon-viewed', { ...browser, 'x-forwarded-for': '203.0.113.7' }),
      await beacon('beacon-viewed', { ...browser, 'x-forwarded-for': '203.0.113.7' }),
      await beacon('beacon-viewed', {
        ...browser,
        'user-agent': 'Mozilla/5.0 (compatible; bingbot/2.0)',
        'x-forwarded-for': '203.0.113.8',
      }),
    ];
    for (const answer of answers) {
      expect(answer.status).toBe(200);
      expect(answer.headers.get('content-type')).toBe('image/gif');
      expect(answer.headers.get('cache-control')).toBe('no-store');
      expect((await answer.arrayBuffer()).byteLength).toBe(42);
    }
    const written: HourViews[] = [];
    await getViewCounter().flush(async (views) => void written.push(...views));
    expect(written.map(({ slug, views }) => [slug, views])).toEqual([['beacon-viewed', 1]]);
  });

  it('counts no more than its allowance from one address, however many articles it claims to read', async () => {
    vi.stubEnv('IP_HASH_SECRET', 'test-secret');
    vi.stubEnv('REDIS_URL', '');
    const flood = { ...browser, 'x-forwarded-for': '198.51.100.9' };
    for (let i = 0; i <= viewsPerReaderHour; i++) expect((await beacon(`invented-${i}`, flood)).status).toBe(200);
    const written: HourViews[] = [];
    await getViewCounter().flush(async (views) => void written.push(...views));
    expect(written.filter(({ slug }) => slug.startsWith('invented-'))).toHaveLength(viewsPerReaderHour);
    const reader = { ...browser, 'x-forwarded-for': '198.51.100.10' };
    await beacon('invented-0', reader);
    await getViewCounter().flush(async (views) => void written.push(...views));
    expect(written.at(-1)).toMatchObject({ slug: 'invented-0', views: 1 });
  });

  it('refuses an address no article can have', async () => {
    expect((await beacon('../../etc', browser)).status).toBe(400);
  });
});
