import '#server-only';
import type { Database } from '@/lib/db/client';
import type { HourViews } from './view-counter';

/**
 * Adds counted views to article_views in one statement: each (article, hour) row grows by what was counted, so
 * flushes from several instances add up. Views of an address that is no longer an article are dropped.
 */
export async function addViews(db: Database, views: readonly HourViews[]): Promise<void> {
  if (views.length === 0) return;
  await db.$executeRaw`
    INSERT INTO article_views (article_id, hour, views)
    SELECT a.id, v.hour, sum(v.views)::int
    FROM unnest(${views.map((v) => v.slug)}::text[], ${views.map((v) => v.hour)}::timestamptz[], ${views.map((v) => v.views)}::int[])
      AS v(slug, hour, views)
    JOIN articles a ON a.slug = v.slug
    GROUP BY a.id, v.hour
    ON CONFLICT (article_id, hour) DO UPDATE SET views = article_views.views + excluded.views`;
}
