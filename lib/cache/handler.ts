import { processPageCache } from './process-cache';
import { cachedPath, pathTag } from './tags';
import type { CacheControl, CacheEntry, CacheValue } from './types';

type HandlerContext = { maxMemoryCacheSize?: number };
type GetContext = { kind: string; tags?: string[]; softTags?: string[] };
type SetContext = { cacheControl?: CacheControl };

/**
 * The `cacheHandler` of next.config.js (built to build/cache-handler.mjs): Next.js's page cache in
 * Redis when REDIS_URL is set, shared by every app server, else in this process.
 */
export default class DatelineCacheHandler {
  constructor(private readonly context: HandlerContext) {}

  get(key: string, { kind, tags = [], softTags = [] }: GetContext): Promise<CacheEntry | null> {
    // Reader pages (pages/) name no tags of their own: the address they are stored under is their tag.
    const implicit = kind === 'PAGES' ? [pathTag(cachedPath(key))] : [];
    return this.cache().get(key, [...tags, ...softTags, ...implicit]);
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
