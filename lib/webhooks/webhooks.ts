import '#server-only';
import { z } from 'zod';
import { withCode } from '@/lib/actions/codes';
import { recordAudit } from '@/lib/audit/record';
import type { Database } from '@/lib/db/client';
import type { WebhookDeliveryStatus } from '@/lib/db/generated/enums';
import { RefusedError } from '@/lib/errors';
import { checkWebhookUrl } from './address-guard';
import { webhookEvents, type WebhookEvent } from './events';
import { newWebhookSecret } from './signature';

export const webhooksPath = '/admin/webhooks';

/** The form: the URL, and one checkbox per event (named after it, as FormData sends checkboxes). */
export const webhookInputSchema = z
  .object({
    url: z.string(withCode('required')).trim().min(1, withCode('required')).max(2000, withCode('tooLong')),
    ...Object.fromEntries(webhookEvents.map((event) => [event, z.literal('on').optional()])),
  })
  .transform(({ url, ...checked }) => ({
    url,
    events: webhookEvents.filter((event) => (checked as Record<string, unknown>)[event] === 'on'),
  }));

export type WebhookView = { id: string; url: string; events: WebhookEvent[]; secret: string; createdAt: Date };
export type DeliveryView = {
  id: string;
  webhookUrl: string;
  event: string;
  status: WebhookDeliveryStatus;
  attempts: number;
  lastStatusCode: number | null;
  lastError: string | null;
  lastAttemptAt: Date | null;
  nextAttemptAt: Date;
  createdAt: Date;
};

const webhookView = { id: true, url: true, events: true, secret: true, createdAt: true } as const;

export async function listWebhooks(db: Database): Promise<WebhookView[]> {
  const rows = await db.webhook.findMany({ select: webhookView, orderBy: { createdAt: 'asc' } });
  return rows.map((row) => ({
    ...row,
    events: row.events.filter((e): e is WebhookEvent => (webhookEvents as readonly string[]).includes(e)),
  }));
}

/** The latest deliveries, newest first, for the admin's table. */
export async function listRecentDeliveries(db: Database, take = 50): Promise<DeliveryView[]> {
  const rows = await db.webhookDelivery.findMany({
    orderBy: { createdAt: 'desc' },
    take,
    select: {
      id: true,
      event: true,
      status: true,
      attempts: true,
      lastStatusCode: true,
      lastError: true,
      lastAttemptAt: true,
      nextAttemptAt: true,
      createdAt: true,
      webhook: { select: { url: true } },
    },
  });
  return rows.map(({ webhook, ...row }) => ({ ...row, webhookUrl: webhook.url }));
}

type WebhookInput = z.output<typeof webhookInputSchema>;

/** A new webhook with a secret of its own; the URL must be http(s) and reach a public address (lib/webhooks/address-guard.ts). */
export async function createWebhook(db: Database, actorId: string, input: WebhookInput): Promise<WebhookView> {
  if (input.events.length === 0) throw new RefusedError('webhooks.errors.noEvents', 400, { field: 'events' });
  const url = (await checkWebhookUrl(input.url)).href;
  return db.$transaction(async (tx) => {
    const webhook = await tx.webhook.create({ data: { url, events: input.events, secret: newWebhookSecret() }, select: webhookView });
    await recordAudit(tx, {
      actorId,
      action: 'webhook.create',
      entityType: 'webhook',
      entityId: webhook.id,
      details: { url, events: input.events },
    });
    return { ...webhook, events: input.events };
  });
}

/** Removes the webhook and its deliveries, sent or not. */
export async function deleteWebhook(db: Database, actorId: string, id: string): Promise<void> {
  await db.$transaction(async (tx) => {
    const webhook = await tx.webhook.findUnique({ where: { id }, select: { url: true } });
    if (!webhook) throw new RefusedError('webhooks.errors.webhookGone', 404);
    await tx.webhook.delete({ where: { id } });
    await recordAudit(tx, { actorId, action: 'webhook.delete', entityType: 'webhook', entityId: id, details: { url: webhook.url } });
  });
}

/** "Send again": the delivery goes back to the outbox as new (its 24 hours of retries start over), due now. */
export async function resendDelivery(db: Database, actorId: string, id: string, now = new Date()): Promise<void> {
  await db.$transaction(async (tx) => {
    const delivery = await tx.webhookDelivery.findUnique({ where: { id }, select: { event: true, webhookId: true } });
    if (!delivery) throw new RefusedError('webhooks.errors.deliveryGone', 404);
    await tx.webhookDelivery.update({
      where: { id },
      data: { status: 'PENDING', attempts: 0, firstAttemptAt: null, nextAttemptAt: now, lastError: null },
    });
    await recordAudit(tx, {
      actorId,
      action: 'webhook.resend',
      entityType: 'webhook',
      entityId: delivery.webhookId,
      details: { deliveryId: id, event: delivery.event },
    });
  });
}
