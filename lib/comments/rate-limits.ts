import { RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { createSharedLimiter, type CreateLimiter } from '@/lib/rate-limit/limiter';

/**
 * How often readers may act, as points per duration (seconds). Limits fall on what costs (posting, a wrong
 * anti-spam answer, reports, wrong passwords), never on reading: opening articles or the comment form spends
 * nothing. An office or a mobile network puts many readers behind one address, so the address's allowance is
 * generous (fifty colleagues may each comment within ten minutes) while each nickname waits 15 s between
 * comments, as WordPress asks of each author. Every comment needs a fresh anti-spam answer, and an address that
 * keeps answering wrong is stopped. Wrong passwords are counted per comment and address, so guessing at one
 * comment never locks its author out of the others. Issuing a challenge draws an image: limited only so far
 * that a script cannot make the server draw all day.
 */
export const readerRates = {
  commentPerNickname: { points: 1, duration: 15 },
  commentsPerAddress: { points: 60, duration: 10 * 60 },
  wrongAnswersPerAddress: { points: 20, duration: 10 * 60 },
  challengesPerAddress: { points: 300, duration: 10 * 60 },
  wrongPasswordsPerComment: { points: 5, duration: 10 * 60 },
  reportsPerAddress: { points: 20, duration: 60 * 60 },
} as const;

export type ReaderLimits = Record<keyof typeof readerRates, RateLimiterAbstract>;

export function createReaderLimits(createLimiter: CreateLimiter): ReaderLimits {
  const entries = Object.entries(readerRates).map(([name, rate]) => [name, createLimiter({ keyPrefix: `comment-limit:${name}`, ...rate })]);
  return Object.fromEntries(entries) as ReaderLimits;
}

const globalForLimits = globalThis as unknown as { datelineReaderLimits?: ReaderLimits };

/** Shared through Redis when REDIS_URL is set; this process's memory otherwise. */
export function getReaderLimits(): ReaderLimits {
  globalForLimits.datelineReaderLimits ??= createReaderLimits(createSharedLimiter);
  return globalForLimits.datelineReaderLimits;
}

/** One limiter's allowance for one key: an address hash, a folded nickname. */
export type Budget = { limiter: RateLimiterAbstract; key: string };

const toSeconds = (milliseconds: number) => Math.max(1, Math.ceil(milliseconds / 1000));

/** Seconds until every budget has a point left, without spending any; 0 when the action may go ahead now. */
export async function secondsUntilAvailable(budgets: readonly Budget[]): Promise<number> {
  const states = await Promise.all(budgets.map(({ limiter, key }) => limiter.get(key)));
  const waits = states.map((state, i) => (state && state.consumedPoints >= budgets[i]!.limiter.points ? toSeconds(state.msBeforeNext) : 0));
  return Math.max(0, ...waits);
}

/**
 * Spends a point of each budget; returns the seconds to wait when one had none left, else 0. Spending is atomic
 * per budget, so two requests at once cannot both take the last point.
 */
export async function spend(budgets: readonly Budget[]): Promise<number> {
  const waits = await Promise.all(
    budgets.map(({ limiter, key }) =>
      limiter.consume(key).then(
        () => 0,
        (rejection: unknown) => {
          if (rejection instanceof RateLimiterRes) return toSeconds(rejection.msBeforeNext);
          throw rejection;
        },
      ),
    ),
  );
  return Math.max(0, ...waits);
}
