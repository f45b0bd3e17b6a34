/**
 * The page cache leans on behaviour of Next.js that is not a documented API (lib/cache/handler.ts, lib/cache/tags.ts).
 * These tests run it against the installed Next.js's own modules, so an upgrade that changes it fails here, with
 * the reason, rather than as stale or missing pages in production.
 */
import { createRequire } from 'node:module';
import { describe, expect, it, vi } from 'vitest';
import type { CacheValue } from '@/lib/cache/types';

vi.stubEnv('REDIS_URL', '');
const { default: DatelineCacheHandler } = await import('@/lib/cache/handler');
const { cachedPath, pathTag } = await import('@/lib/cache/tags');
const { revalidateReaderPages } = await import('@/lib/site/revalidate');

// Next.js's internals, by their paths in the installed version: a move or rename fails these tests at once.
const require = createRequire(import.meta.url);
const { getResponseCacheOwner, getRouteCacheKey } = require('next/dist/server/lib/route-cache-key.js');
const { NEXT_CACHE_IMPLICIT_TAG_ID } = require('next/dist/lib/constants.js');
const { IncrementalCache } = require('next/dist/server/lib/incremental-cache/index.js');
const { default: ResponseCache } = require('next/dist/server/response-cache/index.js');
const { default: RenderResult } = require('next/dist/server/render-result.js');

const articleRoute = { kind: 'PAGES', pathname: '/[locale]/articles/[slug]', page: '/[locale]/articles/[slug]' };
const tick = () => new Promise((resolve) => setTimeout(resolve, 2));

/** Next.js's caches as its server builds them for a Pages Router page, with the app's cacheHandler underneath. */
function nextCaches() {
  const incrementalCache = new IncrementalCache({
    dev: false,
    minimalMode: false,
    requestHeaders: {},
    maxMemoryCacheSize: 0,
    previewProps: { previewModeId: 'test', previewModeSigningKey: 'test', previewModeEncryptionKey: 'test' },
    prerenderManifest: { version: 4, routes: {}, dynamicRoutes: {}, notFoundRoutes: [], preview: {} },
    fetchCacheKeyPrefix: '',
    CurCacheHandler: DatelineCacheHandler,
  });
  const owner = getResponseCacheOwner(articleRoute);
  return { incrementalCache, owner, responseCache: new ResponseCache({ minimalMode: false, route: owner }) };
}

/** A render of the page, as the Pages Router hands it to the response cache. */
function rendered(html: string) {
  return async () => ({
    value: { kind: 'PAGES', html: RenderResult.fromStatic(html, 'text/html'), pageData: {}, status: 200 },
    cacheControl: { revalidate: 300 },
  });
}

async function htmlOf(entry: { value: { html: { toUnchunkedString: () => string } } } | null) {
  return entry?.value.html.toUnchunkedString();
}

describe('Next.js behaviour the page cache relies on', () => {
  it('names a Pages Router page in its cache by its address, as cachedPath() reads it', () => {
    const key = getRouteCacheKey('/ko/articles/story', getResponseCacheOwner(articleRoute));
    expect(cachedPath(key)).toBe('/ko/articles/story');
  });

  it('tags everything stored for an address with the implicit tag pathTag() makes', () => {
    expect(pathTag('/ko/articles/story')).toBe(`${NEXT_CACHE_IMPLICIT_TAG_ID}/ko/articles/story`);
  });

  it('renders a revalidated page (lastModified -1) before answering, and keeps the last good copy when that render fails', async () => {
    const { incrementalCache, owner, responseCache } = nextCaches();
    const path = '/ko/articles/seams';
    const page: CacheValue = { kind: 'PAGES', html: '<h1>처음</h1>', pageData: {}, status: 200 };
    await new DatelineCacheHandler({}).set(getRouteCacheKey(path, owner), page, { cacheControl: { revalidate: 300 } });
    const get = (render: () => Promise<unknown>) =>
      responseCache.get(path, render, { incrementalCache, isRoutePPREnabled: false, isFallback: false });

    expect(await htmlOf(await get(rendered('<h1>다시</h1>')))).toBe('<h1>처음</h1>');

    await tick();
    await revalidateReaderPages([path]);
    expect(await htmlOf(await get(rendered('<h1>고친 제목</h1>')))).toBe('<h1>고친 제목</h1>');

    await tick();
    await revalidateReaderPages([path]);
    await expect(get(() => Promise.reject(new Error('database down')))).rejects.toThrow('database down');
    const kept = await incrementalCache.get(path, { kind: 'PAGES', isRoutePPREnabled: false, isFallback: false, route: owner });
    expect(kept.value.html).toBe('<h1>고친 제목</h1>');
    expect(kept.isStale).not.toBe(-1);
  });
});
