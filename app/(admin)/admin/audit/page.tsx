import type { Metadata } from 'next';
import Link from 'next/link';
import { getAdminMessagesForRequest } from '@/lib/admin/locale';
import { describeCommentEntry } from '@/lib/audit/comment-entry';
import { auditCursorSchema, listAuditEntries } from '@/lib/audit/list-entries';
import { requireStaff } from '@/lib/auth/session';
import { getDatabase } from '@/lib/runtime/database';
import { getAdminMessages } from '@/lib/i18n/admin-messages';
import { localName } from '@/lib/i18n/local-name';
import { formatNewsTime } from '@/lib/i18n/time';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getAdminMessagesForRequest()).auditTitle };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AuditPage({ searchParams }: Props) {
  const staff = await requireStaff('audit.read');
  const locale = staff.uiLocale;
  const t = getAdminMessages(locale);
  const cursor = auditCursorSchema.safeParse((await searchParams).before);
  const { entries, olderCursor } = await listAuditEntries(getDatabase(), cursor.success ? cursor.data : null);

  return (
    <>
      <h1 className="mb-6 text-2xl font-bold">{t.auditTitle}</h1>
      {entries.length === 0 ? (
        <p className="text-muted">{t.auditNoEntries}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm">
            <caption className="mb-2 text-left text-muted">{t.auditCaption}</caption>
            <thead className="border-b border-rule">
              <tr>
                <th scope="col" className="py-2 pr-4">
                  {t.auditWhen}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {t.auditWho}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {t.auditWhat}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {t.auditEntity}
                </th>
              </tr>
            </thead>
            <tbody>
              {entries.map((entry) => (
                <tr key={entry.id.toString()} className="border-b border-rule align-top">
                  <td className="py-2 pr-4 whitespace-nowrap">
                    <time dateTime={entry.createdAt.toISOString()}>{formatNewsTime(entry.createdAt, locale)}</time>
                  </td>
                  <td className="py-2 pr-4">{entry.actor ? localName(entry.actor, locale) : t.auditSystem}</td>
                  <td className="py-2 pr-4">
                    <span className="block font-semibold empty:hidden">
                      {describeCommentEntry(entry.action, entry.details, t.comments)}
                    </span>
                    <code>{entry.action}</code>
                    {entry.details !== null && (
                      <pre className="mt-1 text-xs whitespace-pre-wrap text-muted">{JSON.stringify(entry.details)}</pre>
                    )}
                  </td>
                  <td className="py-2 pr-4 break-all">
                    {entry.entityType} <code className="text-xs text-muted">{entry.entityId}</code>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <nav className="mt-6 flex gap-6 text-sm font-semibold" aria-label={t.auditTitle}>
        {cursor.success && (
          <Link href="/admin/audit" className="hover:underline">
            {t.auditNewest}
          </Link>
        )}
        {olderCursor && (
          <Link href={`/admin/audit?before=${olderCursor}`} className="hover:underline">
            {t.auditOlder}
          </Link>
        )}
      </nav>
    </>
  );
}
