import { z } from 'zod';
import { can } from '@/lib/auth/permissions';
import { getStaffSession, type StaffSession } from '@/lib/auth/session';
import { getDatabase } from '@/lib/runtime/database';
import { getAdminMessages, type AdminMessages } from '@/lib/i18n/admin-messages';
import { sourceLocale } from '@/lib/i18n/locales';
import { findLibraryPhotos, listPhotos } from '@/lib/media/library';
import { addPhoto } from '@/lib/media/photo-records';
import { photoFieldErrorTexts, uploadTextsSchema } from '@/lib/media/schema';
import { photoTextsFromForm } from '@/lib/media/text-fields';
import { acceptUpload, UploadError } from '@/lib/media/upload';
import { readUploadForm } from '@/lib/media/upload-form';
import { uploadErrorMessage, type UploadErrorCode } from '@/lib/media/upload-limits';
import { mediaUrl } from '@/lib/media/urls';
import { isSameOrigin } from '@/lib/security/same-origin';

const statusOf: Record<UploadErrorCode, number> = {
  noFile: 400,
  tooLarge: 413,
  unsupportedType: 415,
  tooManyPixels: 400,
  animated: 400,
  damaged: 400,
};

const failure = (status: number, error: string, fieldErrors?: Record<string, string[]>) =>
  Response.json({ error, fieldErrors }, { status });

/** JSON answers for the uploader's XMLHttpRequest: a redirect to the sign-in page would reach it as a 200. */
async function allowedStaff(): Promise<{ staff: StaffSession; t: AdminMessages } | Response> {
  const staff = await getStaffSession();
  const t = getAdminMessages(staff?.uiLocale ?? sourceLocale);
  if (!staff) return failure(401, t.media.signedOut);
  if (!can(staff.role, 'photo.upload')) return failure(403, t.forbiddenBody);
  return { staff, t };
}

/** Stores an uploaded photo (multipart: `file`, optional `ko.alt`, `en.caption`…): 201 `{ id, src, width, height }`. */
export async function POST(request: Request) {
  const access = await allowedStaff();
  if (access instanceof Response) return access;
  const { staff, t } = access;
  if (!isSameOrigin(request)) return failure(403, t.media.crossSite);
  try {
    const { form, file } = await readUploadForm(request);
    const texts = uploadTextsSchema.safeParse(photoTextsFromForm(form));
    if (!texts.success) return failure(400, t.media.textsInvalid, photoFieldErrorTexts(texts.error, t));
    const stored = await acceptUpload(file);
    const { id, created } = await addPhoto(getDatabase(), { stored, texts: texts.data, uploadedById: staff.id });
    return Response.json({ id, src: mediaUrl(stored.storageKey), width: stored.width, height: stored.height }, { status: created ? 201 : 200 });
  } catch (error) {
    if (error instanceof UploadError) return failure(statusOf[error.code], uploadErrorMessage(error.code, t));
    throw error;
  }
}

const idsSchema = z
  .string()
  .transform((ids) => ids.split(','))
  .pipe(z.array(z.uuid()).max(100));

/** The library for the photo picker: `?after=` pages newest first; `?ids=a,b` gives those photos in that order. */
export async function GET(request: Request) {
  const access = await allowedStaff();
  if (access instanceof Response) return access;
  const { staff, t } = access;
  const params = new URL(request.url).searchParams;
  const ids = params.get('ids');
  if (ids === null) return Response.json(await listPhotos(getDatabase(), staff.uiLocale, { after: params.get('after') ?? undefined }));
  const parsed = idsSchema.safeParse(ids);
  if (!parsed.success) return failure(400, t.media.pickerLoadFailed);
  return Response.json({ items: await findLibraryPhotos(getDatabase(), staff.uiLocale, parsed.data), nextCursor: null });
}
