import { describe, expect, it, vi } from 'vitest';
import type { CacheValue } from '@/lib/cache/types';

vi.stubEnv('REDIS_URL', '');
const { default: DatelineCacheHandler } = await import('@/lib/cache/handler');
const { revalidateReaderPages } = await import('@/lib/site/revalidate');
const { cachedPath } = await import('@/lib/cache/tags');

/** How Next.js 16 names a Pages Router page in its cache. */
const storyKey = '/route-cache/PAGES/49a0be2aaf5e154c8d3c9467dfa6d01ed1a24985d38d0167fd018f842f939cf4/$/ko/articles/story';
const tick = () => new Promise((resolve) => setTimeout(resolve, 2));

describe('the cache handler Next.js loads', () => {
  it('gives a reader page back to every handler of the process, until its address is revalidated by the app', async () => {
    const page: CacheValue = { kind: 'PAGES', html: '<p>기사</p>', pageData: {}, status: 200 };
    await new DatelineCacheHandler({}).set(storyKey, page, { cacheControl: { revalidate: 300 } });
    const stored = await new DatelineCacheHandler({}).get(storyKey, { kind: 'PAGES' });
    expect(stored?.value).toEqual(page);
    expect(stored?.cacheControl).toEqual({ revalidate: 300 });

    await tick();
    await revalidateReaderPages(['/ko/articles/other']);
    expect(await new DatelineCacheHandler({}).get(storyKey, { kind: 'PAGES' })).not.toBeNull();
    await revalidateReaderPages(['/ko/articles/story']);
    expect(await new DatelineCacheHandler({}).get(storyKey, { kind: 'PAGES' })).toBeNull();
  });

  it('revalidates route responses by the tags Next.js gives them, a single tag or several', async () => {
    const handler = new DatelineCacheHandler({});
    const route: CacheValue = { kind: 'APP_ROUTE', body: Buffer.from('<rss/>'), status: 200, headers: { 'x-next-cache-tags': '_N_T_/ko/rss.xml' } };
    await handler.set('/ko/rss.xml', route, {});
    await tick();
    await handler.revalidateTag(['_N_T_/ko/rss.xml', '_N_T_/en/rss.xml']);
    expect(await handler.get('/ko/rss.xml', { kind: 'APP_ROUTE' })).toBeNull();
  });
});

describe('the address of a cached page', () => {
  it('is read from Next.js’s route-cache key, and a plain address is taken as it is', () => {
    expect(cachedPath('/route-cache/PAGES/49a0be2aaf5e154c8d3c9467dfa6d01ed1a24985d38d0167fd018f842f939cf4/$/ko/articles/story')).toBe('/ko/articles/story');
    expect(cachedPath('/ko/articles/story')).toBe('/ko/articles/story');
  });
});
