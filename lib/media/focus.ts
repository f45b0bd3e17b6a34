import '#server-only';
import { recordAudit } from '@/lib/audit/record';
import { canEditPhotoTexts } from '@/lib/auth/permissions';
import type { Database } from '@/lib/db/client';
import type { Role } from '@/lib/db/generated/enums';
import { ForbiddenActionError, NotFoundError } from '@/lib/errors';
import { cropAspectNames, type Focus } from './crop-box';
import { storeCroppedVariants } from './crops';
import { readMedia } from './storage';

/**
 * Sets where the photo's subject is, if this staff member may change the photo (the same rule as its texts), once
 * the copies cropped around it are stored: pages read the focus to address those copies, so it is never saved
 * before they exist. Returns the articles showing the photo, whose cached pages address the old copies.
 */
export async function setPhotoFocus(
  db: Database,
  { photoId, focus, actor }: { photoId: string; focus: Focus; actor: { id: string; role: Role } },
): Promise<{ articleSlugs: string[] }> {
  const photo = await db.photo.findUnique({
    where: { id: photoId },
    select: {
      storageKey: true,
      width: true,
      height: true,
      focusX: true,
      focusY: true,
      uploadedById: true,
      articles: { select: { article: { select: { slug: true, status: true } } } },
    },
  });
  if (!photo) throw new NotFoundError(`No photo ${photoId}`);
  const articleStatuses = photo.articles.map(({ article }) => article.status);
  if (!canEditPhotoTexts(actor, { uploadedById: photo.uploadedById, articleStatuses })) {
    throw new ForbiddenActionError(`Cannot change the focus of photo ${photoId}`, 'photoTextsEditorsOnly');
  }
  const original = await readMedia(photo.storageKey);
  if (!original) throw new NotFoundError(`The file of photo ${photoId} is missing`);
  await storeCroppedVariants(original, photo.storageKey, photo, Object.fromEntries(cropAspectNames.map((aspect) => [aspect, { focus }])));

  await db.$transaction(async (tx) => {
    await tx.photo.update({ where: { id: photoId }, data: { focusX: focus.x, focusY: focus.y } });
    const before = photo.focusX === null || photo.focusY === null ? null : { x: photo.focusX, y: photo.focusY };
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'photo.setFocus',
      entityType: 'photo',
      entityId: photoId,
      details: { before, after: focus },
    });
  });
  return { articleSlugs: photo.articles.map(({ article }) => article.slug) };
}
