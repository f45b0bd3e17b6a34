import { listArticles } from '@/lib/articles/listing';
import { pickText, type ArticleSummary } from '@/lib/articles/queries';
import type { Database } from '@/lib/db/client';
import { sourceLocale, type Locale } from '@/lib/i18n/locales';
import { snippetAround } from './snippet';

export type SearchResult = ArticleSummary & { snippet: string };

export type SearchResultsPage = { results: SearchResult[]; nextCursor: string | null };

/** The body text around the match, in the language each result is shown in: one small query for the page. */
async function snippets(db: Database, slugs: string[], q: string, locale: Locale): Promise<Map<string, string>> {
  const texts = await db.articleText.findMany({
    where: { article: { slug: { in: slugs } }, locale: { in: [locale, sourceLocale] } },
    select: { locale: true, plainText: true, article: { select: { slug: true } } },
  });
  return new Map(
    slugs.map((slug) => [slug, snippetAround(pickText(texts.filter((t) => t.article.slug === slug), locale)?.plainText ?? '', q)]),
  );
}

/** Public articles whose headline or body, in any language, contains `q` anywhere, newest first. */
export async function searchArticles(
  db: Database,
  { q, locale, cursor, limit = 10 }: { q: string; locale: Locale; cursor?: string; limit?: number },
): Promise<SearchResultsPage> {
  const page = await listArticles(db, locale, { filter: { textContains: q }, cursor, limit });
  const found = await snippets(db, page.items.map((item) => item.slug), q, locale);
  return { results: page.items.map((item) => ({ ...item, snippet: found.get(item.slug) ?? '' })), nextCursor: page.nextCursor };
}
