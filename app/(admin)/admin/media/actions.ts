'use server';

import { z } from 'zod';
import { defineAction } from '@/lib/actions/define-action';
import { mayEditPhotoTexts } from '@/lib/auth/record-rules';
import { photoChanged } from '@/lib/media/after-change';
import { setPhotoFocus } from '@/lib/media/focus';
import { updatePhotoTexts } from '@/lib/media/photo-records';
import { photoFocusSchema, photoTextsSchema } from '@/lib/media/schema';

export const savePhotoTexts = defineAction({
  // Flat, so the field errors come back under the form's own field names: `ko.alt`, not `texts.ko.alt`.
  input: photoTextsSchema.extend({ photoId: z.uuid() }),
  access: mayEditPhotoTexts,
  handler: ({ input: { photoId, ...texts }, staff, db }) => updatePhotoTexts(db, { photoId, texts, actor: staff }),
  after: photoChanged,
});

export const savePhotoFocus = defineAction({
  input: photoFocusSchema,
  access: mayEditPhotoTexts,
  handler: ({ input: { photoId, x, y }, staff, db }) => setPhotoFocus(db, { photoId, focus: { x, y }, actor: staff }),
  after: photoChanged,
});
