import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { createSignInLimits } from '@/lib/auth/sign-in-limits';
import { logger } from '@/lib/log/logger';
import { createSharedLimiter } from '@/lib/rate-limit/limiter';
import { getRedis } from '@/lib/runtime/redis';
import { testRedisRunning, testRedisUrl } from '@/tests/support/test-redis';

const redisUrl = testRedisUrl;
// Nothing listens on port 1: Redis is "down".
const downUrl = 'redis://127.0.0.1:1';

const redisRunning = await testRedisRunning();

const used = new Set<string>();
afterEach(() => vi.unstubAllEnvs());
afterAll(() => used.forEach((url) => getRedis(url).disconnect()));

function useRedis(url: string) {
  vi.stubEnv('REDIS_URL', url);
  used.add(url);
  return getRedis(url);
}

const attempt = () => ({ email: `${randomUUID()}@example.com`, ip: null });

describe.skipIf(!redisRunning)(`sign-in limits in Redis (${redisUrl})`, () => {
  it('are shared by every process using the same Redis', async () => {
    const redis = useRedis(redisUrl);
    if (redis.status !== 'ready') await once(redis, 'ready');
    const thisProcess = createSignInLimits(createSharedLimiter);
    const otherProcess = createSignInLimits(createSharedLimiter);
    const who = attempt();
    for (let i = 0; i < 4; i++) await thisProcess.recordFailure(who);
    expect(await otherProcess.recordFailure(who)).toBe(60);
    expect(await thisProcess.secondsUntilAllowed(who)).toBeGreaterThan(55);
    await thisProcess.recordSuccess(who);
    expect(await otherProcess.secondsUntilAllowed(who)).toBe(0);
  });
});

describe('sign-in limits while Redis is down', () => {
  it('fall back to memory, never blocking sign-in', async () => {
    const warn = vi.spyOn(logger(), 'warn').mockImplementation(() => {});
    useRedis(downUrl);
    const limits = createSignInLimits(createSharedLimiter);
    const who = attempt();
    expect(await limits.secondsUntilAllowed(who)).toBe(0);
    for (let i = 0; i < 4; i++) expect(await limits.recordFailure(who)).toBe(0);
    expect(await limits.recordFailure(who)).toBe(60);
    expect(await limits.secondsUntilAllowed(who)).toBeGreaterThan(55);
    warn.mockRestore();
  });
});
