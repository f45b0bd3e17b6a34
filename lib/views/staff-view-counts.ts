import '#server-only';
import { z } from 'zod';
import type { Database } from '@/lib/db/client';
import { sourceLocale } from '@/lib/i18n/locales';
import { koreaDayRange } from '@/lib/i18n/time';

/**
 * What the newsroom sees of readers' views: since midnight Korea time and over the last 7 days, as written by the
 * last flush (up to a minute behind the readers, lib/views/view-flushing.ts).
 */
export type ViewTotals = { today: number; week: number };
export type MostReadForStaff = ViewTotals & { id: string; headline: string };

const weekMilliseconds = 7 * 86_400_000;
const noViews: ViewTotals = { today: 0, week: 0 };

const totalsSchema = z.object({ today: z.coerce.number(), week: z.coerce.number() });
const articleTotalsSchema = totalsSchema.extend({ id: z.string() });
const mostReadSchema = articleTotalsSchema.extend({ headline: z.string() });

function periods(now: Date) {
  return { today: koreaDayRange(now).start, week: new Date(now.getTime() - weekMilliseconds) };
}

/** Each listed article's views (none when it has had none). */
export async function viewTotalsOf(db: Database, articleIds: readonly string[], now = new Date()): Promise<Map<string, ViewTotals>> {
  if (articleIds.length === 0) return new Map();
  const { today, week } = periods(now);
  const rows = await db.$queryRaw<unknown[]>`
    SELECT article_id::text AS id,
      coalesce(sum(views) FILTER (WHERE hour >= ${today}), 0) AS today,
      sum(views) AS week
    FROM article_views
    WHERE article_id = ANY(${articleIds}::uuid[]) AND hour >= ${week}
    GROUP BY article_id`;
  return new Map(
    z
      .array(articleTotalsSchema)
      .parse(rows)
      .map(({ id, ...totals }) => [id, totals]),
  );
}

export const viewTotalsFor = (totals: Map<string, ViewTotals>, articleId: string): ViewTotals => totals.get(articleId) ?? noViews;

/** The dashboard's figures: the site's views today and this week, and the week's most read published articles. */
export async function newsroomViews(
  db: Database,
  now = new Date(),
  limit = 5,
): Promise<{ totals: ViewTotals; mostRead: MostReadForStaff[] }> {
  const { today, week } = periods(now);
  const [totals, mostRead] = await Promise.all([
    db.$queryRaw<unknown[]>`
      SELECT coalesce(sum(views) FILTER (WHERE hour >= ${today}), 0) AS today, coalesce(sum(views), 0) AS week
      FROM article_views WHERE hour >= ${week}`,
    db.$queryRaw<unknown[]>`
      SELECT a.id::text AS id, t.headline, v.today, v.week
      FROM (SELECT article_id, coalesce(sum(views) FILTER (WHERE hour >= ${today}), 0) AS today, sum(views) AS week
            FROM article_views WHERE hour >= ${week} GROUP BY article_id) v
      JOIN articles a ON a.id = v.article_id
      JOIN article_texts t ON t.article_id = a.id AND t.locale = ${sourceLocale}
      WHERE a.status = 'PUBLISHED'
      ORDER BY v.week DESC, v.today DESC, a.id DESC
      LIMIT ${limit}`,
  ]);
  return { totals: totalsSchema.parse(totals[0]), mostRead: z.array(mostReadSchema).parse(mostRead) };
}
