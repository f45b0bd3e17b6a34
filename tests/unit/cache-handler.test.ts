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
  it('gives a reader page back to every handler of the process, and once its address is revalidated, as due for a render before use', async () => {
    const page: CacheValue = { kind: 'PAGES', html: '<p>기사</p>', pageData: {}, status: 200 };
    await new DatelineCacheHandler({}).set(storyKey, page, { cacheControl: { revalidate: 300 } });
    const stored = await new DatelineCacheHandler({}).get(storyKey, { kind: 'PAGES' });
    expect(stored?.value).toEqual(page);
    expect(stored?.cacheControl).toEqual({ revalidate: 300 });
    expect(stored?.lastModified).toBeGreaterThan(0);

    await tick();
    await revalidateReaderPages(['/ko/articles/other']);
    expect((await new DatelineCacheHandler({}).get(storyKey, { kind: 'PAGES' }))?.lastModified).toBe(stored?.lastModified);
    await revalidateReaderPages(['/ko/articles/story']);
    // The last good copy stays: Next.js renders the page before answering, and keeps this copy if that fails.
    expect(await new DatelineCacheHandler({}).get(storyKey, { kind: 'PAGES' })).toEqual({ ...stored, lastModified: -1 });

    // Stored again, by a new render or by Next.js keeping the copy after a failed one: current until the next revalidation.
    await tick();
    await new DatelineCacheHandler({}).set(storyKey, page, { cacheControl: { revalidate: 30 } });
    expect((await new DatelineCacheHandler({}).get(storyKey, { kind: 'PAGES' }))?.lastModified).toBeGreaterThan(stored!.lastModified);
  });

  it('revalidates route responses by the tags Next.js gives them, a single tag or several', async () => {
    const handler = new DatelineCacheHandler({});
    const feed = (locale: string): CacheValue => ({
      kind: 'APP_ROUTE',
      body: Buffer.from('<rss/>'),
      status: 200,
      headers: { 'x-next-cache-tags': `_N_T_/${locale}/rss.xml` },
    });
    await handler.set('/ko/rss.xml', feed('ko'), {});
    await handler.set('/en/rss.xml', feed('en'), {});
    await tick();
    await handler.revalidateTag('_N_T_/ko/rss.xml');
    expect(await handler.get('/ko/rss.xml', { kind: 'APP_ROUTE' })).toMatchObject({ lastModified: -1, value: feed('ko') });
    expect((await handler.get('/en/rss.xml', { kind: 'APP_ROUTE' }))?.lastModified).toBeGreaterThan(0);
    await handler.revalidateTag(['_N_T_/ko/rss.xml', '_N_T_/en/rss.xml']);
    expect(await handler.get('/en/rss.xml', { kind: 'APP_ROUTE' })).toMatchObject({ lastModified: -1, value: feed('en') });
  });

  it('fetches a revalidated fetch anew rather than handing it back', async () => {
    const handler = new DatelineCacheHandler({});
    const fetched: CacheValue = { kind: 'FETCH', data: { body: '[]', headers: {}, url: 'https://x' }, tags: ['sections'], revalidate: 60 };
    await handler.set('fetch-sections', fetched, {});
    expect((await handler.get('fetch-sections', { kind: 'FETCH' }))?.value).toEqual(fetched);
    await tick();
    await handler.revalidateTag('sections');
    expect(await handler.get('fetch-sections', { kind: 'FETCH' })).toBeNull();
  });
});

describe('the address of a cached page', () => {
  it('is read from Next.js’s route-cache key, and a plain address is taken as it is', () => {
    expect(cachedPath('/route-cache/PAGES/49a0be2aaf5e154c8d3c9467dfa6d01ed1a24985d38d0167fd018f842f939cf4/$/ko/articles/story')).toBe(
      '/ko/articles/story',
    );
    expect(cachedPath('/ko/articles/story')).toBe('/ko/articles/story');
  });
});
