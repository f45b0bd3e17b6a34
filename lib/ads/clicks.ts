import '#server-only';
import type { Database } from '@/lib/db/client';
import { logger } from '@/lib/log/logger';
import { getDatabase } from '@/lib/runtime/database';
import { onShutdown } from '@/lib/runtime/shutdown';
import { processSingleton } from '@/lib/runtime/singleton';
import { viewerOf } from '@/lib/views/count-view';
import { getViewCounter, type HourViews } from '@/lib/views/view-counter';
import { viewFlushMilliseconds } from '@/lib/views/view-flushing';
import { isReaderBrowser } from '@/lib/views/view-rules';
import type { AdSlotKey } from './schema';

/**
 * Counts a reader's click on the slot's ad the way views are counted (lib/views): once per address and hour, in
 * Redis or memory, written to PostgreSQL by the next flush, never a database write per click. Crawlers and link
 * prefetchers are sent on and not counted. The slot name is one of four (the route checks it), so a client cannot
 * make the store keep marks for names it invents.
 */
export async function countAdClick(request: Request, key: AdSlotKey): Promise<void> {
  if (!isReaderBrowser(request.headers)) return;
  await getViewCounter('ad-clicks').count(key, viewerOf(request));
}

/** Adds counted clicks to their slots' totals in one statement; an hour's clicks only add up. */
export async function addAdClicks(db: Database, clicks: readonly HourViews[]): Promise<void> {
  if (clicks.length === 0) return;
  await db.$executeRaw`
    UPDATE ad_slots s SET clicks = s.clicks + c.clicks
    FROM (
      SELECT key, sum(clicks)::int AS clicks
      FROM unnest(${clicks.map((c) => c.slug)}::text[], ${clicks.map((c) => c.views)}::int[]) AS v(key, clicks)
      GROUP BY key
    ) c
    WHERE s.key = c.key`;
}

/** Writes what this process and Redis counted; what could not be written is kept for the next flush. */
export async function flushAdClicks(db: Database = getDatabase()): Promise<number> {
  try {
    return await getViewCounter('ad-clicks').flush((clicks) => addAdClicks(db, clicks));
  } catch (error) {
    logger().error({ err: error }, 'Writing ad clicks failed; they are kept for the next try');
    return 0;
  }
}

/** Flushes as often as views (VIEW_FLUSH_SECONDS), once per process; the last flush runs as the server stops. */
export function startAdClickFlushing(): void {
  processSingleton('adClickFlushing', () => {
    const flush = async () => void (await flushAdClicks());
    onShutdown(flush);
    return setInterval(() => void flush(), viewFlushMilliseconds()).unref();
  });
}
