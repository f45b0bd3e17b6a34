import { createSharedLimiter, type CreateLimiter } from '@/lib/rate-limit/limiter';
import { processSingleton } from '@/lib/runtime/singleton';

/** Consecutive failed sign-ins are forgotten a day after the first of them. */
const failureMemorySeconds = 24 * 60 * 60;

/** How long sign-in is refused after this many consecutive failures: a minute from 5, a quarter of an hour from 10. */
export function refusalSecondsAfter(consecutiveFailures: number): number {
  if (consecutiveFailures >= 10) return 15 * 60;
  if (consecutiveFailures >= 5) return 60;
  return 0;
}

/**
 * How long an account stays guarded after this many failures against it from all addresses together: a quarter
 * of an hour from 10, renewed by every further failure. While it is guarded, an address that has failed against
 * it is refused; one that has not is still let in with the right password.
 */
export function guardSecondsAfter(accountFailures: number): number {
  return accountFailures >= 10 ? 15 * 60 : 0;
}

export function minutesToWait(seconds: number): number {
  return Math.max(1, Math.ceil(seconds / 60));
}

/** A password tried for an account (the e-mail as typed, lower-cased) from an address (its group; null if unknown). */
export type SignInAttempt = { email: string; ip: string | null };

export type SignInLimits = {
  /** Seconds until this account may be tried from this address again; 0 when it may now. */
  secondsUntilAllowed(attempt: SignInAttempt): Promise<number>;
  /** Counts a failure; returns the seconds this account is now refused to this address (0 if not yet). */
  recordFailure(attempt: SignInAttempt): Promise<number>;
  /**
   * Clears the failures of this account from this address. The address's failures at other accounts stay, so one
   * good account cannot shield guessing at others; so do the account's from elsewhere, which only time clears.
   */
  recordSuccess(attempt: SignInAttempt): Promise<void>;
};

/**
 * Three counts, all keyed on the e-mail as typed rather than the account, so unknown e-mails are limited alike and
 * limits reveal nothing: the account from this address (the lock an owner's own mistakes or an attacker's guesses
 * run into), the address at every account (guessing at many; none without an address), and the account from
 * everywhere (the guard against guesses spread over many addresses). Only the first two refuse outright, and
 * only this address adds to them, so nobody can lock a staff member out from elsewhere.
 */
function keysOf({ email, ip }: SignInAttempt) {
  return {
    pair: `account-address:${email} ${ip ?? 'unknown'}`,
    address: ip === null ? null : `address:${ip}`,
    account: `account:${email}`,
  };
}

export function createSignInLimits(createLimiter: CreateLimiter): SignInLimits {
  const failures = createLimiter({ keyPrefix: 'sign-in-failures', points: Number.MAX_SAFE_INTEGER, duration: failureMemorySeconds });
  // One point: a key that holds any is refused until it expires (block() sets it past the limit).
  const refusals = createLimiter({ keyPrefix: 'sign-in-refusals', points: 1, duration: 1 });

  async function refusedSeconds(key: string | null): Promise<number> {
    const state = key === null ? null : await refusals.get(key);
    return state && state.consumedPoints > 1 ? Math.ceil(state.msBeforeNext / 1000) : 0;
  }

  async function countFailure(key: string | null, secondsAfter: (failures: number) => number): Promise<number> {
    if (key === null) return 0;
    const { consumedPoints } = await failures.consume(key);
    const seconds = secondsAfter(consumedPoints);
    if (seconds > 0) await refusals.block(key, seconds);
    return seconds;
  }

  return {
    async secondsUntilAllowed(attempt) {
      const keys = keysOf(attempt);
      const [pair, address, guard, pairFailures] = await Promise.all([
        refusedSeconds(keys.pair),
        refusedSeconds(keys.address),
        refusedSeconds(keys.account),
        failures.get(keys.pair),
      ]);
      return Math.max(pair, address, pairFailures && pairFailures.consumedPoints > 0 ? guard : 0);
    },
    async recordFailure(attempt) {
      const keys = keysOf(attempt);
      // This address has now failed against the account, so a guard on the account refuses it too.
      const refused = await Promise.all([
        countFailure(keys.pair, refusalSecondsAfter),
        countFailure(keys.address, refusalSecondsAfter),
        countFailure(keys.account, guardSecondsAfter).then(() => refusedSeconds(keys.account)),
      ]);
      return Math.max(...refused);
    },
    async recordSuccess(attempt) {
      const { pair } = keysOf(attempt);
      await Promise.all([failures.delete(pair), refusals.delete(pair)]);
    },
  };
}

export function getSignInLimits(): SignInLimits {
  return processSingleton('signInLimits', () => createSignInLimits(createSharedLimiter));
}
