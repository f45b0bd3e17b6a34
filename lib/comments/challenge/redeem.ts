import '#server-only';
import type { ChallengeKind } from './issue';
import { proofIsValid } from './proof';
import { takeChallenge } from './store';

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
    challenge.kind === 'image' ? typedDigits(answer) === challenge.digits : proofIsValid(challenge.salt, challenge.difficulty, answer.trim());
  return right ? { ok: true, kind: challenge.kind } : { ok: false, reason: 'wrong' };
}
