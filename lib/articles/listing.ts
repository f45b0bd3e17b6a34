import '#server-only';
import { z } from 'zod';
import type { Database } from '@/lib/db/client';
import { Prisma } from '@/lib/db/generated/client';
import { sourceLocale, type Locale } from '@/lib/i18n/locales';
import { photoJson, photoRowSchema } from './article-view-row';
import { decodeCursor, encodeCursor, type ArticleCursor } from './cursor';
import { pickText, readerVisible, toPhotoView, type ArticleSummary } from './queries';

/**
 * By id, not slug: given the section id, PostgreSQL reads a page from articles_section_latest_idx; given a slug
 * to join on, it reads through all public articles, newest first, until it has found a page of that section's.
 */
export type ArticleFilter =
  { sectionId: string } | { deskId: string } | { reporterId: string } | { tagId: string } | { articleIds: string[] };

export type ArticlePage = { items: ArticleSummary[]; nextCursor: string | null };

/** Prisma wraps `contains` in `%…%` but passes the text on as a pattern: its wildcards must be made literal. */
export function literalPattern(text: string): string {
  return text.replace(/[\\%_]/g, '\\$&');
}

/**
 * `articleIds` is a page search has already found (lib/search/matching-articles.ts); visibility, cursor and order
 * still apply here, so the page reads exactly as any other listing.
 */
function matching(filter: ArticleFilter | undefined): Prisma.Sql {
  if (!filter) return Prisma.sql`TRUE`;
  if ('sectionId' in filter) return Prisma.sql`a.section_id = ${filter.sectionId}::uuid`;
  if ('deskId' in filter) return Prisma.sql`a.desk_id = ${filter.deskId}::uuid`;
  if ('reporterId' in filter)
    return Prisma.sql`EXISTS (SELECT FROM article_authors aa WHERE aa.article_id = a.id AND aa.staff_id = ${filter.reporterId}::uuid)`;
  if ('tagId' in filter)
    return Prisma.sql`EXISTS (SELECT FROM article_tags at WHERE at.article_id = a.id AND at.tag_id = ${filter.tagId}::uuid)`;
  return Prisma.sql`a.id = ANY(${filter.articleIds}::uuid[])`;
}

/**
 * Public articles (`a`) strictly after the cursor in (published_at desc, id desc) order: the plain bound on
 * published_at lets the index bound the scan.
 */
export function visibleAfter(cursor: ArticleCursor | null): Prisma.Sql {
  const { status, publishedAt } = readerVisible();
  const visible = Prisma.sql`a.status = ${status}::"ArticleStatus" AND a.published_at <= ${publishedAt.lte}`;
  if (!cursor) return visible;
  const { publishedAt: at, id } = cursor;
  return Prisma.sql`${visible} AND a.published_at <= ${at} AND (a.published_at < ${at} OR a.id < ${id}::uuid)`;
}

const summaryRowSchema = z.object({
  id: z.string(),
  slug: z.string(),
  publishedAt: z.date(),
  texts: z.array(z.object({ locale: z.string(), headline: z.string(), subtitles: z.array(z.string()) })),
  leadPhoto: photoRowSchema.nullable(),
});

/** What a list shows of each article (`a`): the headline in the page's language and the Korean source, the lead photo. */
export function summaryColumns(locale: Locale): Prisma.Sql {
  return Prisma.sql`
      a.id::text AS id,
      a.slug,
      a.published_at AS "publishedAt",
      (SELECT coalesce(json_agg(json_build_object('locale', t.locale, 'headline', t.headline, 'subtitles', t.subtitles)), '[]')
        FROM article_texts t
        WHERE t.article_id = a.id AND t.locale IN (${locale}, ${sourceLocale})) AS texts,
      (SELECT ${photoJson}
        FROM article_photos ap JOIN photos p ON p.id = ap.photo_id
        WHERE ap.article_id = a.id
        ORDER BY ap.position LIMIT 1) AS "leadPhoto"`;
}

type SummaryRow = z.infer<typeof summaryRowSchema>;

/** Rows selected with `summaryColumns`. */
export function parseSummaryRows(found: unknown[]): SummaryRow[] {
  return z.array(summaryRowSchema).parse(found);
}

/** Rows as lists show them; an article with no text to show is left out. */
export function toArticleSummaries(rows: readonly SummaryRow[], locale: Locale): ArticleSummary[] {
  return rows.flatMap((row): ArticleSummary[] => {
    const text = pickText(row.texts, locale);
    if (!text) return [];
    return [
      {
        slug: row.slug,
        textLocale: text.locale,
        headline: text.headline,
        subtitles: text.subtitles,
        publishedAt: row.publishedAt,
        leadPhoto: row.leadPhoto ? toPhotoView(row.leadPhoto, locale) : null,
      },
    ];
  });
}

/**
 * Public articles, newest first, a page at a time, by keyset on (publishedAt, id): a page costs the same at any
 * depth and never repeats or skips articles when new ones are published meanwhile. One statement, the headline in
 * the page's language (or the Korean source) and the lead photo aggregated beside each article.
 * A cursor this site did not make reads as the first page.
 */
export async function listArticles(
  db: Database,
  locale: Locale,
  { filter, cursor, limit = 20 }: { filter?: ArticleFilter; cursor?: string; limit?: number } = {},
): Promise<ArticlePage> {
  const found = await db.$queryRaw<unknown[]>`
    SELECT ${summaryColumns(locale)}
    FROM articles a
    WHERE ${visibleAfter(cursor ? decodeCursor(cursor) : null)} AND ${matching(filter)}
    ORDER BY a.published_at DESC, a.id DESC
    LIMIT ${limit + 1}`;
  const rows = parseSummaryRows(found);
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  const items = toArticleSummaries(page, locale);
  const nextCursor = rows.length > limit && last ? encodeCursor({ publishedAt: last.publishedAt, id: last.id }) : null;
  return { items, nextCursor };
}
