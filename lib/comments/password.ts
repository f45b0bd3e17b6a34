import { hash } from '@node-rs/argon2';

/**
 * argon2id for the passwords readers give their comments, lighter than staff passwords (lib/auth/password.ts:
 * 19 MiB, 2 passes): 7 MiB, 2 passes, about a quarter of the time. A comment password only lets its holder delete
 * one anonymous comment, guessing it online is capped before any hash runs (./delete-own-comment.ts), and every
 * comment anyone posts costs one hash, so its price is one strangers set. Offline, a leaked hash still costs a
 * memory-hard 7 MiB per guess. Verifying needs nothing of this: argon2 writes its parameters into each hash, so
 * `verifyPassword` checks these and older comments' hashes alike.
 */
const commentPasswordOptions = { memoryCost: 7 * 1024, timeCost: 2, parallelism: 1 };

export function hashCommentPassword(password: string): Promise<string> {
  return hash(password, commentPasswordOptions);
}
