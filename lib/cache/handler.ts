import '#server-only';
import { appMetrics } from '@/lib/metrics/registry';
import { processPageCache } from './process-cache';
import type { StoredEntry } from './page-cache';
import { cachedPath, pathTag, readerPagesTag } from './tags';
import type { CacheControl, CacheEntry, CacheValue } from './types';

type HandlerContext = { maxMemoryCacheSize?: number };
type GetContext = { kind: string; tags?: string[]; softTags?: string[] };
type SetContext = { cacheControl?: CacheControl };

/**
 * What Next.js is given for a stored entry. A superseded page or route comes back with `lastModified` -1, which
 * Next.js 16's IncrementalCache reads as past its expiry (isStale -1): its ResponseCache then renders it anew
 * before answering, so a change shows on the very next view, and if that render fails it stores this copy again
 * and serves it to later requests (`retainPreviousCacheEntry`, retried in the background after 3 to 30 s) instead
 * of failing every request until a render succeeds, as a miss would. The request whose render failed gets the same
 * copy from the error page (lib/cache/last-good-copy.ts). A superseded fetch is a miss: its data is fetched anew.
 */
export function forNext(kind: string, stored: StoredEntry | null): CacheEntry | null {
  if (!stored?.superseded) return stored?.entry ?? null;
  return kind === 'FETCH' ? null : { ...stored.entry, lastModified: -1 };
}

/**
 * The tags of a reader page (pages/) stored under `key`, which names none of its own: its address, and the tag all
 * reader pages share, which supersedes them at once (a breaking banner).
 */
export function readerPageTags(key: string): string[] {
  return [pathTag(cachedPath(key)), readerPagesTag];
}

/**
 * The `cacheHandler` of next.config.js (built to build/cache-handler.mjs): Next.js's page cache in
 * Redis when REDIS_URL is set, shared by every app server, else in this process.
 */
export default class DatelineCacheHandler {
  constructor(private readonly context: HandlerContext) {}

  async get(key: string, { kind, tags = [], softTags = [] }: GetContext): Promise<CacheEntry | null> {
    const implicit = kind === 'PAGES' ? readerPageTags(key) : [];
    const stored = await this.cache().read(key, [...tags, ...softTags, ...implicit]);
    appMetrics().cacheReads.inc({ kind: kind.toLowerCase(), result: stored === null ? 'miss' : stored.superseded ? 'superseded' : 'hit' });
    return forNext(kind, stored);
  }

  set(key: string, value: CacheValue | null, { cacheControl }: SetContext): Promise<void> {
    return this.cache().set(key, value, cacheControl);
  }

  revalidateTag(tags: string | string[]): Promise<void> {
    return this.cache().revalidateTags(typeof tags === 'string' ? [tags] : tags);
  }

  resetRequestCache(): void {}

  private cache() {
    return processPageCache(this.context.maxMemoryCacheSize);
  }
}
