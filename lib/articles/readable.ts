import '#server-only';
import { can, type ArticleReader } from '@/lib/auth/permissions';
import type { Prisma } from '@/lib/db/generated/client';

/**
 * canReadArticle (lib/auth/permissions.ts) as a condition on articles, for every list staff see: a story they may
 * not open is not listed either, not even its headline.
 */
export function readableArticles(reader: ArticleReader): Prisma.ArticleWhereInput {
  if (can(reader.role, 'article.readAny')) return {};
  if (!can(reader.role, 'article.read')) return { id: { in: [] } };
  const published: Prisma.ArticleWhereInput = { status: 'PUBLISHED' };
  if (!can(reader.role, 'article.editOwn')) return published;
  const ownDeskInReview: Prisma.ArticleWhereInput[] = reader.deskId ? [{ status: 'IN_REVIEW', deskId: reader.deskId }] : [];
  return { OR: [published, { authors: { some: { staffId: reader.id } } }, ...ownDeskInReview] };
}
