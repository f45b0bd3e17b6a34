import { Redis } from 'ioredis';

// One connection per address and process, kept across dev reloads like the database client.
const globalForRedis = globalThis as unknown as { datelineRedis?: Map<string, Redis>; datelineRedisDown?: WeakSet<Redis> };

/**
 * Said once per connection and outage, whichever part of the app noticed first: everything Redis holds (pages,
 * rate limits, anti-spam challenges) is kept in this process's memory until it is back.
 */
export function reportRedisUnavailable(redis: Redis, error: Error): void {
  globalForRedis.datelineRedisDown ??= new WeakSet();
  if (globalForRedis.datelineRedisDown.has(redis)) return;
  globalForRedis.datelineRedisDown.add(redis);
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
    const connection = redis;
    connection.on('error', (error: Error) => reportRedisUnavailable(connection, error));
    connection.on('ready', () => globalForRedis.datelineRedisDown?.delete(connection));
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
