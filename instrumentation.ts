/**
 * Runs once as the server starts, in the Node.js server process (not at build): the scheduled-publishing timer,
 * and 503 rather than 500 for pages that fail while the database is out.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return;
  const { reportOutagesAs503 } = await import('@/lib/db/outage-status');
  reportOutagesAs503();
  const { startScheduledPublishing } = await import('@/lib/articles/scheduled-publishing');
  startScheduledPublishing();
}
