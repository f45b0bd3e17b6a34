import type { Metadata } from 'next';
import { AttentionLists } from '@/components/admin/articles/AttentionLists';
import { MostReadSummary } from '@/components/admin/views/MostReadSummary';
import { ModeratorCard } from '@/components/admin/comments/ModeratorCard';
import { getAdminMessagesForRequest } from '@/lib/admin/locale';
import { requireArticleAccess } from '@/lib/articles/admin-access';
import { findArticlesNeedingAttention } from '@/lib/articles/attention';
import { can } from '@/lib/auth/permissions';
import { countModeratorDashboard } from '@/lib/comments/moderation/moderator-dashboard';
import { getDatabase } from '@/lib/runtime/database';
import { getAdminMessages } from '@/lib/i18n/admin-messages';
import { localName } from '@/lib/i18n/local-name';
import { newsroomViews } from '@/lib/views/staff-view-counts';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getAdminMessagesForRequest()).dashboardTitle };
}

export default async function DashboardPage() {
  const staff = await requireArticleAccess();
  const t = getAdminMessages(staff.uiLocale);
  const db = getDatabase();
  const [attention, views] = await Promise.all([findArticlesNeedingAttention(db, staff), newsroomViews(db)]);
  const moderation = can(staff.role, 'comment.moderate') ? await countModeratorDashboard(getDatabase(), staff.id) : null;
  return (
    <>
      <h1 className="text-2xl font-bold">{t.dashboardTitle}</h1>
      <p className="mt-2 text-muted">{t.welcome(localName(staff, staff.uiLocale))}</p>
      {moderation && <ModeratorCard counts={moderation} locale={staff.uiLocale} />}
      <AttentionLists lists={attention} locale={staff.uiLocale} />
      <MostReadSummary totals={views.totals} mostRead={views.mostRead} locale={staff.uiLocale} />
    </>
  );
}
