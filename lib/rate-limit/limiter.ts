import '#server-only';
import { RateLimiterMemory, RateLimiterRedis, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { getRedis, redisKeyPrefix } from '@/lib/runtime/redis';

export type LimiterOptions = { keyPrefix: string; points: number; duration: number };
export type CreateLimiter = (options: LimiterOptions) => RateLimiterAbstract;

export const createMemoryLimiter: CreateLimiter = (options) => new RateLimiterMemory(options);

/** Shared by every process through Redis when REDIS_URL is set; this process's memory otherwise. */
export const createSharedLimiter: CreateLimiter = (options) => {
  const url = process.env.REDIS_URL;
  if (!url) return createMemoryLimiter(options);
  return new RateLimiterRedis({
    ...options,
    keyPrefix: `${redisKeyPrefix()}${options.keyPrefix}`,
    storeClient: getRedis(url),
    insuranceLimiter: createMemoryLimiter(options),
  });
};
