import '#server-only';
import { randomUUID } from 'node:crypto';
import type { Prisma } from '@/lib/db/generated/client';
import type { WebhookEvent } from './events';

type Tx = Prisma.TransactionClient;

/** What every delivery's JSON says besides the event's own subject (`article` or `comment`). */
export type WebhookEnvelope = { id: string; event: WebhookEvent; occurredAt: string };

/**
 * Writes one delivery per webhook that listens to `event`, in the caller's transaction: the event is sent if and
 * only if the change commits, and nothing is sent during the save (the worker does, lib/webhooks/worker.ts).
 * `subject` is read only when someone listens, so a newsroom without webhooks pays one indexed query.
 */
export async function enqueueWebhookEvent<S extends object>(
  tx: Tx,
  event: WebhookEvent,
  subject: () => Promise<S>,
  now = new Date(),
): Promise<number> {
  const listeners = await tx.webhook.findMany({ where: { events: { has: event } }, select: { id: true } });
  if (listeners.length === 0) return 0;
  const envelope: WebhookEnvelope = { id: randomUUID(), event, occurredAt: now.toISOString() };
  const body = JSON.stringify({ ...envelope, ...(await subject()) });
  const { count } = await tx.webhookDelivery.createMany({
    data: listeners.map(({ id }) => ({ webhookId: id, event, body, nextAttemptAt: now })),
  });
  return count;
}
