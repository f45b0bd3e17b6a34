import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  createSignInLimits,
  guardSecondsAfter,
  minutesToWait,
  refusalSecondsAfter,
  type SignInAttempt,
  type SignInLimits,
} from '@/lib/auth/sign-in-limits';
import { createMemoryLimiter } from '@/lib/rate-limit/limiter';

describe('refusalSecondsAfter', () => {
  it('lets four failures pass, refuses a minute from the fifth and a quarter of an hour from the tenth', () => {
    expect([1, 4, 5, 9, 10, 30].map(refusalSecondsAfter)).toEqual([0, 0, 60, 60, 900, 900]);
  });
});

describe('guardSecondsAfter', () => {
  it('guards an account for a quarter of an hour from its tenth failure, from whatever addresses', () => {
    expect([1, 9, 10, 50].map(guardSecondsAfter)).toEqual([0, 0, 900, 900]);
  });
});

describe('minutesToWait', () => {
  it('rounds up to whole minutes, never below one', () => {
    expect([1, 60, 61, 900].map(minutesToWait)).toEqual([1, 1, 2, 15]);
  });
});

describe('createSignInLimits (in memory)', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  const attempt: SignInAttempt = { email: 'reporter@example.com', ip: '203.0.113.5' };

  async function fail(limits: SignInLimits, times: number, who = attempt) {
    let refused = 0;
    for (let i = 0; i < times; i++) {
      expect(await limits.secondsUntilAllowed(who)).toBe(0);
      refused = await limits.recordFailure(who);
    }
    return refused;
  }

  it('refuses for a minute after five failures, then locks for fifteen after ten', async () => {
    const limits = createSignInLimits(createMemoryLimiter);
    expect(await fail(limits, 4)).toBe(0);
    expect(await fail(limits, 1)).toBe(60);
    expect(await limits.secondsUntilAllowed(attempt)).toBe(60);

    for (let failure = 6; failure <= 9; failure++) {
      vi.advanceTimersByTime(61_000);
      expect(await fail(limits, 1)).toBe(60);
    }
    vi.advanceTimersByTime(61_000);
    expect(await fail(limits, 1)).toBe(900);
    vi.advanceTimersByTime(14 * 60_000);
    expect(await limits.secondsUntilAllowed(attempt)).toBe(60);
  });

  it('forgets the account’s failures after a success, but not the address’s', async () => {
    const limits = createSignInLimits(createMemoryLimiter);
    await fail(limits, 4);
    await limits.recordSuccess(attempt);
    expect(await fail(limits, 4, { email: attempt.email, ip: null })).toBe(0);
    expect(await limits.recordFailure({ email: 'someone-else@example.com', ip: attempt.ip })).toBe(60);
  });

  it('refuses an address guessing at many accounts', async () => {
    const limits = createSignInLimits(createMemoryLimiter);
    for (let i = 0; i < 5; i++) await limits.recordFailure({ email: `guess${i}@example.com`, ip: attempt.ip });
    expect(await limits.secondsUntilAllowed({ email: 'new@example.com', ip: attempt.ip })).toBe(60);
    expect(await limits.secondsUntilAllowed({ email: 'new@example.com', ip: '198.51.100.7' })).toBe(0);
  });

  it('never refuses an address that has not failed at an account because of failures elsewhere', async () => {
    const limits = createSignInLimits(createMemoryLimiter);
    const attacker = { email: attempt.email, ip: '198.51.100.66' };
    for (let i = 0; i < 30; i++) await limits.recordFailure(attacker);
    expect(await limits.secondsUntilAllowed(attacker)).toBe(900);
    expect(await limits.secondsUntilAllowed(attempt)).toBe(0);
  });

  it('while guarded, refuses addresses that failed at the account; each failure renews the guard', async () => {
    const limits = createSignInLimits(createMemoryLimiter);
    const from = (i: number): SignInAttempt => ({ email: attempt.email, ip: `198.51.100.${i}` });
    for (let i = 1; i <= 9; i++) expect(await fail(limits, 1, from(i))).toBe(0);
    expect(await fail(limits, 1, from(10))).toBe(900);
    expect(await limits.secondsUntilAllowed(from(1))).toBe(900);
    expect(await limits.secondsUntilAllowed(attempt)).toBe(0);
    expect(await limits.secondsUntilAllowed({ email: 'someone-else@example.com', ip: '198.51.100.1' })).toBe(0);

    vi.advanceTimersByTime(10 * 60_000);
    expect(await fail(limits, 1, from(11))).toBe(900);
    vi.advanceTimersByTime(10 * 60_000);
    expect(await limits.secondsUntilAllowed(from(1))).toBe(300);
    vi.advanceTimersByTime(5 * 60_000);
    expect(await limits.secondsUntilAllowed(from(1))).toBe(0);
  });
});
