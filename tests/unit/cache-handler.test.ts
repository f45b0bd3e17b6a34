import { describe, expect, it, vi } from 'vitest';
import type { CacheValue } from '@/lib/cache/types';

vi.stubEnv('REDIS_URL', '');
const { default: DatelineCacheHandler } = await import('@/lib/cache/handler');
const { revalidateReaderPages } = await import('@/lib/site/revalidate');

const tick = () => new Promise((resolve) => setTimeout(resolve, 2));

describe('the cache handler Next.js loads', () => {
  it('gives a reader page back to every handler of the process, until its address is revalidated by the app', async () => {
    const page: CacheValue = { kind: 'PAGES', html: '<p>기사</p>', pageData: {}, status: 200 };
    await new DatelineCacheHandler({}).set('/ko/articles/story', page, { cacheControl: { revalidate: 300 } });
    const stored = await new DatelineCacheHandler({}).get('/ko/articles/story', { kind: 'PAGES' });
    expect(stored?.value).toEqual(page);
    expect(stored?.cacheControl).toEqual({ revalidate: 300 });

    await tick();
    await revalidateReaderPages(['/ko/articles/other']);
    expect(await new DatelineCacheHandler({}).get('/ko/articles/story', { kind: 'PAGES' })).not.toBeNull();
    await revalidateReaderPages(['/ko/articles/story']);
    expect(await new DatelineCacheHandler({}).get('/ko/articles/story', { kind: 'PAGES' })).toBeNull();
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
