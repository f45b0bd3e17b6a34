'use server';

import { defineAction } from '@/lib/actions/define-action';
import { frontChanged } from '@/lib/front/after-change';
import { saveFrontArrangement } from '@/lib/front/save';
import { frontArrangementSchema } from '@/lib/front/schema';

export const arrangeFrontAction = defineAction({
  input: frontArrangementSchema,
  access: 'front.curate',
  handler: ({ input, staff, db }) => saveFrontArrangement(db, staff.id, input),
  after: frontChanged,
});
