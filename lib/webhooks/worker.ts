import '#server-only';
import type { Database } from '@/lib/db/client';
import { appMetrics } from '@/lib/metrics/registry';
import { logger } from '@/lib/log/logger';
import { nextAttemptAfterFailure } from './backoff';
import { postWebhook } from './send';
import { signatureHeader, signWebhookBody } from './signature';

/** How long a claimed delivery belongs to the worker that took it; one stopped mid-send leaves it due again after this. */
const leaseMs = 60_000;
const batchSize = 10;
/** Delivered and failed deliveries are kept this long for the admin's table, then removed, so the outbox stays small. */
export const keptForMs = 30 * 24 * 60 * 60 * 1000;

type Claimed = { id: string; webhookId: string; event: string; body: string; attempts: number; firstAttemptAt: Date };

/**
 * Takes due deliveries in one statement: the rows are locked as they are picked and rows another worker holds are
 * skipped (FOR UPDATE SKIP LOCKED), so two servers never take the same one; each is leased ahead and counted.
 */
export function claimDueDeliveries(db: Database, now: Date, limit = batchSize): Promise<Claimed[]> {
  const leaseEnd = new Date(now.getTime() + leaseMs);
  return db.$queryRaw<Claimed[]>`
    UPDATE webhook_deliveries
       SET next_attempt_at = ${leaseEnd}, attempts = attempts + 1,
           first_attempt_at = COALESCE(first_attempt_at, ${now}), last_attempt_at = ${now}
     WHERE id IN (SELECT id FROM webhook_deliveries
                   WHERE status = 'PENDING' AND next_attempt_at <= ${now}
                   ORDER BY next_attempt_at LIMIT ${limit}
                   FOR UPDATE SKIP LOCKED)
    RETURNING id, webhook_id AS "webhookId", event, body, attempts, first_attempt_at AS "firstAttemptAt"`;
}

type Outcome = { statusCode: number | null; error: string | null };

async function attempt(delivery: Claimed, webhook: { url: string; secret: string }, now: Date, timeoutMs?: number): Promise<Outcome> {
  try {
    const statusCode = await postWebhook(
      new URL(webhook.url),
      delivery.body,
      {
        'user-agent': 'Dateline-Webhooks/1',
        'dateline-event': delivery.event,
        'dateline-delivery': delivery.id,
        [signatureHeader.toLowerCase()]: signWebhookBody(webhook.secret, delivery.body, now),
      },
      timeoutMs,
    );
    return { statusCode, error: null };
  } catch (error) {
    const timedOut = error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
    return { statusCode: null, error: timedOut ? 'Timed out' : error instanceof Error ? error.message : String(error) };
  }
}

/** The attempt's outcome, written only if the delivery is still as claimed (not sent again by an admin meanwhile). */
async function record(db: Database, delivery: Claimed, outcome: Outcome, now: Date): Promise<void> {
  const delivered = outcome.statusCode !== null && outcome.statusCode >= 200 && outcome.statusCode < 300;
  const next = delivered ? null : nextAttemptAfterFailure(delivery.attempts, delivery.firstAttemptAt, now);
  appMetrics().webhookDeliveries.inc({ outcome: delivered ? 'delivered' : next ? 'retrying' : 'failed' });
  await db.webhookDelivery.updateMany({
    where: { id: delivery.id, attempts: delivery.attempts, status: 'PENDING' },
    data: {
      status: delivered ? 'DELIVERED' : next ? 'PENDING' : 'FAILED',
      lastStatusCode: outcome.statusCode,
      lastError: delivered ? null : (outcome.error ?? `HTTP ${outcome.statusCode}`),
      ...(next && { nextAttemptAt: next }),
    },
  });
}

/** Removes finished deliveries older than `keptForMs`; pending ones stay whatever their age. */
export async function pruneFinishedDeliveries(db: Database, now: Date): Promise<number> {
  const { count } = await db.webhookDelivery.deleteMany({
    where: { status: { in: ['DELIVERED', 'FAILED'] }, createdAt: { lt: new Date(now.getTime() - keptForMs) } },
  });
  return count;
}

/** One pass: sends what is due, in parallel, and records each outcome. Returns how many were attempted. */
export async function sendDueDeliveries(
  db: Database,
  { now = new Date(), timeoutMs }: { now?: Date; timeoutMs?: number } = {},
): Promise<number> {
  const claimed = await claimDueDeliveries(db, now);
  if (claimed.length === 0) return 0;
  const webhooks = await db.webhook.findMany({ where: { id: { in: [...new Set(claimed.map((d) => d.webhookId))] } } });
  await Promise.all(
    claimed.map(async (delivery) => {
      const webhook = webhooks.find((w) => w.id === delivery.webhookId);
      if (!webhook) return;
      await record(db, delivery, await attempt(delivery, webhook, now, timeoutMs), new Date());
    }),
  );
  return claimed.length;
}

export type WebhookWorker = { stop(): Promise<void> };

/**
 * Polls the outbox every `intervalMs`; a pass still running when the next tick comes is not doubled. Stopping waits
 * for the pass in flight (at most one send timeout), so a delivery is either recorded or left to its lease.
 */
export function startWebhookWorkerOn(db: Database, intervalMs = 5_000): WebhookWorker {
  let running: Promise<unknown> | null = null;
  const tick = () => {
    running ??= sendDueDeliveries(db)
      .then(() => pruneFinishedDeliveries(db, new Date()))
      .catch((error: unknown) => logger().error({ err: error }, 'Sending webhooks failed'))
      .finally(() => (running = null));
  };
  tick();
  const timer = setInterval(tick, intervalMs).unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
