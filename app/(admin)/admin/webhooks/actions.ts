'use server';

import { z } from 'zod';
import { defineAction } from '@/lib/actions/define-action';
import { webhooksChanged } from '@/lib/webhooks/after-change';
import { createWebhook, deleteWebhook, resendDelivery, webhookInputSchema } from '@/lib/webhooks/webhooks';

export const addWebhook = defineAction({
  input: webhookInputSchema,
  access: 'webhooks.manage',
  handler: async ({ input, staff, db }) => ({ url: (await createWebhook(db, staff.id, input)).url }),
  after: webhooksChanged,
});

export const removeWebhook = defineAction({
  input: z.object({ id: z.uuid() }),
  access: 'webhooks.manage',
  handler: async ({ input, staff, db }) => {
    await deleteWebhook(db, staff.id, input.id);
    return true;
  },
  after: webhooksChanged,
});

export const sendDeliveryAgain = defineAction({
  input: z.object({ id: z.uuid() }),
  access: 'webhooks.manage',
  handler: async ({ input, staff, db }) => {
    await resendDelivery(db, staff.id, input.id);
    return true;
  },
  after: webhooksChanged,
});
