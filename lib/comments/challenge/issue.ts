import { randomBytes, randomInt, randomUUID } from 'node:crypto';
import { normalProofDifficulty } from './proof-load';
import { putChallenge, type StoredChallenge } from './store';

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
export async function issueChallenge(articleId: string, kind: ChallengeKind, owner: string, difficulty = normalProofDifficulty): Promise<IssuedChallenge> {
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
