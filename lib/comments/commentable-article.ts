import '#server-only';
import { readerVisible } from '@/lib/articles/queries';
import type { Database } from '@/lib/db/client';
import type { CommentMode } from '@/lib/db/generated/enums';
import { effectiveCommentMode, getCommentSettings } from './settings';

export type CommentableArticle = { id: string; slug: string; mode: CommentMode };

/** A public article with the comment rules in force on it (the stricter of the site's and its own), or null. */
export async function findCommentableArticle(db: Database, slug: string): Promise<CommentableArticle | null> {
  const [article, settings] = await Promise.all([
    db.article.findFirst({ where: { slug, ...readerVisible() }, select: { id: true, slug: true, commentMode: true } }),
    getCommentSettings(db),
  ]);
  if (!article) return null;
  return { id: article.id, slug: article.slug, mode: effectiveCommentMode(settings.mode, article.commentMode) };
}
