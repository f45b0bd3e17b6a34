import { photoSelect, pickText, readerVisible, toPhotoView, type PhotoView } from '@/lib/articles/queries';
import type { Database } from '@/lib/db/client';
import { sourceLocale, type Locale } from '@/lib/i18n/locales';
import type { SearchCursor } from './schema';
import { snippetAround } from './snippet';

export type SearchResult = {
  slug: string;
  /** Language of headline and snippet: the page's, or the Korean source where there is no translation. */
  textLocale: string;
  headline: string;
  snippet: string;
  publishedAt: Date;
  leadPhoto: PhotoView | null;
};

export type SearchResultsPage = { results: SearchResult[]; nextCursor: SearchCursor | null };

/** Prisma wraps `contains` in `%…%` but passes the text on as a pattern: its wildcards must be made literal. */
function escapeLikePattern(text: string): string {
  return text.replace(/[\\%_]/g, '\\$&');
}

function after(cursor: SearchCursor) {
  return { OR: [{ publishedAt: { lt: cursor.publishedAt } }, { publishedAt: cursor.publishedAt, id: { lt: cursor.id } }] };
}

/**
 * Public articles whose headline or body, in any language, contains `q` anywhere (상주 finds 상주시), newest first.
 * `contains` with `mode: 'insensitive'` becomes ILIKE, which the trigram indexes on article_texts serve.
 */
export async function searchArticles(
  db: Database,
  { q, locale, cursor, limit = 10 }: { q: string; locale: Locale; cursor?: SearchCursor; limit?: number },
): Promise<SearchResultsPage> {
  const pattern = escapeLikePattern(q);
  const rows = await db.article.findMany({
    where: {
      ...readerVisible(),
      texts: {
        some: {
          OR: [{ headline: { contains: pattern, mode: 'insensitive' } }, { plainText: { contains: pattern, mode: 'insensitive' } }],
        },
      },
      ...(cursor && after(cursor)),
    },
    orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }],
    take: limit + 1,
    select: {
      id: true,
      slug: true,
      publishedAt: true,
      texts: { where: { locale: { in: [locale, sourceLocale] } }, select: { locale: true, headline: true, plainText: true } },
      photos: { orderBy: { position: 'asc' }, take: 1, select: photoSelect },
    },
  });
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  const results = page.flatMap((row): SearchResult[] => {
    const text = pickText(row.texts, locale);
    if (!text || !row.publishedAt) return [];
    const lead = row.photos[0];
    return [
      {
        slug: row.slug,
        textLocale: text.locale,
        headline: text.headline,
        snippet: snippetAround(text.plainText, q),
        publishedAt: row.publishedAt,
        leadPhoto: lead ? toPhotoView(lead, locale) : null,
      },
    ];
  });
  return {
    results,
    nextCursor: rows.length > limit && last?.publishedAt ? { publishedAt: last.publishedAt, id: last.id } : null,
  };
}
