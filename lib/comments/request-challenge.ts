import '#server-only';
import type { Database } from '@/lib/db/client';
import { challengeImageDataUrl } from './challenge/image';
import { issueChallenge } from './challenge/issue';
import { proofDifficultyAt, proofsSolvedThisMinute } from './challenge/proof-load';
import { findCommentableArticle } from './commentable-article';
import { getReaderLimits, type ReaderLimits } from './rate-limits';
import { refused } from './refusal';
import type { ChallengeView } from './view';

/**
 * A fresh anti-spam challenge for an article's comment form (or a reader's first report there): the digits as an
 * image, or a proof of work for readers who cannot see it, as hard as the site's load asks. Its route limits issuing
 * per address (readerRates.challengesPerAddress), so a script cannot stock up on challenges.
 */
export async function requestChallenge(
  db: Database,
  slug: string,
  kind: ChallengeView['kind'],
  ipHash: string,
  { limits = getReaderLimits() }: { limits?: ReaderLimits } = {},
): Promise<ChallengeView> {
  const article = await findCommentableArticle(db, slug);
  if (!article) throw refused('articleNotFound');
  if (article.mode === 'CLOSED') throw refused('closed');

  const difficulty = kind === 'proof' ? proofDifficultyAt(await proofsSolvedThisMinute(limits)) : undefined;
  const issued = await issueChallenge(article.id, kind, ipHash, difficulty);
  const expiresAt = issued.expiresAt.toISOString();
  return issued.kind === 'image'
    ? { id: issued.id, kind: 'image', image: await challengeImageDataUrl(issued.digits), expiresAt }
    : { id: issued.id, kind: 'proof', salt: issued.salt, difficulty: issued.difficulty, expiresAt };
}
