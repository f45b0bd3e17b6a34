import Link from 'next/link';
import { StatusNotice } from '@/components/site/StatusNotice';
import { getAdminMessagesForRequest } from '@/lib/admin/locale';

/** The newsroom's 403 and 404 pages: a title, a sentence, and the way back to the dashboard. */
export async function AdminRefusal({ kind }: { kind: 'forbidden' | 'notFound' }) {
  const t = await getAdminMessagesForRequest();
  return (
    <StatusNotice
      title={t[`${kind}Title`]}
      body={t[`${kind}Body`]}
      action={
        <Link href="/admin" className="font-semibold text-accent hover:underline">
          {t.backToDashboard}
        </Link>
      }
    />
  );
}
