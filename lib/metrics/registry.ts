import '#server-only';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { databaseRoles, existingDatabasePool } from '@/lib/db/pool';
import { readinessAnswer } from '@/lib/http/readiness';
import { getRedis } from '@/lib/runtime/redis';
import { processSingleton } from '@/lib/runtime/singleton';

/** The closed sets of label values: fixed words, never what a reader or staff member sent. Why a comment was refused: */
const commentRefusalReasons = [
  'article_not_found',
  'comments_closed',
  'rate_limited',
  'challenge_wrong',
  'challenge_expired',
  'banned_commenter',
  'banned_word',
  'duplicate',
] as const;
export type CommentRefusalReason = (typeof commentRefusalReasons)[number];

const commentHoldReasons = ['suspect_word', 'premoderation', 'proof_under_load'] as const;
const signInFailureReasons = ['wrong_credentials', 'wrong_code', 'locked'] as const;
const webhookDeliveryOutcomes = ['delivered', 'retrying', 'failed'] as const;
const runOutcomes = ['succeeded', 'failed'] as const;

/** Seconds, from a cached page (a few ms) to a slow render or upload. */
const durationBuckets = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/** Every series of a closed label set starts at 0, so a rate over the first event is seen and a dashboard has lines to draw. */
function startAtZero<T extends string>(counter: Counter<T>, label: T, values: readonly string[]): Counter<T> {
  for (const value of values) counter.inc({ [label]: value } as Partial<Record<T, string>>, 0);
  return counter;
}

/** The pools this process has opened: a replica's only when DATABASE_REPLICA_URL is set, neither before the first query. */
const databasePools = () =>
  databaseRoles.flatMap((role) => {
    const pool = existingDatabasePool(role);
    return pool ? [[role, pool] as const] : [];
  });

function createMetrics() {
  const registry = new Registry();
  const registers = [registry];
  // Node's own (process_*, nodejs_*: memory, event-loop lag, garbage collection) under their usual names, which
  // ready-made dashboards know; once per process, here. Less three gauges named like counters, which promtool refuses.
  collectDefaultMetrics({ register: registry });
  for (const name of ['nodejs_active_handles_total', 'nodejs_active_requests_total', 'nodejs_active_resources_total']) {
    registry.removeSingleMetric(name);
  }

  const metrics = {
    registry,
    requestDuration: new Histogram({
      name: 'dateline_http_request_duration_seconds',
      help: 'Requests answered through Next.js, by route group and status class (aborted: the client left first); _count counts them.',
      labelNames: ['route_group', 'status_class'] as const,
      buckets: durationBuckets,
      registers,
    }),
    pageCacheAnswers: new Counter({
      name: 'dateline_page_cache_answers_total',
      help: "Answers from Next.js's page cache by route group and result (x-nextjs-cache: hit, stale, miss).",
      labelNames: ['route_group', 'result'] as const,
      registers,
    }),
    cacheReads: new Counter({
      name: 'dateline_cache_reads_total',
      help: "The cache handler's reads by kind of entry (pages, app routes, fetches) and result: hit, superseded (rendered anew), miss.",
      labelNames: ['kind', 'result'] as const,
      registers,
    }),
    commentsPosted: new Counter({
      name: 'dateline_comments_posted_total',
      help: 'Reader comments stored, shown at once or held for a moderator.',
      registers,
    }),
    commentsHeld: startAtZero(
      new Counter({
        name: 'dateline_comments_held_total',
        help: 'Reader comments stored held for a moderator, by reason.',
        labelNames: ['reason'] as const,
        registers,
      }),
      'reason',
      commentHoldReasons,
    ),
    commentsRefused: startAtZero(
      new Counter({
        name: 'dateline_comments_refused_total',
        help: 'Reader comments refused, by reason.',
        labelNames: ['reason'] as const,
        registers,
      }),
      'reason',
      commentRefusalReasons,
    ),
    signInFailures: startAtZero(
      new Counter({
        name: 'dateline_sign_in_failures_total',
        help: 'Failed staff sign-ins: wrong e-mail or password, wrong two-factor code, or refused while locked.',
        labelNames: ['reason'] as const,
        registers,
      }),
      'reason',
      signInFailureReasons,
    ),
    signInLockouts: new Counter({
      name: 'dateline_sign_in_lockouts_total',
      help: 'Failed staff sign-ins after which the account is locked for that address (or guarded), for a minute or more.',
      registers,
    }),
    rateLimitRefusals: new Counter({
      name: 'dateline_rate_limit_refusals_total',
      help: 'Requests refused by a rate limiter, by limiter.',
      labelNames: ['limiter'] as const,
      registers,
    }),
    scheduledPublishRuns: startAtZero(
      new Counter({
        name: 'dateline_scheduled_publish_runs_total',
        help: 'Runs of scheduled publishing (every 30 s), by outcome.',
        labelNames: ['outcome'] as const,
        registers,
      }),
      'outcome',
      runOutcomes,
    ),
    scheduledArticlesPublished: new Counter({
      name: 'dateline_scheduled_articles_published_total',
      help: 'Articles published by scheduled publishing.',
      registers,
    }),
    webhookDeliveries: startAtZero(
      new Counter({
        name: 'dateline_webhook_deliveries_total',
        help: 'Webhook delivery attempts, by outcome: delivered, failed but tried again later (retrying), given up (failed).',
        labelNames: ['outcome'] as const,
        registers,
      }),
      'outcome',
      webhookDeliveryOutcomes,
    ),
  };

  new Gauge({
    name: 'dateline_ready',
    help: 'Whether this instance is ready for readers, as /readyz says (1) or not (0); checked at each scrape.',
    registers,
    async collect() {
      this.set((await readinessAnswer()).status === 200 ? 1 : 0);
    },
  });
  new Gauge({
    name: 'dateline_db_pool_connections',
    help: "Connections of the app's PostgreSQL pools (primary, read replica), by state: in use by a query, or idle.",
    labelNames: ['database', 'state'] as const,
    registers,
    collect() {
      for (const [database, pool] of databasePools()) {
        this.set({ database, state: 'in_use' }, pool.totalCount - pool.idleCount);
        this.set({ database, state: 'idle' }, pool.idleCount);
      }
    },
  });
  new Gauge({
    name: 'dateline_db_pool_waiting_queries',
    help: "Queries waiting for a connection of the app's PostgreSQL pools (primary, read replica).",
    labelNames: ['database'] as const,
    registers,
    collect() {
      for (const [database, pool] of databasePools()) this.set({ database }, pool.waitingCount);
    },
  });
  const redisUrl = process.env.REDIS_URL;
  if (redisUrl) {
    new Gauge({
      name: 'dateline_redis_up',
      help: 'Whether the connection to Redis (REDIS_URL) is ready (1) or not (0).',
      registers,
      collect() {
        this.set(getRedis(redisUrl).status === 'ready' ? 1 : 0);
      },
    });
  }
  return metrics;
}

/**
 * The process's metrics, one set however many copies of this module Next.js's bundles, the cache handler and the
 * app's server load: a counter made in one copy and counted in another must be the same object.
 */
export function appMetrics(): ReturnType<typeof createMetrics> {
  return processSingleton('metrics', createMetrics);
}
