import '#server-only';
import { RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { countRefusal, createSharedLimiter, type CreateLimiter } from '@/lib/rate-limit/limiter';
import { processSingleton } from '@/lib/runtime/singleton';

/**
 * How often readers may act, as points per duration (seconds). Limits fall on what costs (posting, a wrong
 * anti-spam answer, reports, wrong passwords), never on reading: opening articles or the comment form spends
 * nothing. An office or a mobile network puts many readers behind one address, so the address's allowance is
 * generous (fifty colleagues may each comment within ten minutes) while each nickname waits 15 s between
 * comments, as WordPress asks of each author. Every comment needs a fresh anti-spam answer, and an address that
 * keeps answering wrong is stopped. A comment sent with the automatic check (proof of work, which a script solves
 * as fast as a reader's browser) has a tighter allowance of its own: one reader who cannot see the image needs few.
 * Wrong deletion passwords run argon2, so they are counted three ways, each before the hash runs: per address and
 * comment (guessing at one comment never locks its author out of the others), per address across all comments (an
 * address cannot make the server hash all day by spreading its guesses), and per comment across all addresses (many
 * addresses cannot guess one password; the author may then have to wait an hour, or ask a moderator). Issuing a
 * challenge draws an image: limited only so far that a script cannot make the server draw all day.
 */
export const readerRates = {
  commentPerNickname: { points: 1, duration: 15 },
  commentsPerAddress: { points: 60, duration: 10 * 60 },
  proofCommentsPerAddress: { points: 5, duration: 10 * 60 },
  wrongAnswersPerAddress: { points: 20, duration: 10 * 60 },
  challengesPerAddress: { points: 300, duration: 10 * 60 },
  wrongPasswordsPerAddressAndComment: { points: 5, duration: 10 * 60 },
  wrongPasswordsPerAddress: { points: 20, duration: 10 * 60 },
  wrongPasswordsPerComment: { points: 20, duration: 60 * 60 },
  reportsPerAddress: { points: 20, duration: 60 * 60 },
  /** Not an allowance but a count, kept where the limits are (Redis when set): proofs of work solved site-wide per minute. */
  proofsSolvedSiteWide: { points: Number.MAX_SAFE_INTEGER, duration: 60 },
} as const;

export type ReaderLimits = Record<keyof typeof readerRates, RateLimiterAbstract>;

export function createReaderLimits(createLimiter: CreateLimiter): ReaderLimits {
  const entries = Object.entries(readerRates).map(([name, rate]) => [name, createLimiter({ keyPrefix: `comment-limit:${name}`, ...rate })]);
  return Object.fromEntries(entries) as ReaderLimits;
}

/** Shared through Redis when REDIS_URL is set; this process's memory otherwise. */
export function getReaderLimits(): ReaderLimits {
  return processSingleton('readerLimits', () => createReaderLimits(createSharedLimiter));
}

/** One limiter's allowance for one key: an address hash, a folded nickname. */
export type Budget = { limiter: RateLimiterAbstract; key: string };

const toSeconds = (milliseconds: number) => Math.max(1, Math.ceil(milliseconds / 1000));

/** Seconds until every budget has a point left, without spending any; 0 when the action may go ahead now (else each empty one counts a refusal). */
export async function secondsUntilAvailable(budgets: readonly Budget[]): Promise<number> {
  const states = await Promise.all(budgets.map(({ limiter, key }) => limiter.get(key)));
  const waits = states.map((state, i) => (state && state.consumedPoints >= budgets[i]!.limiter.points ? toSeconds(state.msBeforeNext) : 0));
  for (const [i, { limiter }] of budgets.entries()) if (waits[i]! > 0) countRefusal(limiter);
  return Math.max(0, ...waits);
}

/**
 * Spends a point of each budget in turn; returns the seconds to wait when one had none left (the longest wait among
 * it and those after it), else 0. The budgets after a refusing one are not spent on what does not happen; those
 * before it stay spent. Spending is atomic per budget, so two requests at once cannot both take the last point.
 */
export async function spend(budgets: readonly Budget[]): Promise<number> {
  for (const [index, { limiter, key }] of budgets.entries()) {
    try {
      await limiter.consume(key);
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      return Math.max(toSeconds(rejection.msBeforeNext), await secondsUntilAvailable(budgets.slice(index + 1)));
    }
  }
  return 0;
}

/** Gives back the point `spend` took from each budget, for an attempt that turned out not to count against them. */
export async function refund(budgets: readonly Budget[]): Promise<void> {
  await Promise.all(budgets.map(({ limiter, key }) => limiter.reward(key, 1)));
}
