import '#server-only';
import type { Database } from '@/lib/db/client';
import { parseSummaryRows, summaryColumns, toArticleSummaries, visibleAfter } from '@/lib/articles/listing';
import type { ArticleSummary } from '@/lib/articles/queries';
import type { Locale } from '@/lib/i18n/locales';

export const relatedArticleLimit = 4;

/**
 * Up to four public articles to read next, in one statement: those sharing the most tags with the article first,
 * then those of its section, newest first within each. The candidates are every article sharing a tag (read from
 * article_tags by tag) and the section's newest few (articles_section_latest_idx): enough for the top four, since
 * a same-section article without a shared tag ranks below every one with.
 */
export async function listRelatedArticles(db: Database, slug: string, locale: Locale): Promise<ArticleSummary[]> {
  const found = await db.$queryRaw<unknown[]>`
    WITH self AS (SELECT id, section_id FROM articles WHERE slug = ${slug}),
    candidates AS (
      SELECT other.article_id AS id, count(*)::int AS shared
      FROM self
        JOIN article_tags own ON own.article_id = self.id
        JOIN article_tags other ON other.tag_id = own.tag_id AND other.article_id <> self.id
      GROUP BY other.article_id
      UNION ALL
      (SELECT a.id, 0 FROM self JOIN articles a ON a.section_id = self.section_id AND a.id <> self.id
        WHERE ${visibleAfter(null)}
        ORDER BY a.published_at DESC, a.id DESC
        LIMIT ${relatedArticleLimit})
    ),
    ranked AS (SELECT id, max(shared) AS shared FROM candidates GROUP BY id)
    SELECT ${summaryColumns(locale)}
    FROM ranked
      JOIN articles a ON a.id = ranked.id
      CROSS JOIN self
    WHERE ${visibleAfter(null)}
    ORDER BY ranked.shared DESC, (a.section_id = self.section_id) IS TRUE DESC,
      a.published_at DESC, a.id DESC
    LIMIT ${relatedArticleLimit}`;
  return toArticleSummaries(parseSummaryRows(found), locale);
}
