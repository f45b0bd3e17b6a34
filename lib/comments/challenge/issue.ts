import { randomBytes, randomInt, randomUUID } from 'node:crypto';
import { proofDifficulty } from './proof-rule';
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

/** A new anti-spam challenge for one article's comment form, kept for ten minutes and answerable once. */
export async function issueChallenge(articleId: string, kind: ChallengeKind): Promise<IssuedChallenge> {
  const id = randomUUID();
  const expiresAt = new Date(Date.now() + challengeTtlSeconds * 1000);
  const stored: StoredChallenge =
    kind === 'image'
      ? { kind, articleId, digits: randomDigits(), expiresAt: expiresAt.getTime() }
      : { kind, articleId, salt: randomBytes(16).toString('hex'), difficulty: proofDifficulty, expiresAt: expiresAt.getTime() };
  await putChallenge(id, stored, challengeTtlSeconds);
  return stored.kind === 'image'
    ? { id, kind: 'image', digits: stored.digits, expiresAt }
    : { id, kind: 'proof', salt: stored.salt, difficulty: stored.difficulty, expiresAt };
}
