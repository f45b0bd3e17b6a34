import type { Metadata } from 'next';
import { AttentionLists } from '@/components/admin/articles/AttentionLists';
import { getAdminMessagesForRequest } from '@/lib/admin/locale';
import { requireArticleAccess } from '@/lib/articles/admin-access';
import { findArticlesNeedingAttention } from '@/lib/articles/attention';
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
  return (
    <>
      <h1 className="text-2xl font-bold">{t.dashboardTitle}</h1>
      <p className="mt-2 text-muted">{t.welcome(localName(staff, staff.uiLocale))}</p>
      <AttentionLists lists={attention} locale={staff.uiLocale} />
    </>
  );
}
