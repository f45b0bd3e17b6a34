import { once } from 'node:events';
import type { Redis } from 'ioredis';
import { getRedis, redisKeyPrefix } from '@/lib/rate-limit/redis';

/** A challenge as kept until it is answered; `expiresAt` in milliseconds since the epoch. */
export type StoredChallenge =
  | { kind: 'image'; articleId: string; digits: string; expiresAt: number }
  | { kind: 'proof'; articleId: string; salt: string; difficulty: number; expiresAt: number };

// On globalThis: routes may be bundled apart, and every route of a process must see the same challenges.
const globalForChallenges = globalThis as unknown as { datelineChallenges?: Map<string, StoredChallenge> };
const memoryMax = 10_000;
/** How long a request waits for a connection Redis is still opening (the first request of a process). */
const connectWaitMs = 1_000;

function memory(): Map<string, StoredChallenge> {
  globalForChallenges.datelineChallenges ??= new Map();
  return globalForChallenges.datelineChallenges;
}

function putInMemory(id: string, challenge: StoredChallenge): void {
  const challenges = memory();
  if (challenges.size >= memoryMax) {
    const now = Date.now();
    for (const [key, kept] of challenges) if (kept.expiresAt <= now) challenges.delete(key);
  }
  // Still full of live challenges (a flood): the oldest give way.
  for (const key of challenges.keys()) {
    if (challenges.size < memoryMax) break;
    challenges.delete(key);
  }
  challenges.set(id, challenge);
}

function takeFromMemory(id: string): StoredChallenge | null {
  const challenge = memory().get(id) ?? null;
  memory().delete(id);
  return challenge;
}

/** Runs a command on Redis when REDIS_URL is set and Redis answers; undefined otherwise (memory takes over). */
async function withRedis<T>(command: (redis: Redis) => Promise<T>): Promise<T | undefined> {
  const url = process.env.REDIS_URL;
  if (!url) return undefined;
  try {
    const redis = getRedis(url);
    if (redis.status === 'connecting' || redis.status === 'connect') await once(redis, 'ready', { signal: AbortSignal.timeout(connectWaitMs) });
    return await command(redis);
  } catch {
    // The connection's own error handler has warned, once per outage (lib/rate-limit/redis.ts).
    return undefined;
  }
}

const redisKey = (id: string) => `${redisKeyPrefix()}comment-challenge:${id}`;

/** Keeps a challenge for `ttlSeconds`: in Redis (shared by every process) when it can, else in memory. */
export async function putChallenge(id: string, challenge: StoredChallenge, ttlSeconds: number): Promise<void> {
  const stored = await withRedis((redis) => redis.set(redisKey(id), JSON.stringify(challenge), 'EX', ttlSeconds));
  if (stored === undefined) putInMemory(id, challenge);
}

/**
 * Takes a challenge out, atomically (GETDEL): of two requests with the same id, one gets it. Memory is
 * looked at too, for challenges issued while Redis was down.
 */
export async function takeChallenge(id: string): Promise<StoredChallenge | null> {
  const stored = await withRedis((redis) => redis.getdel(redisKey(id)));
  if (stored) return JSON.parse(stored) as StoredChallenge;
  return takeFromMemory(id);
}
