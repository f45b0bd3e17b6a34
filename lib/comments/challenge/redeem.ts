import { proofIsValid } from './proof';
import { takeChallenge } from './store';

export type ChallengeOutcome = 'ok' | 'wrong' | 'expired';

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
  if (!challenge || challenge.articleId !== articleId || challenge.expiresAt <= now.getTime()) return 'expired';
  if (challenge.kind === 'image') return typedDigits(answer) === challenge.digits ? 'ok' : 'wrong';
  return proofIsValid(challenge.salt, challenge.difficulty, answer.trim()) ? 'ok' : 'wrong';
}
