import '#server-only';
import type { Database } from '@/lib/db/client';
import { Prisma } from '@/lib/db/generated/client';
import { NotFoundError } from '@/lib/errors';
import type { ArticlePhotoCrops, CropAspect, CropRect, Framing } from '@/lib/media/crop-box';
import { storeCroppedVariants } from '@/lib/media/crops';
import { articlePhotoCropsSchema } from '@/lib/media/schema';
import { readMedia } from '@/lib/media/storage';
import type { PhotoCrops } from './edit-schema';

type Tx = Prisma.TransactionClient;

const sameRect = (a: CropRect | undefined, b: CropRect | undefined) =>
  !!a && !!b && a.x === b.x && a.y === b.y && a.w === b.w && a.h === b.h;

/**
 * Makes the copies cut from the rectangles a save names for the article's photos, before the save's transaction
 * commits: once it does, pages address those copies, so they must already exist. Rectangles the article already had
 * (`stored`) have their copies, so an autosave that sends the same crops again costs nothing.
 */
export async function storeArticleCropVariants(
  db: Database,
  { photoCrops, photoIds, stored = {} }: { photoCrops?: PhotoCrops; photoIds: readonly string[]; stored?: PhotoCrops },
): Promise<void> {
  const named = Object.entries(photoCrops ?? {}).flatMap(([photoId, crops]) => {
    const changed = Object.entries(crops).filter(([aspect, rect]) => !sameRect(rect, stored[photoId]?.[aspect as CropAspect]));
    return photoIds.includes(photoId) && changed.length > 0 ? [[photoId, Object.fromEntries(changed) as ArticlePhotoCrops] as const] : [];
  });
  if (named.length === 0) return;
  const photos = await db.photo.findMany({
    where: { id: { in: named.map(([id]) => id) } },
    select: { id: true, storageKey: true, width: true, height: true },
  });
  for (const [photoId, crops] of named) {
    const photo = photos.find((found) => found.id === photoId);
    if (!photo) throw new NotFoundError(`No photo ${photoId}`);
    const original = await readMedia(photo.storageKey);
    if (!original) throw new NotFoundError(`The file of photo ${photoId} is missing`);
    const framings = Object.fromEntries(Object.entries(crops).map(([aspect, rect]) => [aspect, { rect }])) as Partial<
      Record<CropAspect, Framing>
    >;
    await storeCroppedVariants(original, photo.storageKey, photo, framings);
  }
}

/** No crops stored as SQL NULL, not as an empty object. */
function cropsColumn(crops: ArticlePhotoCrops | null | undefined) {
  return crops && Object.keys(crops).length > 0 ? crops : Prisma.DbNull;
}

/**
 * Writes the article's photos in order (when `photoIds` is given) and their crops: a photo `photoCrops` names gets
 * those crops, any other keeps the ones it had in this article.
 */
export async function writeArticlePhotos(tx: Tx, articleId: string, photoIds?: readonly string[], photoCrops?: PhotoCrops): Promise<void> {
  if (photoIds) {
    const stored = await tx.articlePhoto.findMany({ where: { articleId }, select: { photoId: true, crops: true } });
    const kept = new Map(stored.map(({ photoId, crops }) => [photoId, articlePhotoCropsSchema.nullable().catch(null).parse(crops)]));
    await tx.articlePhoto.deleteMany({ where: { articleId } });
    await tx.articlePhoto.createMany({
      data: photoIds.map((photoId, position) => ({
        articleId,
        photoId,
        position,
        crops: cropsColumn(photoCrops?.[photoId] ?? kept.get(photoId)),
      })),
    });
    return;
  }
  for (const [photoId, crops] of Object.entries(photoCrops ?? {})) {
    await tx.articlePhoto.updateMany({ where: { articleId, photoId }, data: { crops: cropsColumn(crops) } });
  }
}

/** The crops stored for the article's photos, by photo id, for the editor to start from. */
export async function findArticlePhotoCrops(db: Database, articleId: string): Promise<PhotoCrops> {
  const rows = await db.articlePhoto.findMany({
    where: { articleId, crops: { not: Prisma.DbNull } },
    select: { photoId: true, crops: true },
  });
  return Object.fromEntries(rows.map(({ photoId, crops }) => [photoId, articlePhotoCropsSchema.catch({}).parse(crops)]));
}
