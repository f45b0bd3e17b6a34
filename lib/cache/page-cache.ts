import '#server-only';
import type { Redis } from 'ioredis';
import { reportRedisUnavailable } from '@/lib/runtime/redis';
import { entrySize, entryTags, lifetimeSeconds, maxLifetimeSeconds } from './entry-facts';
import { MemoryLru } from './memory-lru';
import { redisCacheStore, type RedisCacheStore } from './redis-store';
import { cachedPath } from './tags';
import type { CacheControl, CacheEntry, CacheValue } from './types';

/** A Redis command slower than this counts as Redis being down: a page is never kept waiting on the cache. */
const redisTimeoutMs = 500;

export type PageCacheOptions = {
  /** The shared store; null keeps everything in this process. */
  redis: Redis | null;
  prefix: string;
  buildId: string;
  maxMemoryBytes: number;
  now?: () => number;
};

/** A stored entry, and whether one of its tags was revalidated since it was made: then it is only the last good copy. */
export type StoredEntry = { entry: CacheEntry; superseded: boolean };

/**
 * Next.js's page and fetch cache, shared by every app server through Redis and mirrored in this process.
 * A revalidated tag is written to Redis with its time; every read compares the entry's tags' times with the
 * entry's own, so a page revalidated on one server is rendered anew on the next request to any server. The
 * in-process copy is served only once Redis confirms it is still the current entry (one small round trip),
 * or while Redis is unreachable, when this process's copies and revalidations are all there is.
 */
export class PageCache {
  private readonly memory: MemoryLru<CacheEntry>;
  private readonly store: RedisCacheStore | null;
  private readonly localTagTimes = new Map<string, number>();
  private readonly now: () => number;
  private firstConnection: Promise<unknown> | undefined;

  constructor(private readonly options: PageCacheOptions) {
    this.memory = new MemoryLru(options.maxMemoryBytes, entrySize);
    this.store = options.redis && redisCacheStore(options.redis, options);
    this.now = options.now ?? Date.now;
  }

  /** The entry, unless a revalidation superseded it. */
  async get(key: string, requestTags: readonly string[] = []): Promise<CacheEntry | null> {
    const stored = await this.read(key, requestTags);
    return stored && !stored.superseded ? stored.entry : null;
  }

  /** The entry, superseded or not: a revalidation leaves it stored until a new render replaces it. */
  async read(key: string, requestTags: readonly string[] = []): Promise<StoredEntry | null> {
    const local = this.memory.get(key);
    const shared = await this.shared((store) => this.readShared(store, key, local, requestTags));
    if (shared !== undefined) return shared;
    return local ? this.judged(local, requestTags, []) : null;
  }

  /** The HTML of the reader page this process holds for an address, current or superseded: its last good copy. */
  pageHtml(path: string): string | undefined {
    for (const [key, { value }] of this.memory.entries()) {
      if (value?.kind === 'PAGES' && typeof value.html === 'string' && cachedPath(key) === path) return value.html;
    }
    return undefined;
  }

  /** `madeAt`: when the data was read, if before now; a revalidation since then leaves the entry stale at once. */
  async set(key: string, value: CacheValue | null, cacheControl: CacheControl | undefined, madeAt = this.now()): Promise<void> {
    const entry: CacheEntry = { lastModified: madeAt, value, ...(cacheControl && { cacheControl }) };
    this.memory.set(key, entry);
    await this.shared((store) => store.write(key, entry, lifetimeSeconds(cacheControl)));
  }

  /**
   * Every entry with one of these tags made before now is superseded: its next request renders it anew, and it stays
   * stored as the last good copy until a render replaces it. A stale-while-revalidate profile is treated the same
   * way: a reader sees the change at once.
   */
  async revalidateTags(tags: readonly string[]): Promise<void> {
    const at = this.now();
    for (const [tag, time] of this.localTagTimes) if (time < at - maxLifetimeSeconds * 1000) this.localTagTimes.delete(tag);
    for (const tag of tags) this.localTagTimes.set(tag, at);
    await this.shared((store) => store.markRevalidated(tags, at));
  }

  private async readShared(store: RedisCacheStore, key: string, local: CacheEntry | undefined, requestTags: readonly string[]) {
    if (local) {
      const { lastModified, tagTimes } = await store.stamp(key, entryTags(local, requestTags));
      if (lastModified === local.lastModified) return this.judged(local, requestTags, tagTimes);
      if (lastModified === null) {
        this.memory.delete(key);
        return null;
      }
    }
    const entry = await store.read(key);
    if (!entry) return null;
    this.memory.set(key, entry);
    return this.judged(entry, requestTags, await store.tagTimes(entryTags(entry, requestTags)));
  }

  /** Superseded when a tag of the entry was revalidated since it was made, by this process or (`sharedTimes`, in tag order) any other. */
  private judged(entry: CacheEntry, requestTags: readonly string[], sharedTimes: readonly number[]): StoredEntry {
    const superseded = entryTags(entry, requestTags).some(
      (tag, i) => Math.max(this.localTagTimes.get(tag) ?? 0, sharedTimes[i] ?? 0) > entry.lastModified,
    );
    return { entry, superseded };
  }

  /** Runs a Redis operation; undefined when there is no Redis or it failed (warned about once per outage). */
  private async shared<T>(operation: (store: RedisCacheStore) => Promise<T>): Promise<T | undefined> {
    if (!this.store || !this.options.redis) return undefined;
    this.firstConnection ??= connected(this.options.redis);
    await this.firstConnection;
    try {
      const result = await withTimeout(operation(this.store), redisTimeoutMs);
      return result;
    } catch (error) {
      reportRedisUnavailable(this.options.redis, error as Error);
      return undefined;
    }
  }
}

/** The first connection attempt's outcome, so requests right after start do not count a connection still opening as an outage. */
function connected(redis: Redis): Promise<unknown> {
  if (redis.status === 'ready') return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, redisTimeoutMs * 2);
    const done = () => {
      clearTimeout(timer);
      redis.off('ready', done).off('error', done);
      resolve(undefined);
    };
    redis.once('ready', done).once('error', done);
  });
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
