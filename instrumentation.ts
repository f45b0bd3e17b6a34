import type { Instrumentation } from 'next';

/** Runs once as the server starts, in the Node.js server process (not at build): the scheduled-publishing, breaking-banner and ad timers. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return;
  const { startScheduledPublishing } = await import('@/lib/articles/scheduled-publishing');
  startScheduledPublishing();
  const { startViewFlushing } = await import('@/lib/views/view-flushing');
  startViewFlushing();
  const { startWebhookWorker } = await import('@/lib/webhooks/start');
  startWebhookWorker();
  const { startScheduledReaderPageChanges } = await import('@/lib/site/scheduled-changes');
  startScheduledReaderPageChanges();
  const { startAdClickFlushing } = await import('@/lib/ads/clicks');
  startAdClickFlushing();
}

/** A request Next.js failed to answer: one line in the log with the request's id and the error's stack (lib/log/request-error.ts). */
export const onRequestError: Instrumentation.onRequestError = async (...failure) => {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { logRequestError } = await import('@/lib/log/request-error');
  logRequestError(...failure);
};
