import '#server-only';
import { z } from 'zod';
import type { ArticleCursor } from '@/lib/articles/cursor';
import { literalPattern, visibleAfter } from '@/lib/articles/listing';
import type { Database } from '@/lib/db/client';
import { Prisma } from '@/lib/db/generated/client';
import { sourceLocale, type Locale } from '@/lib/i18n/locales';

type SearchTerm = { q: string; locale: Locale };
type PageOfMatches = { cursor: ArticleCursor | null; take: number };

/** Longest term the trigram indexes cannot serve (a trigram needs three characters); the gram index does. */
const shortTermLength = 2;

/**
 * How far through the newest articles a short term is looked for, one article at a time, before the gram index is
 * asked: a term in ~5% of articles fills a page within the first 200, one in ~0.5% within the first 2,000.
 */
const walkSteps = [200, 2_000];

/** A text (`t`) whose headline or body contains `q`, ignoring case: the exact check every way of searching ends with. */
function textContains(q: string): Prisma.Sql {
  const pattern = `%${literalPattern(q)}%`;
  return Prisma.sql`(t.headline ILIKE ${pattern} OR t.plain_text ILIKE ${pattern})`;
}

/** Each match's id and slug, and the body in the language it is shown in (the page's, else the source's, as pickText). */
function matchColumns(locale: Locale): Prisma.Sql {
  return Prisma.sql`a.id::text AS id, a.slug,
    coalesce((SELECT shown.plain_text FROM article_texts shown
              WHERE shown.article_id = a.id AND shown.locale IN (${locale}, ${sourceLocale})
              ORDER BY shown.locale = ${locale} DESC LIMIT 1), '') AS "plainText"`;
}

const newestFirst = Prisma.sql`ORDER BY a.published_at DESC, a.id DESC`;

/**
 * Three characters or more: one ILIKE, which the trigram indexes serve, and which PostgreSQL estimates well enough to
 * choose between them and walking the newest articles.
 */
function plannedMatchesQuery({ q, locale }: SearchTerm, { cursor, take }: PageOfMatches): Prisma.Sql {
  return Prisma.sql`
    SELECT ${matchColumns(locale)}
    FROM articles a
    WHERE ${visibleAfter(cursor)} AND EXISTS (SELECT FROM article_texts t WHERE t.article_id = a.id AND ${textContains(q)})
    ${newestFirst} LIMIT ${take}`;
}

/**
 * One row: how many of the newest articles, from the `from`-th to the `to`-th, there were to check (`checked`;
 * fewer than asked: the stretch reached the oldest), and the matches among them, newest first.
 */
function walkedMatchesQuery({ q, locale }: SearchTerm, { cursor, take }: PageOfMatches, from: number, to: number): Prisma.Sql {
  const stretch = Prisma.sql`
    SELECT a.id, a.slug, a.published_at FROM articles a WHERE ${visibleAfter(cursor)} ${newestFirst} LIMIT ${to - from} OFFSET ${from}`;
  return Prisma.sql`
    SELECT
      (SELECT count(*) FROM (${stretch}) AS stretch)::int AS checked,
      coalesce((SELECT json_agg(found ORDER BY found.published_at DESC, found.id::uuid DESC) FROM (
        SELECT ${matchColumns(locale)}, a.published_at
        FROM (${stretch}) AS a
        WHERE EXISTS (SELECT FROM article_texts t WHERE t.article_id = a.id AND ${textContains(q)})
        ${newestFirst} LIMIT ${take}) AS found), '[]') AS found`;
}

/**
 * Matches among the texts article_texts_search_grams_idx finds (migration …_search_bigrams), gathered first and
 * their articles then read by id, so the index is always what is read. Exported so tests can EXPLAIN it.
 */
export function indexedMatchesQuery({ q, locale }: SearchTerm, { cursor, take }: PageOfMatches): Prisma.Sql {
  return Prisma.sql`
    SELECT ${matchColumns(locale)}
    FROM articles a
    WHERE ${visibleAfter(cursor)} AND a.id = ANY (ARRAY(
      SELECT t.article_id FROM article_texts t
      WHERE dateline_search_grams(t.headline || ' ' || t.plain_text) @> dateline_search_query_grams(${q}) AND ${textContains(q)}))
    ${newestFirst} LIMIT ${take}`;
}

const matchSchema = z.object({ id: z.uuid(), slug: z.string(), plainText: z.string() });
const walkedStretchSchema = z.tuple([z.object({ checked: z.number().int(), found: z.array(matchSchema) })]);

export type MatchingArticle = z.infer<typeof matchSchema>;

/**
 * The next `take` public articles, newest first, whose headline or body in any language contains `q`, each with
 * the body its snippet is cut from. A short term is looked for in the newest articles first, which finds a
 * frequent one at once; when they hold none, or too few, the gram index finds a rare one at once. PostgreSQL's
 * estimate cannot make that choice for one- and two-character terms (docs/performance.md).
 */
export async function findMatchingArticles(db: Database, term: SearchTerm, page: PageOfMatches): Promise<MatchingArticle[]> {
  if ([...term.q].length > shortTermLength) return z.array(matchSchema).parse(await db.$queryRaw(plannedMatchesQuery(term, page)));
  let found: MatchingArticle[] = [];
  let from = 0;
  for (const to of walkSteps) {
    const [stretch] = walkedStretchSchema.parse(
      await db.$queryRaw(walkedMatchesQuery(term, { ...page, take: page.take - found.length }, from, to)),
    );
    found = [...found, ...stretch.found];
    if (found.length === page.take || stretch.checked < to - from) return found;
    if (stretch.found.length === 0) break;
    from = to;
  }
  return z.array(matchSchema).parse(await db.$queryRaw(indexedMatchesQuery(term, page)));
}
