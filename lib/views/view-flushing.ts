import '#server-only';
import { locales } from '@/lib/i18n/locales';
import { logger } from '@/lib/log/logger';
import { getDatabase } from '@/lib/runtime/database';
import { onShutdown } from '@/lib/runtime/shutdown';
import { processSingleton } from '@/lib/runtime/singleton';
import { frontPagePath } from '@/lib/seo/urls';
import { revalidateReaderPages } from '@/lib/site/revalidate';
import { refreshMostRead } from './ranking';
import { getViewCounter } from './view-counter';
import { addViews } from './view-table';

/** How often counted views are written to PostgreSQL: VIEW_FLUSH_SECONDS, a minute by default. */
export function viewFlushMilliseconds(setting = process.env.VIEW_FLUSH_SECONDS): number {
  const seconds = Number(setting);
  return Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : 60_000;
}

/**
 * Writes what this process and Redis counted, then, when the ranking moved, has the front pages rendered anew so
 * 많이 본 뉴스 follows within a flush. Article pages show it too and keep their own interval (5 minutes).
 */
export async function flushViews(): Promise<void> {
  try {
    const db = getDatabase();
    const written = await getViewCounter().flush((views) => addViews(db, views));
    if (written > 0 && (await refreshMostRead(db, locales))) await revalidateReaderPages(locales.map(frontPagePath));
  } catch (error) {
    logger().error({ err: error }, 'Writing article views failed; they are kept for the next try');
  }
}

/** Starts the flush timer once per process, beside scheduled publishing (instrumentation.ts); the last flush runs as the server stops. */
export function startViewFlushing(): void {
  processSingleton('viewFlushing', () => {
    onShutdown(flushViews);
    return setInterval(flushViews, viewFlushMilliseconds()).unref();
  });
}
