import { MemoryLru } from '@/lib/cache/memory-lru';

/**
 * What a counter counts: readers' article views, or readers' clicks on ads (lib/ads/clicks.ts). Each kind has its
 * own store and its own Redis keys; the rules (one per reader per subject and hour, flushed to PostgreSQL) are shared.
 */
export type CountKind = 'views' | 'ad-clicks';

/** Views not yet written to PostgreSQL: `${hour} ${slug}` (hour: its start in ms) → how many. */
export type PendingViews = Map<string, number>;

export const pendingKey = (hour: number, slug: string) => `${hour} ${slug}`;

/** Where views are counted between flushes: Redis, shared by every instance, or this process's memory. */
export interface ViewStore {
  /** Counts a view unless this reader was counted for this article in this hour; true when it counted. */
  record(slug: string, reader: string, hour: number): Promise<boolean>;
  /** Every pending count, taken out at once: another instance flushing at the same moment gets none of them. */
  take(): Promise<PendingViews>;
  /** Counts a flush could not write, back for the next one. */
  giveBack(views: PendingViews): Promise<void>;
}

/**
 * Readers seen this hour are kept up to this many (newest first), about 25 MB at most; past it the oldest may
 * count once more, which only happens under a flood this process should not remember anyway.
 */
const maxSeenReaders = 100_000;

export class MemoryViewStore implements ViewStore {
  private readonly seen = new MemoryLru<true>(maxSeenReaders, () => 1);
  private pending: PendingViews = new Map();

  async record(slug: string, reader: string, hour: number): Promise<boolean> {
    const seenKey = `${hour} ${slug} ${reader}`;
    if (this.seen.get(seenKey)) return false;
    this.seen.set(seenKey, true);
    const key = pendingKey(hour, slug);
    this.pending.set(key, (this.pending.get(key) ?? 0) + 1);
    return true;
  }

  async take(): Promise<PendingViews> {
    const taken = this.pending;
    this.pending = new Map();
    return taken;
  }

  async giveBack(views: PendingViews): Promise<void> {
    for (const [key, count] of views) this.pending.set(key, (this.pending.get(key) ?? 0) + count);
  }
}
