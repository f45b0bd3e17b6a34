import { readFileSync } from 'node:fs';
import path from 'node:path';
import { getRedis, redisKeyPrefix } from '@/lib/rate-limit/redis';
import { contentSecurityPolicyFor } from '@/lib/security/csp';
import { PageCache } from './page-cache';
import type { CacheControl, CacheEntry, CacheValue } from './types';

type HandlerContext = { serverDistDir?: string; maxMemoryCacheSize?: number };
type GetContext = { kind: string; tags?: string[]; softTags?: string[] };
type SetContext = { cacheControl?: CacheControl };

/** The in-process copy's bound when Next.js gives none (its own default for `cacheMaxMemorySize`). */
const defaultMaxMemoryBytes = 50 * 1024 * 1024;

// Next.js makes a handler per request; the cache and its connection belong to the process.
let processCache: PageCache | undefined;

/** The build's id (from `.next/BUILD_ID`), which scopes every stored page to the build that rendered it. */
function buildIdOf(serverDistDir: string | undefined): string {
  if (!serverDistDir) return 'unbuilt';
  try {
    return readFileSync(path.join(serverDistDir, '..', 'BUILD_ID'), 'utf8').trim();
  } catch {
    return 'unbuilt';
  }
}

function pageCache({ serverDistDir, maxMemoryCacheSize }: HandlerContext): PageCache {
  const url = process.env.REDIS_URL;
  processCache ??= new PageCache({
    redis: url ? getRedis(url) : null,
    prefix: redisKeyPrefix(),
    buildId: buildIdOf(serverDistDir),
    maxMemoryBytes: maxMemoryCacheSize ?? defaultMaxMemoryBytes,
  });
  return processCache;
}

/**
 * The `cacheHandler` of next.config.js (loaded through ./next-cache-handler.mjs): Next.js's page cache in
 * Redis when REDIS_URL is set, shared by every app server, else in this process.
 */
export default class DatelineCacheHandler {
  private readonly cache: PageCache;

  constructor(context: HandlerContext) {
    this.cache = pageCache(context);
  }

  get(key: string, context: GetContext): Promise<CacheEntry | null> {
    return this.cache.get(key, [...(context.tags ?? []), ...(context.softTags ?? [])]);
  }

  async set(key: string, value: CacheValue | null, context: SetContext): Promise<void> {
    // A cached page's inline scripts never change, so their hashes make its script policy; set on the
    // entry Next.js is about to send too, so the first response carries it as well as every cached one.
    if (value?.kind === 'APP_PAGE' && typeof value.html === 'string') {
      value.headers = { ...value.headers, 'content-security-policy': contentSecurityPolicyFor(value.html) };
    }
    await this.cache.set(key, value, context.cacheControl);
  }

  revalidateTag(tags: string | string[]): Promise<void> {
    return this.cache.revalidateTags(typeof tags === 'string' ? [tags] : tags);
  }

  resetRequestCache(): void {}
}
