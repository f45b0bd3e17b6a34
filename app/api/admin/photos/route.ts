import { z } from 'zod';
import { defineRoute } from '@/lib/actions/define-route';
import { findLibraryPhotos, listPhotos } from '@/lib/media/library';
import { addPhoto } from '@/lib/media/photo-records';
import { uploadTextsSchema } from '@/lib/media/schema';
import { photoTextsFromForm } from '@/lib/media/text-fields';
import { acceptUpload } from '@/lib/media/upload';
import { readUploadForm } from '@/lib/media/upload-form';
import { mediaUrl } from '@/lib/media/urls';

/** Stores an uploaded photo (multipart: `file`, optional `ko.alt`, `en.caption`…): 201 `{ id, src, width, height }`. */
export const POST = defineRoute({
  access: 'photo.upload',
  input: uploadTextsSchema.extend({ file: z.instanceof(Buffer) }),
  read: async (request) => {
    const { form, file } = await readUploadForm(request);
    return { ...photoTextsFromForm(form), file };
  },
  handler: async ({ input: { file, ...texts }, staff, db }) => {
    const stored = await acceptUpload(file);
    const { id, created } = await addPhoto(db, { stored, texts, uploadedById: staff.id });
    return Response.json(
      { id, src: mediaUrl(stored.storageKey), width: stored.width, height: stored.height },
      { status: created ? 201 : 200 },
    );
  },
});

const idsSchema = z
  .string()
  .transform((ids) => ids.split(','))
  .pipe(z.array(z.uuid()).max(100));

/** The library for the photo picker: `?after=` pages newest first; `?ids=a,b` gives those photos in that order. */
export const GET = defineRoute({
  access: 'photo.upload',
  input: z.object({ after: z.string().optional(), ids: idsSchema.optional() }),
  handler: async ({ input: { after, ids }, staff, db }) =>
    ids ? { items: await findLibraryPhotos(db, staff.uiLocale, ids), nextCursor: null } : listPhotos(db, staff.uiLocale, { after }),
});
