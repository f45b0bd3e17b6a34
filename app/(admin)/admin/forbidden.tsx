import Link from 'next/link';
import { StatusNotice } from '@/components/site/StatusNotice';
import { getAdminMessagesForRequest } from '@/lib/admin/locale';

export default async function AdminForbidden() {
  const t = await getAdminMessagesForRequest();
  return (
    <StatusNotice
      title={t.forbiddenTitle}
      body={t.forbiddenBody}
      action={
        <Link href="/admin" className="font-semibold text-accent hover:underline">
          {t.backToDashboard}
        </Link>
      }
    />
  );
}
