/** Runs once as the server starts, in the Node.js server process (not at build): the scheduled-publishing and breaking-banner timers. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return;
  const { startScheduledPublishing } = await import('@/lib/articles/scheduled-publishing');
  startScheduledPublishing();
  const { startViewFlushing } = await import('@/lib/views/view-flushing');
  startViewFlushing();
  const { startBreakingExpiry } = await import('@/lib/breaking/expiry');
  startBreakingExpiry();
}
