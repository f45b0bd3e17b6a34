import type { Metadata } from 'next';
import { AttentionLists } from '@/components/admin/articles/AttentionLists';
import { ModeratorCard } from '@/components/admin/comments/ModeratorCard';
import { getAdminMessagesForRequest } from '@/lib/admin/locale';
import { requireArticleAccess } from '@/lib/articles/admin-access';
import { findArticlesNeedingAttention } from '@/lib/articles/attention';
import { can } from '@/lib/auth/permissions';
import { countModeratorDashboard } from '@/lib/comments/moderation/moderator-dashboard';
import { getDatabase } from '@/lib/runtime/database';
import { getAdminMessages } from '@/lib/i18n/admin-messages';
import { localName } from '@/lib/i18n/local-name';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getAdminMessagesForRequest()).dashboardTitle };
}

export default async function DashboardPage() {
  const staff = await requireArticleAccess();
  const t = getAdminMessages(staff.uiLocale);
  const attention = await findArticlesNeedingAttention(getDatabase(), staff);
  const moderation = can(staff.role, 'comment.moderate') ? await countModeratorDashboard(getDatabase(), staff.id) : null;
  return (
    <>
      <h1 className="text-2xl font-bold">{t.dashboardTitle}</h1>
      <p className="mt-2 text-muted">{t.welcome(localName(staff, staff.uiLocale))}</p>
      {moderation && <ModeratorCard counts={moderation} locale={staff.uiLocale} />}
      <AttentionLists lists={attention} locale={staff.uiLocale} />
    </>
  );
}
