import '#server-only';
import type { ArticleReader } from '@/lib/auth/permissions';
import type { Database } from '@/lib/db/client';
import { koreaDayRange } from '@/lib/i18n/time';
import { listArticlesForStaff } from './staff-listing';

const shown = 10;

/**
 * What the dashboard puts first, of what this staff member may open: stories waiting for an editor, translations
 * behind their source, today's schedule (Korea time).
 */
export async function findArticlesNeedingAttention(db: Database, reader: ArticleReader, now = new Date()) {
  const [inReview, staleTranslations, scheduledToday] = await Promise.all([
    listArticlesForStaff(db, reader, { status: 'IN_REVIEW' }, shown),
    listArticlesForStaff(db, reader, { translation: 'stale' }, shown),
    listArticlesForStaff(db, reader, { status: 'SCHEDULED', publishedWithin: koreaDayRange(now) }, shown),
  ]);
  return { inReview: inReview.items, staleTranslations: staleTranslations.items, scheduledToday: scheduledToday.items };
}
