'use server';

import { z } from 'zod';
import { defineAction } from '@/lib/actions/define-action';
import { breakingChanged } from '@/lib/breaking/after-change';
import { setBreakingBanner, takeDownBreakingBanner } from '@/lib/breaking/banner';
import { breakingBannerInputSchema } from '@/lib/breaking/schema';

export const putUpBreakingBanner = defineAction({
  input: breakingBannerInputSchema,
  access: 'breaking.manage',
  handler: ({ input, staff, db }) => setBreakingBanner(db, staff.id, input),
  after: breakingChanged,
});

export const takeDownBreaking = defineAction({
  input: z.object({ id: z.uuid() }),
  access: 'breaking.manage',
  handler: ({ input, staff, db }) => takeDownBreakingBanner(db, staff.id, input.id),
  after: breakingChanged,
});
