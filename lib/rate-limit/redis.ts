import { Redis } from 'ioredis';

// One connection per address and process, kept across dev reloads like the database client.
const globalForRedis = globalThis as unknown as { datelineRedis?: Map<string, Redis> };

/**
 * Commands fail at once while Redis is unreachable instead of queueing, so limiters fall back to
 * their in-memory insurance rather than keeping a request waiting.
 */
export function getRedis(url: string): Redis {
  globalForRedis.datelineRedis ??= new Map();
  let redis = globalForRedis.datelineRedis.get(url);
  if (!redis) {
    redis = new Redis(url, { enableOfflineQueue: false, maxRetriesPerRequest: 1 });
    let reported = false;
    redis.on('error', (error: Error) => {
      if (!reported) console.warn(`Redis at REDIS_URL is unavailable (${error.message}); this process keeps rate limits and anti-spam challenges in its own memory until it is back.`);
      reported = true;
    });
    redis.on('ready', () => {
      reported = false;
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
