import '#server-only';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { z } from 'zod';
import { canReadArticle, type ArticleReader } from '@/lib/auth/permissions';
import { requireStaff, type StaffSession } from '@/lib/auth/session';
import { getDatabase } from '@/lib/runtime/database';
import { NotFoundError } from '@/lib/errors';
import { loadArticleForEditing } from './editing';

export type NewsroomReader = StaffSession & ArticleReader;

/**
 * The signed-in staff member with what decides which articles they may open (lib/auth/permissions.ts,
 * canReadArticle): every role reads some. Once per request, however many parts of the page ask.
 */
export const requireArticleAccess = cache(async (): Promise<NewsroomReader> => {
  const staff = await requireStaff('article.read');
  const { deskId } = await getDatabase().staff.findUniqueOrThrow({ where: { id: staff.id }, select: { deskId: true } });
  return { ...staff, deskId };
});

/**
 * The article behind a newsroom page, or that page's 404: an article this staff member may not open is answered
 * like one that does not exist, so its address tells them nothing either.
 */
export async function requireReadableArticle(reader: ArticleReader, articleId: string) {
  if (!z.uuid().safeParse(articleId).success) notFound();
  const article = await loadArticleForEditing(getDatabase(), articleId).catch((error: unknown) => {
    if (error instanceof NotFoundError) return null;
    throw error;
  });
  if (!article || !canReadArticle(reader, article)) notFound();
  return article;
}
