import '#server-only';
import type { ChainableCommander, Redis } from 'ioredis';
import { decodeEntry, encodeEntry } from './entry-codec';
import { maxLifetimeSeconds } from './entry-facts';
import type { CacheEntry } from './types';

/**
 * The page cache's keys in the shared Redis. Entries belong to one build (their HTML names that build's
 * scripts), so a deploy never serves the previous build's pages; tag revalidations concern the data and are
 * shared by every build. Each entry is a hash: its `modified` time alone tells an instance whether its own
 * in-process copy is still the current one, without fetching the page again.
 */
export function redisCacheStore(redis: Redis, { prefix, buildId }: { prefix: string; buildId: string }) {
  const entryKey = (key: string) => `${prefix}page-cache:${buildId}:${key}`;
  const tagKey = (tag: string) => `${prefix}page-cache:tag:${tag}`;
  const times = (values: (string | null)[]) => values.map((value) => Number(value ?? 0));
  // Pipelines and transactions report each command's failure in their results rather than by rejecting.
  const run = async (commands: ChainableCommander) => {
    const results = (await commands.exec()) ?? [];
    for (const [error] of results) if (error) throw error;
    return results.map(([, result]) => result);
  };

  return {
    /** The stored entry's time (null when there is none) and when each tag was last revalidated: one round trip. */
    async stamp(key: string, tags: readonly string[]): Promise<{ lastModified: number | null; tagTimes: number[] }> {
      const pipeline = redis.pipeline().hget(entryKey(key), 'modified');
      if (tags.length > 0) pipeline.mget(tags.map(tagKey));
      const [modified, tagTimes = []] = (await run(pipeline)) as [string | null, (string | null)[]?];
      return { lastModified: modified === null ? null : Number(modified), tagTimes: times(tagTimes) };
    },

    async read(key: string): Promise<CacheEntry | null> {
      const text = await redis.hget(entryKey(key), 'entry');
      return text === null ? null : decodeEntry(text);
    },

    async write(key: string, entry: CacheEntry, lifetime: number): Promise<void> {
      await run(
        redis
          .multi()
          .hset(entryKey(key), { modified: entry.lastModified, entry: encodeEntry(entry) })
          .expire(entryKey(key), lifetime),
      );
    },

    async tagTimes(tags: readonly string[]): Promise<number[]> {
      return tags.length === 0 ? [] : times(await redis.mget(tags.map(tagKey)));
    },

    /** Kept as long as the longest-lived entry, after which no entry older than the revalidation remains. */
    async markRevalidated(tags: readonly string[], at: number): Promise<void> {
      const transaction = redis.multi();
      for (const tag of tags) transaction.set(tagKey(tag), at, 'EX', maxLifetimeSeconds);
      await run(transaction);
    },
  };
}

export type RedisCacheStore = ReturnType<typeof redisCacheStore>;
