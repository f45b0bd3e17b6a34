import '#server-only';
import type { ChallengeKind } from './issue-challenge';
import { countSolvedProof, proofIsValid, proofsPerMinuteUnderLoad } from './proof-of-work';
import { takeChallenge } from './challenge-store';
import { spend, type Budget, type ReaderLimits } from '../reader/reader-limits';
import { refused } from '../reader/reader-refusal';

/** Passed, and with which kind of check; or why not. */
export type ChallengeOutcome = { ok: true; kind: ChallengeKind } | { ok: false; reason: 'wrong' | 'expired' };

/** The digits as typed, without spaces and with full-width digits (from a Korean IME) made plain. */
function typedDigits(answer: string): string {
  return answer.replace(/\s+/gu, '').replace(/[０-９]/gu, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0));
}

/**
 * Checks an answer and uses the challenge up, whatever the outcome: a wrong answer needs a new challenge.
 * Unknown, used, expired ids and another article's challenge are all 'expired' (the form fetches a new one).
 * `now` is for tests; Redis also drops a challenge once its ten minutes are over.
 */
export async function redeemChallenge(id: string, articleId: string, answer: string, now = new Date()): Promise<ChallengeOutcome> {
  const challenge = await takeChallenge(id);
  if (!challenge || challenge.articleId !== articleId || challenge.expiresAt <= now.getTime()) return { ok: false, reason: 'expired' };
  const right =
    challenge.kind === 'image'
      ? typedDigits(answer) === challenge.digits
      : proofIsValid(challenge.salt, challenge.difficulty, answer.trim());
  return right ? { ok: true, kind: challenge.kind } : { ok: false, reason: 'wrong' };
}

/** Which check was passed: a proof of work also says whether proofs are being solved at a script's pace site-wide. */
export type PassedChallenge = { kind: 'image' } | { kind: 'proof'; siteUnderLoad: boolean };

/** An address that keeps answering wrong is stopped: callers look at this allowance before the answer is checked. */
export const wrongAnswers = (limits: ReaderLimits, ipHash: string): Budget => ({ limiter: limits.wrongAnswersPerAddress, key: ipHash });

/**
 * A reader's answer to an anti-spam challenge of the article, for a comment or a first report: a wrong or expired
 * answer spends the address's allowance (a right one nothing), and a solved proof of work is counted site-wide, which
 * makes the next ones harder (./proof-of-work.ts).
 */
export async function passChallenge(
  limits: ReaderLimits,
  ipHash: string,
  articleId: string,
  { challengeId, answer }: { challengeId: string; answer: string },
  now: Date,
): Promise<PassedChallenge> {
  const outcome = await redeemChallenge(challengeId, articleId, answer, now);
  if (!outcome.ok) {
    await spend([wrongAnswers(limits, ipHash)]);
    throw refused(outcome.reason === 'wrong' ? 'answerWrong' : 'challengeExpired', { field: 'answer' });
  }
  if (outcome.kind === 'image') return { kind: 'image' };
  return { kind: 'proof', siteUnderLoad: (await countSolvedProof(limits)) >= proofsPerMinuteUnderLoad };
}
