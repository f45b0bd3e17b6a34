'use server';

import { defineAction } from '@/lib/actions/define-action';
import { saveAd } from '@/lib/ads/ads';
import { adsChanged } from '@/lib/ads/after-change';
import { adInputSchema } from '@/lib/ads/schema';

export const saveAdAction = defineAction({
  input: adInputSchema,
  access: 'ads.manage',
  handler: async ({ input, staff, db }) => {
    await saveAd(db, staff.id, input);
  },
  after: adsChanged,
});
