import type { ServerResponse } from 'node:http';
import { describe, expect, it, vi } from 'vitest';
import type { CacheValue } from '@/lib/cache/types';

vi.stubEnv('REDIS_URL', '');
const { answerWithLastGoodCopy } = await import('@/lib/cache/last-good-copy');
const { processPageCache } = await import('@/lib/cache/process-cache');
const { revalidateReaderPages } = await import('@/lib/site/revalidate');

const pagesKey = (path: string) => `/route-cache/PAGES/49a0be2aaf5e154c8d3c9467dfa6d01ed1a24985d38d0167fd018f842f939cf4/$${path}`;
const tick = () => new Promise((resolve) => setTimeout(resolve, 2));

/** What the error page's response is left with. */
function response() {
  const sent = { statusCode: 500, headers: {} as Record<string, string>, body: undefined as string | undefined };
  const res = {
    set statusCode(code: number) {
      sent.statusCode = code;
    },
    setHeader: (name: string, value: string) => (sent.headers[name.toLowerCase()] = value),
    end: (body: string) => (sent.body = body),
  } as unknown as ServerResponse;
  return { res, sent };
}

describe('the last good copy of a page whose render failed', () => {
  it('is sent as the page, though superseded, and only for its own address', async () => {
    const page: CacheValue = { kind: 'PAGES', html: '<h1>고치기 전 제목</h1>', pageData: {}, status: 200 };
    await processPageCache().set(pagesKey('/ko/articles/saved'), page, { revalidate: 300 });
    await tick();
    await revalidateReaderPages(['/ko/articles/saved']);

    const { res, sent } = response();
    expect(answerWithLastGoodCopy(res, '/ko/articles/saved')).toBe(true);
    expect(sent).toEqual({
      statusCode: 200,
      headers: { 'cache-control': 'no-store', 'content-type': 'text/html; charset=utf-8' },
      body: page.html,
    });

    const other = response();
    expect(answerWithLastGoodCopy(other.res, '/ko/articles/saved-too')).toBe(false);
    expect(other.sent).toEqual({ statusCode: 500, headers: {}, body: undefined });
  });

  it('is nothing for a page that was never rendered well: a cached 404, or a route response at the address', async () => {
    await processPageCache().set(pagesKey('/ko/articles/gone'), null, { revalidate: 300 });
    await processPageCache().set('/ko/rss.xml', { kind: 'APP_ROUTE', body: Buffer.from('<rss/>'), status: 200 }, { revalidate: 60 });
    expect(answerWithLastGoodCopy(response().res, '/ko/articles/gone')).toBe(false);
    expect(answerWithLastGoodCopy(response().res, '/ko/rss.xml')).toBe(false);
  });
});
