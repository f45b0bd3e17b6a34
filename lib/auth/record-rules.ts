import '#server-only';
import { loadArticleForEditing } from '@/lib/articles/editing';
import type { Database } from '@/lib/db/client';
import { NotFoundError } from '@/lib/errors';
import type { AdminMessages } from '@/lib/i18n/admin-messages';
import { canEditArticle, canEditPhotoTexts, type Permission } from './permissions';
import type { StaffSession } from './staff-session';

/**
 * Access to one record, by name, for a definition's `access` (lib/actions): the role's permission first, then the
 * rule on the record the input names (NotFoundError when there is none). Domain functions that change the record
 * ask the same predicate again under their row lock, so a publish between the two cannot slip through.
 */
export type RecordRule<I> = {
  permission: Permission;
  allows: (db: Database, staff: StaffSession, input: I) => Promise<boolean>;
  /** The sentence a refusal shows, when the general one would not say why. */
  refusal?: keyof AdminMessages['actionErrors'];
};

/** canEditArticle on the article the input names. */
export const mayEditArticle: RecordRule<{ articleId: string }> = {
  permission: 'article.editOwn',
  allows: async (db, staff, { articleId }) => canEditArticle(staff, await loadArticleForEditing(db, articleId)),
};

/** canEditPhotoTexts on the photo the input names. */
export const mayEditPhotoTexts: RecordRule<{ photoId: string }> = {
  permission: 'photo.upload',
  refusal: 'photoTextsEditorsOnly',
  allows: async (db, staff, { photoId }) => {
    const photo = await db.photo.findUnique({
      where: { id: photoId },
      select: { uploadedById: true, articles: { select: { article: { select: { status: true } } } } },
    });
    if (!photo) throw new NotFoundError(`No photo ${photoId}`);
    return canEditPhotoTexts(staff, {
      uploadedById: photo.uploadedById,
      articleStatuses: photo.articles.map(({ article }) => article.status),
    });
  },
};
