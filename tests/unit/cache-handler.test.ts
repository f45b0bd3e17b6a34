import { describe, expect, it, vi } from 'vitest';
import type { CacheValue } from '@/lib/cache/types';

vi.mock('@/lib/security/csp', () => ({ contentSecurityPolicyFor: (html: string) => `script-src 'sha256-of:${html.length}'` }));
vi.stubEnv('REDIS_URL', '');
const { default: DatelineCacheHandler } = await import('@/lib/cache/handler');

describe('the cache handler Next.js loads', () => {
  it('stores a page with its script policy, on the very entry Next.js sends first', async () => {
    const handler = new DatelineCacheHandler({});
    const value: CacheValue = { kind: 'APP_PAGE', html: '<script>1</script>', headers: { 'x-next-cache-tags': '_N_T_/ko' }, status: 200 };
    await handler.set('/ko', value, { cacheControl: { revalidate: 60 } });
    const expected = { 'x-next-cache-tags': '_N_T_/ko', 'content-security-policy': "script-src 'sha256-of:18'" };
    expect(value.headers).toEqual(expected);
    const stored = await new DatelineCacheHandler({}).get('/ko', { kind: 'APP_PAGE' });
    expect(stored?.value).toMatchObject({ headers: expected });
    expect(stored?.cacheControl).toEqual({ revalidate: 60 });
  });

  it('leaves route responses and fetches without one, and revalidates a single tag or several', async () => {
    const handler = new DatelineCacheHandler({});
    const route: CacheValue = { kind: 'APP_ROUTE', body: Buffer.from('<rss/>'), status: 200, headers: { 'x-next-cache-tags': '_N_T_/ko/rss.xml' } };
    await handler.set('/ko/rss.xml', route, {});
    expect(route.headers).toEqual({ 'x-next-cache-tags': '_N_T_/ko/rss.xml' });
    await new Promise((resolve) => setTimeout(resolve, 2));
    await handler.revalidateTag('_N_T_/ko/rss.xml');
    expect(await handler.get('/ko/rss.xml', { kind: 'APP_ROUTE' })).toBeNull();
  });
});
