import { countSolvedProof, proofsPerMinuteUnderLoad } from './challenge/proof-load';
import { redeemChallenge } from './challenge/redeem';
import { spend, type Budget, type ReaderLimits } from './rate-limits';
import { refused } from './refusal';

/** Which check was passed: a proof of work also says whether proofs are being solved at a script's pace site-wide. */
export type PassedChallenge = { kind: 'image' } | { kind: 'proof'; siteUnderLoad: boolean };

/** An address that keeps answering wrong is stopped: callers look at this allowance before the answer is checked. */
export const wrongAnswers = (limits: ReaderLimits, ipHash: string): Budget => ({ limiter: limits.wrongAnswersPerAddress, key: ipHash });

/**
 * A reader's answer to an anti-spam challenge of the article, for a comment or a first report: a wrong or expired
 * answer spends the address's allowance (a right one nothing), and a solved proof of work is counted site-wide, which
 * makes the next ones harder (./challenge/proof-load.ts).
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
