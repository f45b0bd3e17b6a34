import { createSharedLimiter, type CreateLimiter } from '@/lib/rate-limit/limiter';

/** Consecutive failed sign-ins are forgotten a day after the first of them. */
const failureMemorySeconds = 24 * 60 * 60;

/** How long sign-in is refused after this many consecutive failures: a minute from 5, a quarter of an hour from 10. */
export function refusalSecondsAfter(consecutiveFailures: number): number {
  if (consecutiveFailures >= 10) return 15 * 60;
  if (consecutiveFailures >= 5) return 60;
  return 0;
}

export function minutesToWait(seconds: number): number {
  return Math.max(1, Math.ceil(seconds / 60));
}

export type SignInAttempt = { email: string; ip: string | null };

export type SignInLimits = {
  /** Seconds until this account and address may try again; 0 when they may now. */
  secondsUntilAllowed(attempt: SignInAttempt): Promise<number>;
  /** Counts a failure; returns the seconds sign-in is now refused for (0 if not yet). */
  recordFailure(attempt: SignInAttempt): Promise<number>;
  /** Clears the account's failures; the address's stay, so one good account cannot shield guessing at others. */
  recordSuccess(attempt: SignInAttempt): Promise<void>;
};

// The e-mail as typed (lower-cased), not the account: unknown addresses are limited alike, so limits reveal nothing.
function keysOf({ email, ip }: SignInAttempt): string[] {
  return ip ? [`account:${email}`, `ip:${ip}`] : [`account:${email}`];
}

export function createSignInLimits(createLimiter: CreateLimiter): SignInLimits {
  const failures = createLimiter({ keyPrefix: 'sign-in-failures', points: Number.MAX_SAFE_INTEGER, duration: failureMemorySeconds });
  // One point: a key that holds any is refused until it expires (block() sets it past the limit).
  const refusals = createLimiter({ keyPrefix: 'sign-in-refusals', points: 1, duration: 1 });

  return {
    async secondsUntilAllowed(attempt) {
      const states = await Promise.all(keysOf(attempt).map((key) => refusals.get(key)));
      const milliseconds = Math.max(0, ...states.map((state) => (state && state.consumedPoints > 1 ? state.msBeforeNext : 0)));
      return Math.ceil(milliseconds / 1000);
    },
    async recordFailure(attempt) {
      const refusalSeconds = await Promise.all(
        keysOf(attempt).map(async (key) => {
          const { consumedPoints } = await failures.consume(key);
          const seconds = refusalSecondsAfter(consumedPoints);
          if (seconds > 0) await refusals.block(key, seconds);
          return seconds;
        }),
      );
      return Math.max(...refusalSeconds);
    },
    async recordSuccess(attempt) {
      const [accountKey] = keysOf(attempt);
      await Promise.all([failures.delete(accountKey!), refusals.delete(accountKey!)]);
    },
  };
}

const globalForLimits = globalThis as unknown as { datelineSignInLimits?: SignInLimits };

export function getSignInLimits(): SignInLimits {
  globalForLimits.datelineSignInLimits ??= createSignInLimits(createSharedLimiter);
  return globalForLimits.datelineSignInLimits;
}
