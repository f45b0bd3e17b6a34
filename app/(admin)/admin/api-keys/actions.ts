'use server';

import { z } from 'zod';
import { defineAction } from '@/lib/actions/define-action';
import { apiKeysChanged } from '@/lib/content-api/after-change';
import { apiKeyInputSchema, createApiKey, revokeApiKey } from '@/lib/content-api/keys';

/** The answer carries the key itself, the one time it is ever shown. */
export const makeApiKey = defineAction({
  input: apiKeyInputSchema,
  access: 'apiKeys.manage',
  handler: ({ input, staff, db }) => createApiKey(db, staff.id, input),
  after: apiKeysChanged,
});

export const revokeKey = defineAction({
  input: z.object({ id: z.uuid() }),
  access: 'apiKeys.manage',
  handler: ({ input, staff, db }) => revokeApiKey(db, staff.id, input.id),
  after: apiKeysChanged,
});
