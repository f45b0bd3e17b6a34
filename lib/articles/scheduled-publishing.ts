import '#server-only';
import { appMetrics } from '@/lib/metrics/registry';
import { logger } from '@/lib/log/logger';
import { getDatabase } from '@/lib/runtime/database';
import { onShutdown } from '@/lib/runtime/shutdown';
import { processSingleton } from '@/lib/runtime/singleton';
import { revalidateArticlePages } from './revalidate';
import { publishDueArticles } from './workflow';

/** Scheduled articles are published by the running server itself, every 30 seconds and once at start (catching up on what fell due while it was down). */
const intervalMs = 30_000;

async function publishDue(): Promise<void> {
  const metrics = appMetrics();
  try {
    const published = await publishDueArticles(getDatabase());
    metrics.scheduledArticlesPublished.inc(published.length);
    await revalidateArticlePages(published);
    metrics.scheduledPublishRuns.inc({ outcome: 'succeeded' });
  } catch (error) {
    metrics.scheduledPublishRuns.inc({ outcome: 'failed' });
    logger().error({ err: error }, 'Scheduled publishing failed');
  }
}

/** Starts the timer once per process; later calls (dev reloads) find it running. Stopped, its run in progress finished, before the database closes. */
export function startScheduledPublishing(): void {
  processSingleton('scheduledPublishing', () => {
    let running = publishDue();
    const timer = setInterval(() => (running = publishDue()), intervalMs).unref();
    onShutdown(async () => {
      clearInterval(timer);
      await running;
    });
    return timer;
  });
}
