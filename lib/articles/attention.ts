import type { Database } from '@/lib/db/client';
import { koreaDayRange } from '@/lib/i18n/time';
import { listArticlesForStaff } from './staff-listing';

const shown = 10;

/** What the dashboard puts first: stories waiting for an editor, translations behind their source, today's schedule (Korea time). */
export async function findArticlesNeedingAttention(db: Database, now = new Date()) {
  const [inReview, staleTranslations, scheduledToday] = await Promise.all([
    listArticlesForStaff(db, { status: 'IN_REVIEW' }, shown),
    listArticlesForStaff(db, { translation: 'stale' }, shown),
    listArticlesForStaff(db, { status: 'SCHEDULED', publishedWithin: koreaDayRange(now) }, shown),
  ]);
  return { inReview: inReview.items, staleTranslations: staleTranslations.items, scheduledToday: scheduledToday.items };
}
