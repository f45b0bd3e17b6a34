import { randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Scheduled articles are published by the running server itself, every 30 seconds and once at start (catching up on
 * what fell due while it was down). The timer calls the server's own route so that publishing happens inside a
 * request, where Next.js can drop the cached reader pages; a per-process token keeps anyone else from calling it.
 */
const intervalMs = 30_000;
export const publishDuePath = '/api/internal/publish-due';
export const schedulerTokenHeader = 'x-dateline-scheduler';

type SchedulerGlobal = { datelineScheduler?: { token: string } };
const state = globalThis as SchedulerGlobal;

export function isSchedulerRequest(request: Request): boolean {
  const given = Buffer.from(request.headers.get(schedulerTokenHeader) ?? '');
  const expected = Buffer.from(state.datelineScheduler?.token ?? '');
  return expected.length > 0 && given.length === expected.length && timingSafeEqual(given, expected);
}

/** Starts the timer once per process; later calls (dev reloads) find it running. */
export function startScheduledPublishing(): void {
  if (state.datelineScheduler) return;
  const token = randomBytes(32).toString('base64url');
  state.datelineScheduler = { token };
  const url = `http://127.0.0.1:${process.env.PORT ?? '3000'}${publishDuePath}`;
  const tick = async () => {
    try {
      const response = await fetch(url, { method: 'POST', headers: { [schedulerTokenHeader]: token }, cache: 'no-store' });
      if (!response.ok) console.error(`Scheduled publishing failed: HTTP ${response.status}`);
    } catch (error) {
      console.error('Scheduled publishing failed:', error instanceof Error ? error.message : error);
    }
  };
  void tick();
  setInterval(tick, intervalMs).unref();
}
