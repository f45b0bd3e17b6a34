'use server';

import { z } from 'zod';
import { staffAction } from '@/lib/actions/staff-action';
import { revalidateArticlePages } from '@/lib/articles/revalidate';
import { updatePhotoTexts } from '@/lib/media/photo-records';
import { photoTextsSchema } from '@/lib/media/schema';

// Flat, so the field errors come back under the form's own field names: `ko.alt`, not `texts.ko.alt`.
const savePhotoTextsInput = photoTextsSchema.extend({ photoId: z.uuid() });

/** Which photos a staff member may describe is canEditPhotoTexts's, checked with the change (lib/media/photo-records.ts). */
const save = staffAction({
  input: savePhotoTextsInput,
  permission: 'photo.upload',
  handler: async ({ input, staff, db }) => {
    const { photoId, ...texts } = input;
    const { articleSlugs } = await updatePhotoTexts(db, { photoId, texts, actor: staff });
    await revalidateArticlePages(articleSlugs);
    return null;
  },
});

export async function savePhotoTexts(input: z.input<typeof savePhotoTextsInput>) {
  return save(input);
}
