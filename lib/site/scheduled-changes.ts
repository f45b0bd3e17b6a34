import '#server-only';
import { nextAdChange } from '@/lib/ads/slots';
import { nextBreakingChange } from '@/lib/breaking/banner';
import type { Database } from '@/lib/db/client';
import { logger } from '@/lib/log/logger';
import { getDatabase } from '@/lib/runtime/database';
import { onShutdown } from '@/lib/runtime/shutdown';
import { processSingleton } from '@/lib/runtime/singleton';
import { revalidateAllReaderPages } from './revalidate';

/** The next moment after `now` at which something every reader page shows changes by itself (a banner's end, an ad's start). */
export type NextChange = (db: Database, now?: Date) => Promise<Date | null>;

type WatchOptions = {
  db: Database;
  /** Where the moments come from; the earliest of them is the next change. */
  nextChanges: readonly NextChange[];
  /** What to do at such a moment: supersede every cached reader page. */
  changed: () => Promise<void>;
  /** How often to look for the next such moment (it may be set on another server, or the server restarted). */
  everyMs: number;
};

async function earliestChange(db: Database, nextChanges: readonly NextChange[], after: Date): Promise<number | undefined> {
  const times = (await Promise.all(nextChanges.map((next) => next(db, after)))).flatMap((time) => (time ? [time.getTime()] : []));
  return times.length === 0 ? undefined : Math.min(...times);
}

/**
 * Every `everyMs`, looks for the next moment what reader pages show changes by itself, and when it comes within
 * reach, sets a timer for that very moment: a banner or an ad comes and goes on time, with nobody there. It looks
 * from the last moment it acted on, not from now: a time moved (on another server, or straight in the database)
 * to fall between two looks has passed by the second, and is acted on at once. Returns how to stop watching.
 */
export function watchScheduledChanges({ db, nextChanges, changed, everyMs }: WatchOptions): () => void {
  let actedUpTo = Date.now();
  let armedFor: number | undefined;
  let timer: NodeJS.Timeout | undefined;
  let failing = false;

  const changeAt = (moment: number) => {
    armedFor = undefined;
    actedUpTo = Math.max(actedUpTo, moment);
    changed().catch((error: unknown) => logger().error({ err: error }, 'Scheduled reader-page change: revalidation failed'));
  };

  const lookAhead = async () => {
    try {
      const next = await earliestChange(db, nextChanges, new Date(actedUpTo));
      failing = false;
      if (next === undefined || next === armedFor || next - Date.now() > everyMs * 2) return;
      clearTimeout(timer);
      armedFor = next;
      // A few milliseconds late rather than early: a page rendered before the change must be made before this.
      timer = setTimeout(() => changeAt(next), Math.max(0, next - Date.now()) + 5).unref();
    } catch (error) {
      // Said once per outage: this runs every few seconds.
      if (!failing) logger().error({ err: error }, 'Scheduled reader-page change: look-ahead failed');
      failing = true;
    }
  };

  void lookAhead();
  const interval = setInterval(() => void lookAhead(), everyMs).unref();
  return () => {
    clearInterval(interval);
    clearTimeout(timer);
  };
}

/** Starts watching breaking banners and ads once per process (instrumentation.ts); later calls (dev reloads) find it running. */
export function startScheduledReaderPageChanges(): void {
  processSingleton('scheduledReaderPageChanges', () => {
    const stop = watchScheduledChanges({
      db: getDatabase(),
      nextChanges: [nextBreakingChange, nextAdChange],
      changed: revalidateAllReaderPages,
      everyMs: 5_000,
    });
    onShutdown(async () => stop());
    return stop;
  });
}
