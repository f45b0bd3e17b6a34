import type { Database } from '@/lib/db/client';
import type { Prisma } from '@/lib/db/generated/client';
import { sourceLocale, type Locale } from '@/lib/i18n/locales';
import { decodeCursor, encodeCursor, type ArticleCursor } from './cursor';
import { photoSelect, pickText, readerVisible, toPhotoView, type ArticleSummary } from './queries';

/**
 * By id, not slug: given the section id, PostgreSQL reads a page from articles_section_latest_idx; given a slug
 * to join on, it reads through all public articles, newest first, until it has found a page of that section's.
 */
export type ArticleFilter = { sectionId: string } | { deskId: string } | { reporterId: string } | { articleIds: string[] };

export type ArticlePage = { items: ArticleSummary[]; nextCursor: string | null };

/** Prisma wraps `contains` in `%…%` but passes the text on as a pattern: its wildcards must be made literal. */
export function literalPattern(text: string): string {
  return text.replace(/[\\%_]/g, '\\$&');
}

/**
 * `articleIds` is a page search has already found (lib/search/matching-articles.ts, in SQL Prisma cannot express);
 * visibility, cursor and order still apply here, so the page reads exactly as any other listing.
 */
function matching(filter: ArticleFilter | undefined): Prisma.ArticleWhereInput {
  if (!filter) return {};
  if ('sectionId' in filter) return { sectionId: filter.sectionId };
  if ('deskId' in filter) return { deskId: filter.deskId };
  if ('reporterId' in filter) return { authors: { some: { staffId: filter.reporterId } } };
  return { id: { in: filter.articleIds } };
}

/** Strictly after the cursor in (publishedAt desc, id desc) order; the plain `lte` lets the index bound the scan. */
function after(cursor: ArticleCursor | null): Prisma.ArticleWhereInput {
  if (!cursor) return {};
  const { publishedAt, id } = cursor;
  return { publishedAt: { lte: publishedAt }, OR: [{ publishedAt: { lt: publishedAt } }, { id: { lt: id } }] };
}

/**
 * Public articles, newest first, a page at a time, by keyset on (publishedAt, id): a page costs the same at any
 * depth and never repeats or skips articles when new ones are published meanwhile.
 * A cursor this site did not make reads as the first page.
 */
export async function listArticles(
  db: Database,
  locale: Locale,
  { filter, cursor, limit = 20 }: { filter?: ArticleFilter; cursor?: string; limit?: number } = {},
): Promise<ArticlePage> {
  const rows = await db.article.findMany({
    where: { AND: [readerVisible(), matching(filter), after(cursor ? decodeCursor(cursor) : null)] },
    orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }],
    take: limit + 1,
    select: {
      id: true,
      slug: true,
      publishedAt: true,
      texts: { where: { locale: { in: [locale, sourceLocale] } }, select: { locale: true, headline: true, subtitles: true } },
      photos: { orderBy: { position: 'asc' }, take: 1, select: photoSelect },
    },
  });
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  const items = page.flatMap((row): ArticleSummary[] => {
    const text = pickText(row.texts, locale);
    if (!text || !row.publishedAt) return [];
    const lead = row.photos[0];
    return [
      {
        slug: row.slug,
        textLocale: text.locale,
        headline: text.headline,
        subtitles: text.subtitles,
        publishedAt: row.publishedAt,
        leadPhoto: lead ? toPhotoView(lead, locale) : null,
      },
    ];
  });
  const nextCursor = rows.length > limit && last?.publishedAt ? encodeCursor({ publishedAt: last.publishedAt, id: last.id }) : null;
  return { items, nextCursor };
}
