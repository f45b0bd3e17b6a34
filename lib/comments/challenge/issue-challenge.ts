import '#server-only';
import { randomBytes, randomInt, randomUUID } from 'node:crypto';
import type { Database } from '@/lib/db/client';
import { normalProofDifficulty, proofDifficultyAt, proofsSolvedThisMinute } from './proof-of-work';
import { putChallenge, type StoredChallenge } from './challenge-store';
import { challengeImageDataUrl } from './challenge-image';
import { findCommentableArticle } from '../reader/comment-rules';
import { getReaderLimits, type ReaderLimits } from '../reader/reader-limits';
import { refused } from '../reader/reader-refusal';
import type { ChallengeView } from '../reader/comment-view';

export type ChallengeKind = 'image' | 'proof';

export type IssuedChallenge =
  | { id: string; kind: 'image'; digits: string; expiresAt: Date }
  | { id: string; kind: 'proof'; salt: string; difficulty: number; expiresAt: Date };

export const challengeTtlSeconds = 10 * 60;
export const challengeDigits = 5;

function randomDigits(): string {
  return Array.from({ length: challengeDigits }, () => String(randomInt(10))).join('');
}

/**
 * A new anti-spam challenge for one article, kept for ten minutes and answerable once; `owner` is the address hash
 * it was issued to (memory keeps only so many per address), `difficulty` the proof of work's, when it is one.
 */
export async function issueChallenge(
  articleId: string,
  kind: ChallengeKind,
  owner: string,
  difficulty = normalProofDifficulty,
): Promise<IssuedChallenge> {
  const id = randomUUID();
  const expiresAt = new Date(Date.now() + challengeTtlSeconds * 1000);
  const stored: StoredChallenge =
    kind === 'image'
      ? { kind, articleId, digits: randomDigits(), expiresAt: expiresAt.getTime() }
      : { kind, articleId, salt: randomBytes(16).toString('hex'), difficulty, expiresAt: expiresAt.getTime() };
  await putChallenge(id, stored, challengeTtlSeconds, owner);
  return stored.kind === 'image'
    ? { id, kind: 'image', digits: stored.digits, expiresAt }
    : { id, kind: 'proof', salt: stored.salt, difficulty: stored.difficulty, expiresAt };
}

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
