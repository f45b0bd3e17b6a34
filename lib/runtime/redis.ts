import '#server-only';
import { Redis } from 'ioredis';
import { logger } from '@/lib/log/logger';
import { processSingleton } from './singleton';

/** One connection per address and process, shared by the page cache, rate limits and anti-spam challenges. */
const connections = () => processSingleton('redisConnections', () => new Map<string, Redis>());
/** Connections whose outage has been reported, until they are ready again. */
const reportedDown = () => processSingleton('redisReportedDown', () => new WeakSet<Redis>());

/**
 * Said once per connection and outage, whichever part of the app noticed first: everything Redis holds (pages,
 * rate limits, anti-spam challenges) is kept in this process's memory until it is back.
 */
export function reportRedisUnavailable(redis: Redis, error: Error): void {
  if (reportedDown().has(redis)) return;
  reportedDown().add(redis);
  logger().warn(
    { reason: error.message },
    'Redis at REDIS_URL is unavailable; this process keeps pages, rate limits and anti-spam challenges in its own memory until it is back.',
  );
}

/**
 * Commands fail at once while Redis is unreachable instead of queueing, so limiters fall back to
 * their in-memory insurance rather than keeping a request waiting.
 */
export function getRedis(url: string): Redis {
  let redis = connections().get(url);
  if (!redis) {
    redis = new Redis(url, { enableOfflineQueue: false, maxRetriesPerRequest: 1 });
    const connection = redis;
    connection.on('error', (error: Error) => reportRedisUnavailable(connection, error));
    connection.on('ready', () => reportedDown().delete(connection));
    connections().set(url, redis);
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
