import '#server-only';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { appMetrics } from '@/lib/metrics/registry';
import { getRedis, redisKeyPrefix } from '@/lib/runtime/redis';
import { processSingleton } from '@/lib/runtime/singleton';

export type LimiterOptions = { keyPrefix: string; points: number; duration: number };
export type CreateLimiter = (options: LimiterOptions) => RateLimiterAbstract;

/** Each limiter's name for the metrics: its key prefix without Redis's. Per process, as limiters are made in one bundle and used in another. */
const names = () => processSingleton('limiterNames', () => new WeakMap<RateLimiterAbstract, string>());

/** Counts a refusal by this limiter (lib/metrics): its `consume` counts its own, callers that refuse on what `get` found call this. */
export function countRefusal(limiter: RateLimiterAbstract): void {
  appMetrics().rateLimitRefusals.inc({ limiter: names().get(limiter) ?? 'unnamed' });
}

function counted(limiter: RateLimiterAbstract, name: string): RateLimiterAbstract {
  names().set(limiter, name);
  const consume = limiter.consume.bind(limiter);
  limiter.consume = (...args) =>
    consume(...args).catch((rejection: unknown) => {
      if (rejection instanceof RateLimiterRes) countRefusal(limiter);
      throw rejection;
    });
  return limiter;
}

export const createMemoryLimiter: CreateLimiter = (options) => counted(new RateLimiterMemory(options), options.keyPrefix);

/** Shared by every process through Redis when REDIS_URL is set; this process's memory otherwise. */
export const createSharedLimiter: CreateLimiter = (options) => {
  const url = process.env.REDIS_URL;
  if (!url) return createMemoryLimiter(options);
  const limiter = new RateLimiterRedis({
    ...options,
    keyPrefix: `${redisKeyPrefix()}${options.keyPrefix}`,
    storeClient: getRedis(url),
    // Not counted itself: what it refuses, the limiter it stands in for refuses.
    insuranceLimiter: new RateLimiterMemory(options),
  });
  return counted(limiter, options.keyPrefix);
};
