import type { Database } from '@/lib/db/client';
import { challengeImageDataUrl } from './challenge/image';
import { issueChallenge } from './challenge/issue';
import { proofDifficultyAt, proofsSolvedThisMinute } from './challenge/proof-load';
import { findCommentableArticle } from './commentable-article';
import { getReaderLimits, spend, type ReaderLimits } from './rate-limits';
import { refuse, type CommentRefusal } from './refusal';
import type { ChallengeView } from './view';

/**
 * A fresh anti-spam challenge for an article's comment form (or a reader's first report there): the digits as an
 * image, or a proof of work for readers who cannot see it, as hard as the site's load asks. Issuing is limited per
 * address so a script cannot stock up on challenges.
 */
export async function requestChallenge(
  db: Database,
  slug: string,
  kind: ChallengeView['kind'],
  ipHash: string,
  { limits = getReaderLimits() }: { limits?: ReaderLimits } = {},
): Promise<{ ok: true; challenge: ChallengeView } | CommentRefusal> {
  const article = await findCommentableArticle(db, slug);
  if (!article) return refuse('articleNotFound');
  if (article.mode === 'CLOSED') return refuse('closed');
  const wait = await spend([{ limiter: limits.challengesPerAddress, key: ipHash }]);
  if (wait > 0) return refuse('tooManyRequests', { retryAfterSeconds: wait });

  const difficulty = kind === 'proof' ? proofDifficultyAt(await proofsSolvedThisMinute(limits)) : undefined;
  const issued = await issueChallenge(article.id, kind, ipHash, difficulty);
  const expiresAt = issued.expiresAt.toISOString();
  const challenge: ChallengeView =
    issued.kind === 'image'
      ? { id: issued.id, kind: 'image', image: await challengeImageDataUrl(issued.digits), expiresAt }
      : { id: issued.id, kind: 'proof', salt: issued.salt, difficulty: issued.difficulty, expiresAt };
  return { ok: true, challenge };
}
