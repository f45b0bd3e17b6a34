import '#server-only';
import type { Database } from '@/lib/db/client';
import { getDatabase } from '@/lib/runtime/database';
import { processSingleton } from '@/lib/runtime/singleton';
import { revalidateAllReaderPages } from '@/lib/site/revalidate';
import { nextBreakingChange } from './banner';

type WatchOptions = {
  db: Database;
  /** What to do when a banner starts or ends: supersede every cached reader page. */
  changed: () => Promise<void>;
  /** How often to look for the next such moment (a banner may be set on another server, or the server restarted). */
  everyMs: number;
};

/**
 * Every `everyMs`, looks for the next moment a banner starts or ends, and when it comes within reach, sets a timer
 * for that very moment: a banner leaves on time by itself, with nobody there. Returns how to stop watching.
 */
export function watchBreakingChanges({ db, changed, everyMs }: WatchOptions): () => void {
  let armedFor: number | undefined;
  let timer: NodeJS.Timeout | undefined;
  let failing = false;

  const changeNow = () => {
    armedFor = undefined;
    changed().catch((error: unknown) => console.error('Breaking banner: revalidation failed:', error));
  };

  const lookAhead = async () => {
    try {
      const next = (await nextBreakingChange(db))?.getTime();
      failing = false;
      if (next === undefined || next === armedFor || next - Date.now() > everyMs * 2) return;
      clearTimeout(timer);
      armedFor = next;
      // A few milliseconds late rather than early: a page rendered before the end must be made before this.
      timer = setTimeout(changeNow, Math.max(0, next - Date.now()) + 5).unref();
    } catch (error) {
      // Said once per outage: this runs every few seconds.
      if (!failing) console.error('Breaking banner: look-ahead failed:', error instanceof Error ? error.message : error);
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

/** Starts watching once per process; later calls (dev reloads) find it running. */
export function startBreakingExpiry(): void {
  processSingleton('breakingExpiry', () => watchBreakingChanges({ db: getDatabase(), changed: revalidateAllReaderPages, everyMs: 5_000 }));
}
