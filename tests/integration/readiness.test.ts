import { afterAll, beforeAll, describe, expect, it, inject, vi } from 'vitest';
import { logger } from '@/lib/log/logger';
import { checkReadiness, expectedMigration, readinessAnswer } from '@/lib/http/readiness';
import { createTestDatabase, type TestDatabase } from '@/tests/support/database';
import { testRedisRunning, testRedisUrl } from '@/tests/support/test-redis';

const redisRunning = await testRedisRunning();
let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase('readiness', inject('templateDatabase'));
});

afterAll(async () => {
  await database?.drop();
});

describe('readiness (/readyz)', () => {
  it('is ready with a migrated database and no Redis configured', async () => {
    expect(await checkReadiness({ databaseUrl: database.url, redisUrl: undefined })).toEqual({ ready: true });
  });

  it('names postgres when the database cannot be reached, within about a second', async () => {
    const url = new URL(database.url);
    url.port = '1';
    const started = Date.now();
    const readiness = await checkReadiness({ databaseUrl: url.toString(), redisUrl: undefined });
    expect(readiness.ready).toBe(false);
    expect(Object.keys(readiness.ready ? {} : readiness.notReady)).toEqual(['postgres']);
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('names migrations when the database is behind this build', async () => {
    const readiness = await checkReadiness({ databaseUrl: database.url, redisUrl: undefined, expected: '99991231000000_future' });
    expect(readiness).toMatchObject({ ready: false, notReady: { migrations: expect.stringContaining('99991231000000_future') } });
    expect(expectedMigration()).toMatch(/^\d{14}_/u);
  });

  it('is ready when the database is ahead of this build, as the previous release is during a rolling deploy', async () => {
    expect(await checkReadiness({ databaseUrl: database.url, redisUrl: undefined, expected: '20000101000000_older' })).toEqual({
      ready: true,
    });
  });

  it('names migrations when the database was never migrated', async () => {
    const empty = await createTestDatabase('readiness-empty');
    try {
      const readiness = await checkReadiness({ databaseUrl: empty.url, redisUrl: undefined });
      expect(readiness).toMatchObject({ ready: false, notReady: { migrations: expect.stringContaining('none') } });
    } finally {
      await empty.drop();
    }
  });

  it('names redis when REDIS_URL is set and Redis does not answer', async () => {
    const readiness = await checkReadiness({ databaseUrl: database.url, redisUrl: 'redis://127.0.0.1:1' });
    expect(readiness).toMatchObject({ ready: false, notReady: { redis: expect.any(String) } });
    expect(readiness.ready ? {} : readiness.notReady).not.toHaveProperty('postgres');
  });

  it.runIf(redisRunning)('is ready when Redis answers', async () => {
    expect(await checkReadiness({ databaseUrl: database.url, redisUrl: testRedisUrl })).toEqual({ ready: true });
  });
});

describe('the /readyz answer', () => {
  it('names what is not ready in fixed words, checks at most once a second, and tells the log only of changes', async () => {
    const unreachable = new URL(database.url);
    unreachable.port = '1';
    const warn = vi.spyOn(logger(), 'warn').mockImplementation(() => {});
    const info = vi.spyOn(logger(), 'info').mockImplementation(() => {});
    Object.assign(process.env, { DATABASE_URL: unreachable.toString(), REDIS_URL: '' });

    const first = readinessAnswer();
    expect(readinessAnswer()).toBe(first);
    const down = await first;
    expect(down.status).toBe(503);
    expect(down.body).toEqual({ status: 'not ready', notReady: { postgres: 'PostgreSQL did not answer within a second' } });
    expect(JSON.stringify(down.body)).not.toMatch(/127\.0\.0\.1|ECONNREFUSED|:1\b/);
    expect(warn).toHaveBeenCalledOnce();
    expect(warn).toHaveBeenCalledWith(
      { notReady: { postgres: expect.stringMatching(/ECONNREFUSED|connect/) } },
      'Not ready for readers: postgres.',
    );

    process.env.DATABASE_URL = database.url;
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    expect(await readinessAnswer()).toEqual({ status: 200, body: { status: 'ready' } });
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    expect(await readinessAnswer()).toEqual({ status: 200, body: { status: 'ready' } });
    expect(warn).toHaveBeenCalledOnce();
    expect(info).toHaveBeenCalledOnce();
  });
});
