import net from 'node:net';

/** The Redis tests share limits, challenges and cache entries through (TEST_REDIS_URL). */
export const testRedisUrl = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

/** Whether something listens at the address. */
export function isReachable(url: string): Promise<boolean> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = net.connect({ host: hostname, port: Number(port || 6379), timeout: 500 });
    const done = (open: boolean) => {
      socket.destroy();
      resolve(open);
    };
    socket
      .once('connect', () => done(true))
      .once('error', () => done(false))
      .once('timeout', () => done(false));
  });
}

/**
 * Whether this file's Redis-backed tests can run, for `describe.skipIf(!…)`. When they cannot, `why` (what is
 * missing) is printed beside the file's results and the tests are skipped; under CI it throws instead, failing the
 * file: a run that skipped them would pass without having tested what only Redis shows.
 */
export function redisTestsCanRun(available: boolean, why: string): boolean {
  if (available) return true;
  if (process.env.CI) {
    throw new Error(
      `${why}. Under CI the Redis-backed tests fail instead of skipping: install and start redis-server (.ci/run does both).`,
    );
  }
  console.warn(`Skipping this file's Redis-backed tests: ${why}. Start redis-server to run them (under CI they fail instead).`);
  return false;
}

/** Whether Redis answers at TEST_REDIS_URL; see redisTestsCanRun for what happens when it does not. */
export async function testRedisRunning(): Promise<boolean> {
  return redisTestsCanRun(await isReachable(testRedisUrl), `nothing listens at ${testRedisUrl} (TEST_REDIS_URL)`);
}
