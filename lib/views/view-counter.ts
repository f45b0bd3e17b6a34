import '#server-only';
import { getRedis, redisKeyPrefix } from '@/lib/runtime/redis';
import { processSingleton } from '@/lib/runtime/singleton';
import { hourOf } from './view-rules';
import { MemoryViewStore, type CountKind, type PendingViews, type ViewStore } from './view-store';
import { RedisViewStore } from './redis-view-store';

/** One article's views in one hour, as a flush writes them. */
export type HourViews = { slug: string; hour: Date; views: number };

function hourViewsOf(pending: PendingViews): HourViews[] {
  return [...pending].map(([key, views]) => {
    const [hour, slug] = key.split(' ') as [string, string];
    return { slug, hour: new Date(Number(hour)), views };
  });
}

/**
 * Counts readers' views between flushes: in the shared store (Redis) when there is one, in this process's memory
 * while there is none or it does not answer. A flush takes what both hold and hands it to `write` (PostgreSQL);
 * what could not be written goes back for the next flush.
 */
export class ViewCounter {
  constructor(
    private readonly stores: { shared: ViewStore | null; local: ViewStore },
    private readonly now = () => Date.now(),
  ) {}

  /** Counts the reader's view of the article unless it was counted within this hour; true when it counted. */
  async count(slug: string, reader: string): Promise<boolean> {
    const hour = hourOf(this.now());
    if (this.stores.shared) {
      try {
        return await this.stores.shared.record(slug, reader, hour);
      } catch {
        // Redis is down (lib/runtime/redis.ts says so once): this process counts on its own until it is back.
      }
    }
    return this.stores.local.record(slug, reader, hour);
  }

  /** Writes every pending view and says how many were written; Redis being down leaves its counts for later. */
  async flush(write: (views: HourViews[]) => Promise<void>): Promise<number> {
    let written = 0;
    for (const store of [this.stores.local, this.stores.shared]) {
      if (!store) continue;
      let pending: PendingViews;
      try {
        pending = await store.take();
      } catch {
        continue;
      }
      if (pending.size === 0) continue;
      try {
        await write(hourViewsOf(pending));
      } catch (error) {
        await store.giveBack(pending).catch(() => this.stores.local.giveBack(pending));
        throw error;
      }
      written += [...pending.values()].reduce((sum, views) => sum + views, 0);
    }
    return written;
  }
}

/** The process's counter of a kind: Redis under REDIS_KEY_PREFIX when REDIS_URL is set, else memory alone. */
export function getViewCounter(kind: CountKind = 'views'): ViewCounter {
  return processSingleton(kind === 'views' ? 'viewCounter' : `${kind}Counter`, () => {
    const url = process.env.REDIS_URL;
    const shared = url ? new RedisViewStore(getRedis(url), redisKeyPrefix(), undefined, kind) : null;
    return new ViewCounter({ shared, local: new MemoryViewStore() });
  });
}
