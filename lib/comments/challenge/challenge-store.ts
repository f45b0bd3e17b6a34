import '#server-only';
import { once } from 'node:events';
import type { Redis } from 'ioredis';
import { getRedis, redisKeyPrefix } from '@/lib/runtime/redis';
import { processSingleton } from '@/lib/runtime/singleton';

/** A challenge as kept until it is answered; `expiresAt` in milliseconds since the epoch. */
export type StoredChallenge =
  | { kind: 'image'; articleId: string; digits: string; expiresAt: number }
  | { kind: 'proof'; articleId: string; salt: string; difficulty: number; expiresAt: number };

/** Challenges in this process's memory with the address hash each was issued to, and each address's, oldest first. */
type MemoryStore = {
  challenges: Map<string, { challenge: StoredChallenge; owner: string }>;
  byOwner: Map<string, Set<string>>;
  sweptAt: number;
};

/**
 * Memory holds at most this many challenges per address, so one address (a script, however fast) only ever replaces
 * its own: fifty colleagues behind an office's address may each have one open. And at most this many in all (a few
 * megabytes), which only challenges from a thousand addresses at once can fill.
 */
const memoryPerOwner = 50;
const memoryMax = 50_000;
/** How often a full store is swept for expired challenges: not on every request of a flood. */
const sweepIntervalMs = 1_000;
/** How long a request waits for a connection Redis is still opening (the first request of a process). */
const connectWaitMs = 1_000;

/** One per process: routes are bundled apart, and every route must see the same challenges. */
function memory(): MemoryStore {
  return processSingleton('commentChallenges', (): MemoryStore => ({ challenges: new Map(), byOwner: new Map(), sweptAt: 0 }));
}

function dropFromMemory(store: MemoryStore, id: string): void {
  const kept = store.challenges.get(id);
  if (!kept) return;
  store.challenges.delete(id);
  const owned = store.byOwner.get(kept.owner);
  owned?.delete(id);
  if (owned?.size === 0) store.byOwner.delete(kept.owner);
}

const oldestOf = (owned: Set<string>) => owned.values().next().value!;

/** The challenges of the address holding most (the first found with a full share: none holds more). */
function largestShare(store: MemoryStore): Set<string> {
  let largest = new Set<string>();
  for (const owned of store.byOwner.values()) {
    if (owned.size > largest.size) largest = owned;
    if (largest.size >= memoryPerOwner) break;
  }
  return largest;
}

function putInMemory(id: string, challenge: StoredChallenge, owner: string): void {
  const store = memory();
  const owned = store.byOwner.get(owner);
  // An address past its share gives way to itself.
  while (owned && owned.size >= memoryPerOwner) dropFromMemory(store, oldestOf(owned));
  const now = Date.now();
  if (store.challenges.size >= memoryMax && now - store.sweptAt >= sweepIntervalMs) {
    store.sweptAt = now;
    for (const [key, kept] of store.challenges) if (kept.challenge.expiresAt <= now) dropFromMemory(store, key);
  }
  // Still full of live challenges from very many addresses: the one holding most gives way.
  if (store.challenges.size >= memoryMax) dropFromMemory(store, oldestOf(largestShare(store)));
  store.challenges.set(id, { challenge, owner });
  store.byOwner.set(owner, (store.byOwner.get(owner) ?? new Set()).add(id));
}

function takeFromMemory(id: string): StoredChallenge | null {
  const store = memory();
  const challenge = store.challenges.get(id)?.challenge ?? null;
  dropFromMemory(store, id);
  return challenge;
}

/** Runs a command on Redis when REDIS_URL is set and Redis answers; undefined otherwise (memory takes over). */
async function withRedis<T>(command: (redis: Redis) => Promise<T>): Promise<T | undefined> {
  const url = process.env.REDIS_URL;
  if (!url) return undefined;
  try {
    const redis = getRedis(url);
    if (redis.status === 'connecting' || redis.status === 'connect')
      await once(redis, 'ready', { signal: AbortSignal.timeout(connectWaitMs) });
    return await command(redis);
  } catch {
    // The connection's own error handler has warned, once per outage (lib/runtime/redis.ts).
    return undefined;
  }
}

const redisKey = (id: string) => `${redisKeyPrefix()}comment-challenge:${id}`;

/**
 * Keeps a challenge issued to `owner` (an address hash) for `ttlSeconds`: in Redis (shared by every process) when it
 * can, else in memory. Redis drops each at its time; what an address can fill it with is bounded by how many
 * challenges it may ask for (lib/comments/reader/reader-limits.ts).
 */
export async function putChallenge(id: string, challenge: StoredChallenge, ttlSeconds: number, owner: string): Promise<void> {
  const stored = await withRedis((redis) => redis.set(redisKey(id), JSON.stringify(challenge), 'EX', ttlSeconds));
  if (stored === undefined) putInMemory(id, challenge, owner);
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
