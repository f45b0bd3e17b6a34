import { readdirSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { logger } from '../log/logger';
import { getRedis } from '../runtime/redis';
import { processSingleton } from '../runtime/singleton';

/**
 * What /readyz (lib/http/front-door.ts) checks before a load balancer sends this instance readers: PostgreSQL answers
 * within a second, its newest applied migration is the newest this build ships, and Redis answers when REDIS_URL is
 * set. The database is asked through a one-connection pool of its own rather than the app's Prisma client, so the
 * server bundle (build/server.mjs) stays free of the generated client and a check never waits behind busy pages.
 */
type Part = 'postgres' | 'migrations' | 'redis';
type NotReady = Partial<Record<Part, string>>;
export type Readiness = { ready: true } | { ready: false; notReady: NotReady };

const timeoutMilliseconds = 1_000;

/** The newest folder of prisma/migrations: the schema this build expects. */
export function expectedMigration(root = process.cwd()): string | undefined {
  return readdirSync(path.join(root, 'prisma', 'migrations'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .at(-1);
}

function probePool(url: string): pg.Pool {
  return processSingleton(`readinessPool:${url}`, () => {
    const pool = new pg.Pool({
      connectionString: url,
      max: 1,
      connectionTimeoutMillis: timeoutMilliseconds,
      query_timeout: timeoutMilliseconds,
      idleTimeoutMillis: 30_000,
    });
    // A connection dropped while idle (the database stopped) is found again by the next check.
    pool.on('error', () => undefined);
    return pool;
  });
}

function withTimeout<T>(work: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not answer within ${timeoutMilliseconds} ms`)), timeoutMilliseconds);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

const reason = (error: unknown) => (error instanceof Error ? error.message : String(error));

async function checkPostgres(url: string, expected: string | undefined, notReady: NotReady) {
  let applied: string | undefined;
  try {
    const result = await withTimeout(
      probePool(url).query<{ migration_name: string }>(
        'SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name DESC LIMIT 1',
      ),
      'PostgreSQL',
    );
    applied = result.rows[0]?.migration_name;
  } catch (error) {
    // Reachable, but never migrated: no migrations table (undefined_table).
    if ((error as { code?: string }).code === '42P01')
      notReady.migrations = `expected ${expected ?? 'a migrated database'}, the database has none`;
    else notReady.postgres = reason(error);
    return;
  }
  // A newer migration is fine: during a rolling deploy the next release migrates first, and migrations are
  // expand-then-contract (scripts/check-migrations.ts), so this release still works on its schema.
  if (expected && (!applied || applied < expected)) notReady.migrations = `expected ${expected}, the database has ${applied ?? 'none'}`;
}

async function checkRedis(url: string, notReady: NotReady) {
  const redis = getRedis(url);
  try {
    await withTimeout(
      (async () => {
        // A connection still being made is waited for, not counted as down.
        if (redis.status === 'connecting' || redis.status === 'connect' || redis.status === 'wait') {
          await new Promise((resolve) => redis.once('ready', resolve));
        }
        await redis.ping();
      })(),
      'Redis',
    );
  } catch (error) {
    notReady.redis = reason(error);
  }
}

export async function checkReadiness({
  databaseUrl = process.env.DATABASE_URL,
  redisUrl = process.env.REDIS_URL,
  expected = processSingleton('expectedMigration', () => expectedMigration()),
}: { databaseUrl?: string; redisUrl?: string; expected?: string } = {}): Promise<Readiness> {
  const notReady: NotReady = {};
  await Promise.all([
    databaseUrl ? checkPostgres(databaseUrl, expected, notReady) : (notReady.postgres = 'DATABASE_URL is not set'),
    redisUrl ? checkRedis(redisUrl, notReady) : undefined,
  ]);
  return Object.keys(notReady).length === 0 ? { ready: true } : { ready: false, notReady };
}

/** What /readyz says of each part: fixed words, since a driver's message can name the database's host and port. */
const publicReasons: Record<Part, string> = {
  postgres: 'PostgreSQL did not answer within a second',
  migrations: "the database lacks this release's newest migration",
  redis: 'Redis did not answer within a second',
};

export type ReadinessAnswer = { status: 200 | 503; body: { status: 'ready' } | { status: 'not ready'; notReady: NotReady } };

/** How long one check's answer serves every /readyz that asks: a flood of probes costs at most one query a second. */
const answerLifetimeMilliseconds = 1_000;

function logChange(readiness: Readiness): void {
  if (readiness.ready) logger().info('Ready for readers: PostgreSQL, migrations and Redis answer.');
  else logger().warn({ notReady: readiness.notReady }, `Not ready for readers: ${Object.keys(readiness.notReady).join(', ')}.`);
}

/**
 * /readyz's answer (and the metrics' `dateline_ready`), from a check shared by every caller within a second. The
 * details go to the log when the instance becomes ready or not ready (or not ready for other reasons): once, not per probe.
 */
export function readinessAnswer(): Promise<ReadinessAnswer> {
  const state = processSingleton('readinessAnswer', () => ({
    checkedAt: 0,
    answer: undefined as Promise<ReadinessAnswer> | undefined,
    last: '',
  }));
  if (state.answer && Date.now() - state.checkedAt < answerLifetimeMilliseconds) return state.answer;
  state.checkedAt = Date.now();
  state.answer = checkReadiness().then((readiness) => {
    const summary = JSON.stringify(readiness.ready ? {} : Object.keys(readiness.notReady).sort());
    if (summary !== state.last) {
      state.last = summary;
      logChange(readiness);
    }
    if (readiness.ready) return { status: 200, body: { status: 'ready' } };
    const notReady = Object.fromEntries(Object.keys(readiness.notReady).map((part) => [part, publicReasons[part as Part]]));
    return { status: 503, body: { status: 'not ready', notReady } };
  });
  return state.answer;
}
