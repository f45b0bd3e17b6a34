/** The first retry waits a minute; each later one twice as long as the one before. */
const firstDelayMs = 60_000;
/** Retries stop this long after the first attempt: the delivery is then marked failed (an admin can send it again). */
export const retryWindowMs = 24 * 60 * 60 * 1000;

/**
 * When to try again after the `attempts`-th attempt failed, or null when the retry window is over. The last retry
 * falls at the window's end rather than past it.
 */
export function nextAttemptAfterFailure(attempts: number, firstAttemptAt: Date, now: Date): Date | null {
  const windowEnd = firstAttemptAt.getTime() + retryWindowMs;
  if (now.getTime() >= windowEnd) return null;
  const delay = firstDelayMs * 2 ** Math.min(Math.max(attempts - 1, 0), 20);
  return new Date(Math.min(now.getTime() + delay, windowEnd));
}
