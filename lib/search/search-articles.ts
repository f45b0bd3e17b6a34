import '#server-only';
import { decodeCursor } from '@/lib/articles/cursor';
import { listArticles } from '@/lib/articles/listing';
import type { ArticleSummary } from '@/lib/articles/queries';
import type { Database } from '@/lib/db/client';
import type { Locale } from '@/lib/i18n/locales';
import { findMatchingArticles } from './matching-articles';
import { snippetAround } from './snippet';

export type SearchResult = ArticleSummary & { snippet: string };

export type SearchResultsPage = { results: SearchResult[]; nextCursor: string | null };

/**
 * Public articles whose headline or body, in any language, contains `q` anywhere, newest first: the page's matches
 * (with the text of their snippets) found by matching-articles.ts, then read as any other listing.
 */
export async function searchArticles(
  db: Database,
  { q, locale, cursor, limit = 10 }: { q: string; locale: Locale; cursor?: string; limit?: number },
): Promise<SearchResultsPage> {
  const matches = await findMatchingArticles(db, { q, locale }, { cursor: cursor ? decodeCursor(cursor) : null, take: limit + 1 });
  if (matches.length === 0) return { results: [], nextCursor: null };
  const page = await listArticles(db, locale, { filter: { articleIds: matches.map((match) => match.id) }, cursor, limit });
  const bodies = new Map(matches.map((match) => [match.slug, match.plainText]));
  return {
    results: page.items.map((item) => ({ ...item, snippet: snippetAround(bodies.get(item.slug) ?? '', q) })),
    nextCursor: page.nextCursor,
  };
}
