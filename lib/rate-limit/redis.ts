import { Redis } from 'ioredis';

// One connection per address and process, kept across dev reloads like the database client.
const globalForRedis = globalThis as unknown as { datelineRedis?: Map<string, Redis>; datelineRedisOutageReported?: boolean };

/**
 * Said once per outage and process, whichever part of the app noticed first: everything Redis holds (pages, rate
 * limits, anti-spam challenges) is kept in this process's memory until it is back.
 */
export function reportRedisUnavailable(error: Error): void {
  if (globalForRedis.datelineRedisOutageReported) return;
  globalForRedis.datelineRedisOutageReported = true;
  console.warn(`Redis at REDIS_URL is unavailable (${error.message}); this process keeps pages, rate limits and anti-spam challenges in its own memory until it is back.`);
}

/**
 * Commands fail at once while Redis is unreachable instead of queueing, so limiters fall back to
 * their in-memory insurance rather than keeping a request waiting.
 */
export function getRedis(url: string): Redis {
  globalForRedis.datelineRedis ??= new Map();
  let redis = globalForRedis.datelineRedis.get(url);
  if (!redis) {
    redis = new Redis(url, { enableOfflineQueue: false, maxRetriesPerRequest: 1 });
    redis.on('error', reportRedisUnavailable);
    redis.on('ready', () => {
      globalForRedis.datelineRedisOutageReported = false;
    });
    globalForRedis.datelineRedis.set(url, redis);
  }
  return redis;
}

/**
 * Starts every key this app writes to Redis, so several sites (or test runs) can share one server:
 * REDIS_KEY_PREFIX, `dateline:` by default.
 */
export function redisKeyPrefix(): string {
  return process.env.REDIS_KEY_PREFIX ?? 'dateline:';
}
