import '#server-only';
import { recordAudit } from '@/lib/audit/record';
import { canEditPhotoTexts } from '@/lib/auth/permissions';
import type { Database } from '@/lib/db/client';
import type { Role } from '@/lib/db/generated/enums';
import { ForbiddenActionError, NotFoundError } from '@/lib/errors';
import { locales } from '@/lib/i18n/locales';
import type { StoredPhoto } from './photos';
import type { PhotoTexts } from './schema';

function textRows(texts: PhotoTexts) {
  return locales.flatMap((locale) => {
    const text = texts[locale];
    return text ? [{ locale, ...text }] : [];
  });
}

/**
 * Records a stored photo and its texts. The same bytes uploaded again (keys name the content) give back the
 * photo already in the library, texts untouched: one photo, one set of captions.
 */
export async function addPhoto(
  db: Database,
  { stored, texts = {}, uploadedById }: { stored: StoredPhoto; texts?: PhotoTexts; uploadedById: string },
): Promise<{ id: string; created: boolean }> {
  const existing = await db.photo.findUnique({ where: { storageKey: stored.storageKey }, select: { id: true } });
  if (existing) return { id: existing.id, created: false };
  return db.$transaction(async (tx) => {
    const photo = await tx.photo.create({
      data: { ...stored, uploadedById, texts: { create: textRows(texts) } },
      select: { id: true },
    });
    const { storageKey, mimeType, width, height, byteSize } = stored;
    await recordAudit(tx, {
      actorId: uploadedById,
      action: 'photo.upload',
      entityType: 'photo',
      entityId: photo.id,
      details: { storageKey, mimeType, width, height, byteSize },
    });
    return { id: photo.id, created: true };
  });
}

/**
 * Replaces the photo's texts, if this staff member may (canEditPhotoTexts): a language left out is removed. Returns
 * the articles showing the photo, whose cached pages now carry old captions.
 */
export async function updatePhotoTexts(
  db: Database,
  { photoId, texts, actor }: { photoId: string; texts: PhotoTexts; actor: { id: string; role: Role } },
): Promise<{ articleSlugs: string[] }> {
  return db.$transaction(async (tx) => {
    // Held until the commit, so no article using the photo is published, and none starts using it, between the
    // check below and the new texts.
    await tx.$queryRaw`SELECT 1 FROM photos WHERE id = ${photoId}::uuid FOR UPDATE`;
    await tx.$queryRaw`SELECT 1 FROM articles a JOIN article_photos ap ON ap.article_id = a.id WHERE ap.photo_id = ${photoId}::uuid FOR SHARE OF a`;
    const photo = await tx.photo.findUnique({
      where: { id: photoId },
      select: {
        uploadedById: true,
        texts: { select: { locale: true, alt: true, caption: true, credit: true, copyright: true } },
        articles: { select: { article: { select: { slug: true, status: true } } } },
      },
    });
    if (!photo) throw new NotFoundError(`No photo ${photoId}`);
    const articleStatuses = photo.articles.map(({ article }) => article.status);
    if (!canEditPhotoTexts(actor, { uploadedById: photo.uploadedById, articleStatuses })) {
      throw new ForbiddenActionError(`Cannot change the texts of photo ${photoId}`, 'photoTextsEditorsOnly');
    }
    await tx.photoText.deleteMany({ where: { photoId } });
    await tx.photoText.createMany({ data: textRows(texts).map((row) => ({ photoId, ...row })) });
    const details = { before: photo.texts, after: textRows(texts) };
    await recordAudit(tx, { actorId: actor.id, action: 'photo.editTexts', entityType: 'photo', entityId: photoId, details });
    return { articleSlugs: photo.articles.map(({ article }) => article.slug) };
  });
}
